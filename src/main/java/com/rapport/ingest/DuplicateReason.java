package com.rapport.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The reason a later row with a key seen before is reported as a duplicate, defined once:
 * {@link #text} writes it in Java (DuckDB's reader lists its duplicates from Java) and
 * {@link #sql} builds the same text as a SQL expression from the same parts (the row-by-row
 * reader lists them in one insert), so the two cannot drift apart.
 */
final class DuplicateReason {

    /** Where the first row is when the file's earlier import holds it (an appended export) at no known line. */
    static final String EARLIER_IMPORT = "in an earlier import";
    /** Where the first row is when its line is known: before the line number. */
    private static final String AT_LINE = "at line ";

    private DuplicateReason() {
    }

    /** "duplicate referral_id 'R1' (first at line 3)"; a null first line means an earlier import ("first in an earlier import"). */
    static String text(String keyLabel, String value, Long firstLine) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts(keyLabel)) {
            text.append(part.literal() != null ? part.literal()
                    : part.isValue() ? value : firstLine == null ? EARLIER_IMPORT : AT_LINE + firstLine);
        }
        return text.toString();
    }

    /**
     * The same text as SQL over two expressions: the key's value as text, and the first row's
     * line (null for an earlier import).
     */
    static String sql(String keyLabel, String valueExpression, String firstLineExpression) {
        List<String> pieces = new ArrayList<>();
        for (Part part : parts(keyLabel)) {
            pieces.add(part.literal() != null ? "'" + part.literal().replace("'", "''") + "'"
                    : part.isValue() ? "(" + valueExpression + ")"
                    : "coalesce('" + AT_LINE + "' || cast(" + firstLineExpression + " as varchar), '" + EARLIER_IMPORT
                    + "')");
        }
        return "(" + String.join(" || ", pieces) + ")";
    }

    /** A piece of the reason: fixed text, or the key's value, or the first row's line (both literal null). */
    private record Part(String literal, boolean isValue) {
    }

    private static List<Part> parts(String keyLabel) {
        return List.of(new Part("duplicate " + keyLabel + " '", false), new Part(null, true),
                new Part("' (first ", false), new Part(null, false), new Part(")", false));
    }
}
