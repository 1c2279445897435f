package com.rapport.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The record structure of an ASCII-compatible CSV file, learnt in the same pass that
 * checksums it: how many data records it has (RFC 4180 quoting, blank lines skipped), and
 * where blank lines and records spanning several lines sit. With it, positions reported by
 * another reader (DuckDB counts blank lines but not line breaks inside quotes) convert to
 * the physical lines and record numbers Rapport reports, and the record count checks the
 * loader independently.
 *
 * <p>Longer than most classes (about 400 lines) for one reason: the byte scanner and the
 * questions answered from what it learnt share the same counters; split, each half would
 * need the other's state.
 */
public final class CsvShape {

    /** The UTF-8 bytes of the spaces other than ASCII that Java's {@code String.strip} removes. */
    private static final Set<Integer> UNICODE_SPACES = unicodeSpaces();

    private long records = -1;
    private long physicalLine = 1;
    private long recordStartLine = 1;
    private boolean inQuotes;
    private boolean quotePending;
    private boolean fieldStart = true;
    private boolean content;
    private long quoteOpenedOnLine;
    private long headerLines;
    private boolean blankBeforeHeader;
    /** Data records after which a blank line stands (0: right after the header), in order. */
    private long[] blanksAfter = new long[16];
    private int blankCount;
    /** Data records that span more than one line, and how many extra lines each takes. */
    private final RecordPairs tall = new RecordPairs();
    /** The file offset of buffer[0] in the current call, and where the record being read began. */
    private long bufferStart;
    private long recordStartOffset;
    /** Sampled data records (the first, every {@link #SAMPLE_EVERY}-th, the last) and the offsets they start at. */
    private final RecordPairs sampled = new RecordPairs();
    private long lastRecordOffset;
    /** Every {@link #MARK_EVERY}-th data record (from the first) and its offset: where a record can be read back from. */
    private final RecordPairs marks = new RecordPairs();
    static final long MARK_EVERY = 1 << 12;
    /** Separators outside quotes in the record being read, and the most any record had. */
    private long separators;
    private long widest;
    /** A reader that loses the order interleaves its chunks all through the file: a few samples see it. */
    static final long SAMPLE_EVERY = 1 << 20;
    /** See {@link #oddWhitespace()}; the last three bytes read, to see a Unicode space end. */
    private boolean oddWhitespace;
    private int lastBytes;
    /** Told from the file's first bytes: delimiters and quotes are ASCII in every encoding this reads. */
    private Delimiter delimiter;
    private byte separator;

