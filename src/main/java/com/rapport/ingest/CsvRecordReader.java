package com.rapport.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of an RFC 4180 file in a known encoding, with the physical line
 * each record starts on (a record may span lines). Blank lines are skipped, not counted
 * as records. An unterminated quote refuses the file instead of swallowing the rest of it.
 */
public final class CsvRecordReader implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();
    private static final java.util.Map<Delimiter, CSVFormat> FORMATS = new java.util.EnumMap<>(Delimiter.class);

    static {
        for (Delimiter delimiter : Delimiter.values()) {
            FORMATS.put(delimiter, FORMAT.builder().setDelimiter(delimiter.character()).get());
        }
    }

    private final String displayName;
    private final InputStream stream;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesConsumed;
    private long lineOffset;
    private long recordNo;

    private CsvRecordReader(String displayName, InputStream stream, CSVParser parser) {
        this.displayName = displayName;
        this.stream = stream;
        this.parser = parser;
        this.records = parser.iterator();
    }

    public static CsvRecordReader open(Path file, FileEncoding encoding, Delimiter delimiter, String displayName)
            throws IOException {
        return openAt(file, encoding, delimiter, displayName, encoding.bomLength(), 0, 0);
    }

    /** The first characters of the file after its byte-order mark, for telling its delimiter. */
    public static String sample(Path file, FileEncoding encoding) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(Math.min(encoding.bomLength(), Files.size(file)));
            byte[] head = stream.readNBytes(Delimiter.SAMPLE_CHARS * 2);
            return new String(head, encoding.charset());
        }
    }

    /**
     * A reader of the records appended to a file after {@code offset} bytes that held
     * {@code linesBefore} lines and {@code recordsBefore} data records: lines and record
     * numbers continue from there, and there is no header to read.
     */
    public static CsvRecordReader openAt(Path file, FileEncoding encoding, Delimiter delimiter, String displayName,
                                         long offset, long linesBefore, long recordsBefore) throws IOException {
        InputStream stream = Files.newInputStream(file);
        try {
            stream.skipNBytes(offset);
            InputStreamReader reader = new InputStreamReader(stream, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvRecordReader records = new CsvRecordReader(displayName, stream,
                    CSVParser.parse(new BufferedReader(reader, 1 << 16), FORMATS.get(delimiter)));
            records.lineOffset = linesBefore;
            records.linesConsumed = linesBefore;
            records.recordNo = recordsBefore + 1;
            return records;
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /**
     * The next non-blank record, or null at the end of the file. The header is a record
     * too: callers take the first one as the header and count data records after it.
     */
    public SourceRecord next() {
        boolean afterBlank = false;
        while (true) {
            long startLine = linesConsumed + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new InputRefusedException(displayName + ": line " + startLine
                        + ": a quoted field is never closed (unterminated quote); nothing from this file was imported");
            }
            linesConsumed = lineOffset + parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                afterBlank = true;
                continue;
            }
            String[] values = new String[record.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = record.get(i);
            }
            return new SourceRecord(startLine, recordNo++, values, afterBlank);
        }
    }

    /** The record just read was the header: data records are numbered from 1 after it. */
    void startData() {
        recordNo = 1;
    }

    @Override
    public void close() throws IOException {
        parser.close();
        stream.close();
    }
}
