package com.rapport.ingest.format;

import com.rapport.ingest.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one file's records become the canonical fields of its kind: which column (or
 * which combination of columns) feeds each field, decided once from the header. The
 * quirks of each contact system live here, so the importer sees canonical text only.
 *
 * <p>Longer than most classes (about 330 lines) because half of it is its {@link Builder},
 * the column rules {@link ContactFormat} drives; a layout and the builder that fills its
 * private fields change together.
 */
public final class RecordLayout {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Reads one canonical field's text from a record; null when the file has nothing for it. */
    @FunctionalInterface
    interface Source {
        String read(String[] record);
    }

    private final String format;
    private final List<String> foldedHeader;
    private final Source[] sources;
    private final DerivedContactIds derivedIds;
    /** For each field, the columns it is read from, in words (for {@code rapport inspect}); null when none. */
    private final String[] described;
    /** For each field, the columns it is read from as the file's header writes them; null when none. */
    private final String[] written;
    private final java.util.Set<Integer> used;

    RecordLayout(String format, List<String> foldedHeader, Source[] sources, DerivedContactIds derivedIds,
                 String[] described, String[] written, java.util.Set<Integer> used) {
        this.format = format;
        this.foldedHeader = List.copyOf(foldedHeader);
        this.sources = sources;
        this.derivedIds = derivedIds;
        this.described = described;
        this.written = written;
        this.used = java.util.Set.copyOf(used);
    }

    /**
     * The column a problem with the field at this position is told by: in a file with the
     * contract's columns the field's own name; otherwise the user's column(s) it is read from,
     * as their header writes them, or the field's name when no column feeds it.
     */
    public String columnFor(int field, String fieldName) {
        return format.equals("canonical") || written[field] == null ? fieldName : written[field];
    }

    /** The column(s) the field at this position is read from, in words; null when the file has none for it. */
    public String sourceOf(int field) {
        return described[field];
    }