    void accept(byte[] buffer, int from, int to) {
        if (delimiter == null) {
            delimiter = Delimiter.detect(new String(buffer, from, Math.min(to - from, Delimiter.SAMPLE_CHARS),
                    StandardCharsets.ISO_8859_1));
            separator = (byte) delimiter.character();
        }
        for (int i = from; i < to; i++) {
            // Most of a file is plain printable ASCII between quotes and line ends: skip it
            // eight bytes at a time.
            if (i + 8 <= to && !quotePending) {
                long word = Bytes.word(buffer, i);
                if (!Bytes.has(word, '"') && !Bytes.has(word, '\n') && Bytes.printableAscii(word)) {
                    lastBytes = 0;
                    if (!inQuotes) {
                        content = true;
                        separators += Bytes.count(word, separator);
                        int last = i + 7;
                        while (last > i && buffer[last] == '\r') {
                            last--;
                        }
                        fieldStart = buffer[last] == separator;
                    }
                    i += 7;
                    continue;
                }
            }
            byte b = buffer[i];
            noteWhitespace(b);
            if (inQuotes) {
                if (quotePending) {
                    quotePending = false;
                    if (b == '"') {
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (b == '"') {
                        quotePending = true;
                    } else if (b == '\n') {
                        physicalLine++;
                    }
                    continue;
                }
            }
            switch (b) {
                case '"' -> {
                    if (fieldStart) {
                        inQuotes = true;
                        quoteOpenedOnLine = physicalLine;
                    }
                    fieldStart = false;
                    content = true;
                }
                case '\n' -> endRecord(bufferStart + i + 1);
                case '\r' -> {
                    // part of a CRLF line end, not content
                }
                default -> {
                    fieldStart = b == separator;
                    if (fieldStart) {
                        separators++;
                    }
                    content = true;
                }
            }
        }
        bufferStart += to;
    }

    /**
     * Marks the file when a value may end in whitespace other than a space: a tab or other
     * control character anywhere, a Unicode space, or a line break just before a quote. A
     * line break ends a record outside quotes, so only one inside them can end a value.
     */
    private void noteWhitespace(byte b) {
        int previous = lastBytes & 0xFF;
        lastBytes = (lastBytes << 8 | (b & 0xFF)) & 0xFFFFFF;
        if (oddWhitespace) {
            return;
        }
        boolean control = b >= 0 && b < 0x20 && b != '\n' && b != '\r';
        if (control || (b == '"' && inQuotes && (previous == '\n' || previous == '\r'))) {
            oddWhitespace = true;
        } else if (b < 0) {
            oddWhitespace = UNICODE_SPACES.contains(lastBytes);
        }
    }

    private static Set<Integer> unicodeSpaces() {
        Set<Integer> spaces = new HashSet<>();
        for (int c : Whitespace.CODE_POINTS) {
            if (c > 0x7F) {
                byte[] utf8 = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                int value = 0;
                for (byte u : utf8) {
                    value = value << 8 | (u & 0xFF);
                }
                spaces.add(value);
            }
        }
        return spaces;
    }

    private void endRecord(long nextRecordOffset) {
        if (content) {
            long extra = physicalLine - recordStartLine;
            if (records < 0) {
                headerLines = extra + 1;
            } else if (extra > 0) {
                tall.add(records + 1, extra);
            }
            records++;
            widest = Math.max(widest, separators + 1);
            if (records > 0) {
                lastRecordOffset = recordStartOffset;
                if (records % MARK_EVERY == 1) {
                    marks.add(records, recordStartOffset);
                }
                if (records == 1 || records % SAMPLE_EVERY == 0) {
                    sampled.add(records, recordStartOffset);
                }
            }
        } else if (records < 0) {
            blankBeforeHeader = true;
        } else {
            addBlank(records);
        }
        physicalLine++;
        recordStartLine = physicalLine;
        recordStartOffset = nextRecordOffset;
        content = false;
        fieldStart = true;
        separators = 0;
    }

    void finish() {
        if (inQuotes && !quotePending) {
            return;
        }
        inQuotes = false;
        if (content) {
            endRecord(bufferStart);
        }
        if (records > 0 && sampled.record(sampled.size() - 1) != records) {
            sampled.add(records, lastRecordOffset);
        }
    }

    /** The field separator the file's first lines use (a comma for an empty file). */
    public Delimiter delimiter() {
        return delimiter == null ? Delimiter.COMMA : delimiter;
    }

    /**
     * True when a blank line stands among the last {@code last} data records: a report
     * footer may begin there, which the row-by-row reader tells from data.
     */
    public boolean blankLineNearEnd(long last) {
        return blankCount > 0 && blanksAfter[blankCount - 1] >= records - last;
    }

    /**
     * True when a value may end in whitespace other than a space (see {@link #noteWhitespace});
     * false means any whitespace ending a value is spaces, which a cheap check finds.
     */
    public boolean oddWhitespace() {
        return oddWhitespace;
    }

    /** The most fields any record has (the header included), counted by the separators outside quotes. */
    public long widestRecord() {
        return widest;
    }

    /** The nearest data record at or before {@code record} whose offset is known, as {record, offset}. */
    long[] markAtOrBefore(long record) {
        int i = (int) ((record - 1) / MARK_EVERY);
        return new long[] {marks.record(i), marks.value(i)};
    }

    /** The line where a quoted field opens and never closes, or -1. */
    public long unterminatedQuoteLine() {
        return inQuotes && !quotePending ? quoteOpenedOnLine : -1;
    }

    /** Line breaks in the file: where the records of an export appended to it later begin, less one. */
    public long lineBreaks() {
        return physicalLine - 1;
    }

    /** Data records, not counting the header, blank lines or the line breaks inside quotes. */
    public long records() {
        return Math.max(records, 0);
    }

    /** True when the header is the first line and a line of its own, as DuckDB's reader expects. */
    public boolean headerOnFirstLine() {
        return !blankBeforeHeader && headerLines == 1;
    }

    /** The physical line on which data record {@code record} (1-based) starts. */
    public long lineOf(long record) {
        long line = headerLines + record + countAtMost(blanksAfter, blankCount, record - 1);
        for (int i = 0; i < tall.size() && tall.record(i) < record; i++) {
            line += tall.value(i);
        }
        return line;
    }

    /**
     * The data record at a line number as DuckDB counts them (the header is line 1, blank
     * lines count, line breaks inside quotes do not); -1 for a blank line.
     */
    public long recordAtEngineLine(long engineLine) {
        long record = engineLine - 1;
        for (int i = 0; i < blankCount; i++) {
            long blankLine = 1 + blanksAfter[i] + i + 1;
            if (blankLine == engineLine) {
                return -1;
            }
            if (blankLine < engineLine) {
                record--;
            }
        }
        return record;
    }

    /**
     * SQL for the physical line of the record numbered by {@code recordColumn}: the header's
     * lines, the record number, and one term per blank line or tall record before it; null
     * when there are too many of those to spell out (then see {@link #lineSteps}).
     */
    public String lineExpression(String recordColumn) {
        if (blankCount + tall.size() > 200) {
            return null;
        }
        StringBuilder sql = new StringBuilder(recordColumn + " + " + headerLines);
        for (int i = 0; i < blankCount; i++) {
            sql.append(" + (").append(recordColumn).append(" > ").append(blanksAfter[i]).append(")::int");
        }
        for (int i = 0; i < tall.size(); i++) {
            sql.append(" + (").append(recordColumn).append(" > ").append(tall.record(i)).append(")::int * ")
                    .append(tall.value(i));
        }
        return sql.toString();
    }

    /**
     * The lines before each record as steps, for a file with too many blank lines and tall
     * records for {@link #lineExpression}: pairs of a record number and the lines a record after
     * it starts below its own number (the header's lines and every blank line or extra line of a
     * tall record up to it), in record order; a record before the first step starts on its number
     * plus the header's lines ({@link #lineOf} for any record).
     */
    public List<long[]> lineSteps() {
        List<long[]> steps = new ArrayList<>();
        long lines = headerLines;
        int blank = 0;
        int tallAt = 0;
        while (blank < blankCount || tallAt < tall.size()) {
            long after;
            if (tallAt == tall.size() || blank < blankCount && blanksAfter[blank] <= tall.record(tallAt)) {
                after = blanksAfter[blank++];
                lines++;
            } else {
                after = tall.record(tallAt);
                lines += tall.value(tallAt++);
            }
            if (!steps.isEmpty() && steps.get(steps.size() - 1)[0] == after) {
                steps.get(steps.size() - 1)[1] = lines;
            } else {
                steps.add(new long[] {after, lines});
            }
        }
        return steps;
    }

    /** The lines a record starts below its number when no blank line or tall record comes before it. */
    public long headerLines() {
        return headerLines;
    }

    private static long countAtMost(long[] sorted, int size, long value) {
        int at = Arrays.binarySearch(sorted, 0, size, value);
        if (at < 0) {
            return -(at + 1);
        }
        while (at + 1 < size && sorted[at + 1] == value) {
            at++;
        }
        return at + 1;
    }

    /** How many data records were sampled (see {@link #sampledRecord}). */
    public int samples() {
        return sampled.size();
    }

    /** The record number of sample {@code i}: the first data record, every {@link #SAMPLE_EVERY}-th, the last. */
    public long sampledRecord(int i) {
        return sampled.record(i);
    }

    /** The byte offset in the file where sample {@code i}'s record begins. */
    public long sampledOffset(int i) {
        return sampled.value(i);
    }


    private void addBlank(long afterRecord) {
        if (blankCount == blanksAfter.length) {
            blanksAfter = Arrays.copyOf(blanksAfter, blankCount * 2);
        }
        blanksAfter[blankCount++] = afterRecord;
    }

    /** Data records with one number each (extra lines, byte offsets), in record order, growing as the scan goes. */
    private static final class RecordPairs {
        private long[] records = new long[16];
        private long[] values = new long[16];
        private int size;

        void add(long record, long value) {
            if (size == records.length) {
                records = Arrays.copyOf(records, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            records[size] = record;
            values[size++] = value;
        }

        int size() {
            return size;
        }

        long record(int i) {
            return records[i];
        }

        long value(int i) {
            return values[i];
        }
    }
}
