package com.rapport.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of day, month and year in a date column a spreadsheet re-saved
 * ({@code 7/1/2026}, {@code 30.09.26}, {@code 2026/09/30 14:05}): told from the column's
 * values, or given as {@code import.<file>.date_order}. Two-digit years are this century.
 */
public enum DateOrder {
    MDY, DMY, YMD;

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})(?:[ T]\\d{1,2}:\\d{2}.*)?");

    /** What one value says of its column's order. */
    public enum Vote { NONE, ISO, MDY, DMY, EITHER, YMD }

    public static Vote vote(String text) {
        if (text == null) {
            return Vote.NONE;
        }
        Matcher m = NUMERIC.matcher(text.strip());
        if (!m.matches()) {
            return Vote.NONE;
        }
        if (m.group(1).length() == 4) {
            // ISO dates are read as they are; only other separators need the order
            return text.strip().charAt(4) == '-' ? Vote.ISO : Vote.YMD;
        }
        if (m.group(3).length() != 2 && m.group(3).length() != 4) {
            return Vote.NONE;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > 12 && second <= 12) {
            return Vote.DMY;
        }
        if (second > 12 && first <= 12) {
            return Vote.MDY;
        }
        return first <= 12 ? Vote.EITHER : Vote.NONE;
    }

    /** True when the value is a day, month and two-digit year. */
    public static boolean shortYear(String text) {
        Matcher m = NUMERIC.matcher(text.strip());
        return m.matches() && m.group(1).length() < 4 && m.group(3).length() == 2;
    }

    /** The date as ISO text in this order, or the text unchanged when it is no such date (the date rule then says why). */
    public String toIso(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMERIC.matcher(text.strip());
        if (!m.matches() || (this == YMD) != (m.group(1).length() == 4)) {
            return text;
        }
        if (this != YMD && m.group(3).length() != 2 && m.group(3).length() != 4) {
            return text;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(m.group(3));
        int year = this == YMD ? a : m.group(3).length() == 2 ? 2000 + c : c;
        int month = this == MDY ? a : b;
        int day = this == MDY ? b : this == DMY ? a : c;
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return text;
        }
    }

    /** How {@code import_files} and messages name it: "M/D/Y". */
    public String label() {
        return switch (this) {
            case MDY -> "M/D/Y";
            case DMY -> "D/M/Y";
            case YMD -> "Y/M/D";
        };
    }
}