    /** The named columns no field reads. */
    public List<String> ignoredColumns() {
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < foldedHeader.size(); i++) {
            if (!used.contains(i) && !foldedHeader.get(i).isEmpty()) {
                ignored.add(foldedHeader.get(i));
            }
        }
        return ignored;
    }

    /** The canonical field texts of a record, in the order of the kind's fields. */
    public String[] read(String[] record) {
        String[] texts = new String[sources.length];
        for (int i = 0; i < sources.length; i++) {
            texts[i] = sources[i] == null ? null : sources[i].read(record);
        }
        if (derivedIds != null) {
            derivedIds.fill(texts, record);
        }
        return texts;
    }

    public String format() {
        return format;
    }

    public int width() {
        return foldedHeader.size();
    }

    public List<String> foldedHeader() {
        return foldedHeader;
    }

    /** True when some column (or the id derivation) feeds the field at this position. */
    boolean reads(int field) {
        return sources[field] != null || (derivedIds != null && derivedIds.fills(field));
    }

    /** A column the layout reads appears more than once in the header: which value is meant is unknown. */
    static final class AmbiguousColumn extends RuntimeException {
        private final String field;
        private final List<Integer> positions;

        AmbiguousColumn(String field, List<Integer> positions) {
            super(null, null, false, false);
            this.field = field;
            this.positions = positions;
        }

        String field() {
            return field;
        }

        List<Integer> positions() {
            return positions;
        }
    }

    static String fold(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    /** Assembles a layout field by field; fields nobody sets fall back to a column of their own name. */
    static final class Builder {
        private final String format;
        private final List<String> header;
        private final List<Field> fields;
        private final Source[] sources;
        private final String[] described;
        private final List<String> writtenHeader;
        private final String[] written;
        private final java.util.Set<Integer> used = new java.util.TreeSet<>();
        private DerivedContactIds derivedIds;
        private int patientColumn = -1;

        /** @param writtenHeader the header as the file writes it, column for column with the folded one */
        Builder(String format, List<String> foldedHeader, List<String> writtenHeader, List<Field> fields) {
            this.format = format;
            this.header = foldedHeader;
            this.writtenHeader = writtenHeader;
            this.fields = fields;
            this.sources = new Source[fields.size()];
            this.described = new String[fields.size()];
            this.written = new String[fields.size()];
        }

        /** Notes which columns feed a field, for {@code rapport inspect} and the columns it ignores. */
        private void describe(String field, List<Integer> columns) {
            List<Integer> present = columns.stream().filter(c -> c >= 0).toList();
            if (!present.isEmpty()) {
                used.addAll(present);
                described[Field.indexOf(fields, field)] = String.join(" + ", present.stream().map(header::get).toList());
                written[Field.indexOf(fields, field)] = String.join(" + ", present.stream()
                        .map(c -> writtenHeader.get(c).strip()).toList());
            }
        }

        List<String> header() {
            return header;
        }

        /** The first of these columns the header has, or -1; {@link AmbiguousColumn} when it has it twice. */
        int columnOf(String... names) {
            for (String name : names) {
                int at = name.isEmpty() ? -1 : header.indexOf(name);
                if (at >= 0) {
                    if (header.lastIndexOf(name) != at) {
                        List<Integer> positions = new ArrayList<>();
                        for (int i = 0; i < header.size(); i++) {
                            if (header.get(i).equals(name)) {
                                positions.add(i);
                            }
                        }
                        throw new AmbiguousColumn(null, positions);
                    }
                    return at;
                }
            }
            return -1;
        }

        /** {@link #columnOf}, with the field it is read for named if it is ambiguous. */
        private int columnFor(String field, String... names) {
            try {
                return columnOf(names);
            } catch (AmbiguousColumn twice) {
                throw new AmbiguousColumn(field, twice.positions());
            }
        }

        Builder column(String field, String... names) {
            int at = columnFor(field, names);
            describe(field, List.of(at));
            if (at >= 0 && fields.get(Field.indexOf(fields, field)).type() == com.rapport.ingest.FieldType.PATIENT_ID) {
                patientColumn = at;
            }
            if (at >= 0) {
                set(field, record -> record[at]);
            }
            return this;
        }

        Builder date(String field, String... names) {
            int at = columnFor(field, names);
            describe(field, List.of(at));
            if (at >= 0) {
                set(field, record -> SourceDates.toIso(record[at]));
            }
            return this;
        }

        /** Given, middle and family name columns, plus an optional full-name column that wins when filled. */
        Builder name(String fullName, String first, String middle, String last, String suffix) {
            int full = columnFor("full_name", fullName);
            int f = columnFor("first_name", first);
            int m = columnFor("full_name", middle);
            int l = columnFor("last_name", last);
            int s = columnFor("full_name", suffix);
            column("first_name", first);
            column("last_name", last);
            describe("full_name", full >= 0 ? List.of(full, f, m, l, s) : List.of(f, m, l, s));
            set("full_name", record -> {
                if (full >= 0 && !record[full].isBlank()) {
                    return record[full];
                }
                String joined = WHITESPACE.matcher(String.join(" ", Arrays.asList(cell(record, f), cell(record, m),
                        cell(record, l)))).replaceAll(" ").strip();
                String suffixText = cell(record, s).strip();
                return suffixText.isEmpty() || joined.isEmpty() ? joined : joined + ", " + suffixText;
            });
            return this;
        }

        /**
         * Every e-mail column of the header, in header order: the first filled one's primary
         * value is the e-mail, all the others are kept as further keys for the merge.
         */
        Builder emails() {
            List<int[]> columns = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i);
                if (h.matches("e-?mail.*") && !h.matches(".*(label|type|display|domain|opt|bounce|status).*")) {
                    columns.add(new int[] {i, labelColumn(h)});
                }
            }
            if (columns.isEmpty()) {
                return this;
            }
            describe("email", columns.stream().map(c -> c[0]).toList());
            columns.stream().filter(c -> c[1] >= 0).forEach(c -> used.add(c[1]));
            describe("other_emails", columns.stream().map(c -> c[0]).toList());
            set("email", record -> emailValues(record, columns).stream().findFirst().orElse(null));
            set("other_emails", record -> {
                List<String> all = emailValues(record, columns);
                return all.size() < 2 ? null : String.join(" ", all.subList(1, all.size()));
            });
            return this;
        }

        /** The primary value of the first filled phone column. */
        Builder phone(String... names) {
            List<Integer> columns = new ArrayList<>();
            for (String name : names) {
                int at = header.indexOf(name);
                if (at >= 0) {
                    columns.add(at);
                }
            }
            if (!columns.isEmpty()) {
                describe("phone", columns);
                set("phone", record -> {
                    for (int at : columns) {
                        List<String> values = MultiValue.values(record[at], null);
                        if (!values.isEmpty()) {
                            return values.get(0);
                        }
                    }
                    return null;
                });
            }
            return this;
        }

        /** Contact ids made from the record, for exports that carry none (or from a profile URL). */
        Builder derivedIds(String prefix, String... keyColumns) {
            int key = columnOf(keyColumns);
            derivedIds = new DerivedContactIds(prefix, fields, key);
            if (!isSet("contact_id")) {
                described[Field.indexOf(fields, "contact_id")] = "derived from " + (key >= 0 ? header.get(key) : "the name");
            }
            return this;
        }

        Builder set(String field, Source source) {
            sources[Field.indexOf(fields, field)] = source;
            return this;
        }

        boolean isSet(String field) {
            return sources[Field.indexOf(fields, field)] != null;
        }

        RecordLayout build() {
            for (int i = 0; i < fields.size(); i++) {
                if (sources[i] == null) {
                    String name = fields.get(i).name();
                    int at;
                    try {
                        at = columnFor(name, name, name.replace('_', ' '));
                    } catch (AmbiguousColumn twice) {
                        // A mapping names the columns it reads: a repeated one it does not name stays unread.
                        if (format.equals("mapped")) {
                            continue;
                        }
                        throw twice;
                    }
                    // The patient id's column is hashed, never stored: no other field reads it by its name.
                    if (at >= 0 && at != patientColumn) {
                        sources[i] = record -> record[at];
                        describe(name, List.of(at));
                    }
                }
            }
            return new RecordLayout(format, Collections.unmodifiableList(header), sources, derivedIds, described, written,
                    used);
        }

        private int labelColumn(String valueColumn) {
            if (!valueColumn.endsWith(" - value")) {
                return -1;
            }
            String stem = valueColumn.substring(0, valueColumn.length() - " - value".length());
            return columnOf(stem + " - label", stem + " - type");
        }

        private static List<String> emailValues(String[] record, List<int[]> columns) {
            List<String> all = new ArrayList<>();
            for (int[] column : columns) {
                for (String value : MultiValue.values(record[column[0]], column[1] < 0 ? null : record[column[1]])) {
                    if (!all.contains(value)) {
                        all.add(value);
                    }
                }
            }
            return all;
        }

        private static String cell(String[] record, int at) {
            return at < 0 ? "" : record[at];
        }
    }
}
