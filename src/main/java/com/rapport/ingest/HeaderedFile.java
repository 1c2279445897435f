package com.rapport.ingest;

import com.rapport.ingest.format.Layouts;
import com.rapport.ingest.format.RecordLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file opened at its data records: its delimiter told, the lines of text above its
 * header (an export's preamble) skipped, and the layout its header calls for. The header
 * is the first of the first lines that carries the columns of a layout; when none does,
 * the file is refused with what the most header-like line lacks.
 */
final class HeaderedFile implements AutoCloseable {

    /** How many lines may stand above a header before the file is refused. */
    static final int MAX_PREAMBLE = 10;

    private final CsvRecordReader reader;
    private final Delimiter delimiter;
    private final long headerLine;
    private final List<String> header;
    private final RecordLayout layout;

    private HeaderedFile(CsvRecordReader reader, Delimiter delimiter, long headerLine, List<String> header,
                         RecordLayout layout) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.headerLine = headerLine;
        this.header = header;
        this.layout = layout;
    }

    /** The file's delimiter: from the structure scan when there was one, else from its first characters. */
    static Delimiter delimiterOf(Path path, FileFingerprint fingerprint) throws IOException {
        return fingerprint.shape() != null ? fingerprint.shape().delimiter()
                : Delimiter.detect(CsvRecordReader.sample(path, fingerprint.encoding()));
    }

    static HeaderedFile open(Path path, String name, InputKind kind, FileEncoding encoding, Delimiter delimiter,
                             Layouts layouts) throws IOException {
        CsvRecordReader reader = CsvRecordReader.open(path, encoding, delimiter, name);
        try {
            SourceRecord candidate = reader.next();
            if (candidate == null) {
                return new HeaderedFile(reader, delimiter, 0, List.of(), null);
            }
            SourceRecord best = candidate;
            InputRefusedException bestFailure = null;
            for (int preamble = 0; candidate != null && preamble <= MAX_PREAMBLE; preamble++) {
                List<String> names = List.of(candidate.values());
                RecordLayout layout;
                InputRefusedException failure = null;
                try {
                    layout = layouts.forHeader(name, kind, names);
                } catch (InputRefusedException refused) {
                    layout = null;
                    failure = refused;
                }
                if (layout != null) {
                    reader.startData();
                    return new HeaderedFile(reader, delimiter, candidate.line(), names, layout);
                }
                if (filled(candidate) > filled(best) || (candidate == best && failure != null)) {
                    best = candidate;
                    bestFailure = failure;
                }
                candidate = reader.next();
            }
            String why = bestFailure != null ? bestFailure.getMessage()
                    : Layouts.unrecognised(name, List.of(best.values()));
            throw new InputRefusedException(why + inspectHint(name));
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The end of a refusal's message: the command that shows how the file reads. */
    static String inspectHint(String name) {
        return "; 'rapport inspect " + name + "' shows how Rapport reads the file";
    }

    private static long filled(SourceRecord record) {
        return java.util.Arrays.stream(record.values()).filter(v -> !v.isBlank()).count();
    }

    CsvRecordReader reader() {
        return reader;
    }

    Delimiter delimiter() {
        return delimiter;
    }

    /** The physical line of the header; 0 for an empty file. */
    long headerLine() {
        return headerLine;
    }

    /** The header's names as the file writes them. */
    List<String> header() {
        return header;
    }

    /** The layout; null for an empty file. */
    RecordLayout layout() {
        return layout;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
