package com.rapport.ingest;

import com.rapport.core.DateOrder;
import com.rapport.ingest.format.Layouts;
import com.rapport.ingest.format.RecordLayout;
import com.rapport.ingest.format.SuggestedMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import would do with one file, told without a database and without writing
 * anything ({@code rapport inspect}): its format, encoding, delimiter, header line and
 * footer, the mapping in force, the columns it ignores, and its first records exactly as
 * they would load, with any reject reason. A patient id is never shown.
 */
public final class Inspector {

    /** What is printed for one file, and whether an import would refuse it. */
    public record Inspection(List<String> lines, boolean refused) {
    }

    private static final int SHOWN = 3;

    private final Layouts layouts;
    private final EncodingSniffer sniffer = new EncodingSniffer();
    /** A throwaway key: the rows are converted as at load time, but their hashes are not shown. */
    private final PatientIdHasher patients = new PatientIdHasher(new SecureRandom().generateSeed(32));

    public Inspector(Layouts layouts) {
        this.layouts = layouts;
    }

    /** A file not read at all, and why. */
    public static Inspection refused(String name, InputKind kind, String why) {
        return new Inspection(List.of(name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")",
                field("refused", why)), true);
    }

    public Inspection inspect(Path path, String name, InputKind kind) {
        List<String> lines = new ArrayList<>();
        lines.add(name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")");
        if (Spreadsheets.is(path)) {
            lines.add("  " + Spreadsheets.message(name));
            return new Inspection(lines, true);
        }
        try {
            FileFingerprint fingerprint = sniffer.sniff(path, name);
            Delimiter delimiter = HeaderedFile.delimiterOf(path, fingerprint);
            lines.add(field("encoding", fingerprint.encoding().label()));
            lines.add(field("delimiter", delimiter.label()));
            try (HeaderedFile file = HeaderedFile.open(path, name, kind, fingerprint.encoding(), delimiter, layouts)) {
                if (file.layout() == null) {
                    lines.add(field("format", "empty file, nothing to import"));
                    return new Inspection(lines, false);
                }
                return new Inspection(lines, !describe(lines, path, name, kind, fingerprint, file));
            }
        } catch (InputRefusedException refused) {
            lines.add(1, field("format", "not recognised"));
            lines.add(field("refused", refused.getMessage().replace(HeaderedFile.inspectHint(name), "")));
            if (kind == InputKind.CONTACTS) {
                suggest(lines, path, name);
            }
            return new Inspection(lines, true);
        } catch (IOException e) {
            lines.add(field("refused", name + ": cannot be read (" + e.getMessage() + ")"));
            return new Inspection(lines, true);
        }
    }

    /** Adds the file's description; false when an import would refuse it for its dates. */
    private boolean describe(List<String> lines, Path path, String name, InputKind kind, FileFingerprint fingerprint,
                             HeaderedFile file) throws IOException {
        RecordLayout layout = file.layout();
        lines.add(1, field("format", layout.format()));
        lines.add(field("header line", file.headerLine() + (file.headerLine() > 1
                ? " (the " + (file.headerLine() - 1) + " lines above it are skipped)" : "")));
        DateOrders dates = DateOrders.scan(path, name, kind, fingerprint.encoding(), file.delimiter(), layouts);
        Map<Integer, DateOrder> orders = Map.of();
        boolean datesRead = true;
        try {
            orders = dates.decide(name, layouts.mappings().dateOrder(name));
            if (!orders.isEmpty()) {
                lines.add(field("dates", DateOrders.label(orders) + (layouts.mappings().dateOrder(name) != null
                        ? " (from rapport.properties)" : " (read from the values)")));
            }
        } catch (InputRefusedException ambiguous) {
            lines.add(field("refused", ambiguous.getMessage()));
            datesRead = false;
        }
        List<Field> fields = kind.fields();
        String indent = " ".repeat(16);
        boolean first = true;
        for (int i = 0; i < fields.size(); i++) {
            if (layout.sourceOf(i) != null) {
                String text = fields.get(i).name() + " \u2190 " + layout.sourceOf(i);
                lines.add(first ? field("mapping", text) : indent + text);
                first = false;
            }
        }
        List<String> ignored = layout.ignoredColumns();
        lines.add(field("ignored", ignored.isEmpty() ? "none" : String.join(", ", ignored)));
        RowConverter converter = new RowConverter(kind, layout, patients, new ReadRules(orders,
                kind == InputKind.CONTACTS && layouts.mappings().usPostalCodes(), file.delimiter() != Delimiter.COMMA));
        Footer footer = new Footer(layout.width());
        List<String> shown = new ArrayList<>();
        long records = 0;
        SourceRecord record;
        while ((record = file.reader().next()) != null) {
            if (footer.hold(record)) {
                continue;
            }
            List<SourceRecord> data = new ArrayList<>(footer.release());
            data.add(record);
            for (SourceRecord each : data) {
                records++;
                if (shown.size() < SHOWN) {
                    shown.add(asLoaded(kind, converter, each));
                }
            }
        }
        lines.add(field("footer", footer.lines() == 0 ? "none" : footer.lines() + " lines after the data are skipped"));
        lines.add(field("records", Long.toString(records)));
        lines.add("  first records as they would load:");
        shown.forEach(line -> lines.add("    " + line));
        return datesRead;
    }

    /** One record as the import would load it: its canonical fields, or why it is rejected. */
    private static String asLoaded(InputKind kind, RowConverter converter, SourceRecord record) {
        Object[] values = new Object[kind.fields().size()];
        List<RowIssue> warnings = new ArrayList<>();
        RowIssue rejection = converter.convert(record.values(), values, warnings);
        if (rejection != null) {
            return "line " + record.line() + ": rejected, " + rejection.at(record.line())
                    .replaceFirst("^line \\d+, ", "");
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Field field = kind.fields().get(i);
            if (values[i] != null) {
                parts.add(field.name() + "=" + (field.type() == FieldType.PATIENT_ID ? "(hashed at load)" : values[i]));
            }
        }
        warnings.forEach(w -> parts.add("warning: " + w.column() + ": " + w.reason()));
        return "line " + record.line() + ": " + String.join(", ", parts);
    }

    /** For a contact export no format recognises: rapport.properties lines built from its header names. */
    private void suggest(List<String> lines, Path path, String name) {
        List<String> header = mostFilledOfFirstLines(path, name);
        List<String> suggested = SuggestedMapping.forHeader(name, header);
        if (suggested.isEmpty()) {
            lines.add("  no header name looks like a contact field; map them yourself in rapport.properties: "
                    + "import.<file>.column.<field>=<header>");
            return;
        }
        lines.add("  suggested rapport.properties lines (check them, add them to rapport.properties in the data "
                + "folder, run again):");
        suggested.forEach(line -> lines.add("    " + line));
    }

    private List<String> mostFilledOfFirstLines(Path path, String name) {
        List<String> best = List.of();
        try {
            FileFingerprint fingerprint = sniffer.sniff(path, name);
            try (CsvRecordReader reader = CsvRecordReader.open(path, fingerprint.encoding(),
                    HeaderedFile.delimiterOf(path, fingerprint), name)) {
                SourceRecord record;
                for (int i = 0; i <= HeaderedFile.MAX_PREAMBLE && (record = reader.next()) != null; i++) {
                    List<String> values = List.of(record.values());
                    if (values.stream().filter(v -> !v.isBlank()).count() > best.stream().filter(v -> !v.isBlank()).count()) {
                        best = values;
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the refusal above already says why
        }
        return best;
    }

    private static String field(String label, String value) {
        return "  " + String.format("%-14s", label + ":") + value;
    }
}
