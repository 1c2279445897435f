package com.rapport.store;

import java.util.List;

/**
 * Many rows of text read through JDBC as one value per row. DuckDB's driver pays a cost per
 * cell, so a wide table of many rows (the contact records of a large practice) reads in a
 * fraction of the time as one packed text per row (bench/RESULTS.md). Each value is written
 * as its length in characters, a colon and the text, or {@code -} for null, so any text
 * (separators, line breaks, emoji) comes back exactly.
 */
public final class PackedRows {

    private PackedRows() {
    }

    /** A SQL expression packing these expressions (any type, as their text) into one value. */
    public static String packed(List<String> expressions) {
        StringBuilder sql = new StringBuilder("concat(");
        for (int i = 0; i < expressions.size(); i++) {
            String text = "(" + expressions.get(i) + ")::varchar";
            sql.append(i == 0 ? "" : ", ").append("coalesce(length(").append(text).append(")::varchar || ':' || ")
                    .append(text).append(", '-')");
        }
        return sql.append(")").toString();
    }

    /** The values of a row packed by {@link #packed}, nulls included. */
    public static String[] unpack(String packed, int columns) {
        String[] values = new String[columns];
        int at = 0;
        for (int i = 0; i < columns; i++) {
            if (packed.charAt(at) == '-') {
                at++;
                continue;
            }
            int colon = packed.indexOf(':', at);
            int length = Integer.parseInt(packed, at, colon, 10);
            // DuckDB counts characters as code points; Java's offsets are UTF-16 units.
            int end = packed.offsetByCodePoints(colon + 1, length);
            values[i] = packed.substring(colon + 1, end);
            at = end;
        }
        if (at != packed.length()) {
            throw new IllegalStateException("a packed row holds more than " + columns + " values");
        }
        return values;
    }
}
