package com.rapport.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The field separators the data contract accepts, told from a file's first lines: the one
 * that splits the most lines into the same number of fields (more than one) wins, quoted
 * fields respected. A header never holds a decimal comma, so a semicolon export with
 * amounts like {@code 12,50} still splits its header and rows alike only on {@code ;}.
 */
public enum Delimiter {
    COMMA(',', "comma"),
    SEMICOLON(';', "semicolon"),
    TAB('\t', "tab"),
    PIPE('|', "pipe");

    /** Characters of a file's start that are looked at: plenty for a preamble, a header and the first records. */
    public static final int SAMPLE_CHARS = 1 << 16;
    private static final int SAMPLE_LINES = 50;

    private final char character;
    private final String label;

    Delimiter(char character, String label) {
        this.character = character;
        this.label = label;
    }

    public char character() {
        return character;
    }

    /** The word reports use ("semicolon"). */
    public String label() {
        return label;
    }

    public static Delimiter of(String label) {
        for (Delimiter d : values()) {
            if (d.label.equals(label)) {
                return d;
            }
        }
        return COMMA;
    }

    /** The delimiter of a file that starts with this text; a comma when nothing splits the lines. */
    public static Delimiter detect(String sample) {
        Delimiter best = COMMA;
        long bestScore = 0;
        for (Delimiter candidate : values()) {
            long score = candidate.score(sample);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How well this delimiter splits the sample: lines agreeing on the most common field
     * count above one, then that count. The last line of a cut sample may be cut off: left out.
     */
    private long score(String sample) {
        Map<Integer, Integer> linesByFields = new HashMap<>();
        int fields = 1;
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean content = false;
        int lines = 0;
        for (int i = 0; i < sample.length() && lines < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < sample.length() && sample.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
                content = true;
            } else if (c == character) {
                fields++;
                fieldStart = true;
                content = true;
            } else if (c == '\n') {
                if (content && fields > 1) {
                    linesByFields.merge(fields, 1, Integer::sum);
                }
                lines++;
                fields = 1;
                fieldStart = true;
                content = false;
            } else if (c != '\r') {
                fieldStart = false;
                content = true;
            }
        }
        if (lines == 0 && content && fields > 1) {
            linesByFields.merge(fields, 1, Integer::sum);
        }
        long best = 0;
        for (Map.Entry<Integer, Integer> entry : linesByFields.entrySet()) {
            best = Math.max(best, (long) entry.getValue() * 1000 + Math.min(entry.getKey(), 999));
        }
        return best;
    }
}
