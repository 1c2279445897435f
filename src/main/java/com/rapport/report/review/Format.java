package com.rapport.report.review;

import java.util.Locale;
import java.util.Map;

/** How numbers read in the PDF: thousands separators, percentages, money; a dash for none. */
final class Format {

    private Format() {
    }

    static String integer(Object value) {
        return value == null ? "—" : String.format(Locale.ENGLISH, "%,d", Math.round(((Number) value).doubleValue()));
    }

    static String percent(Object ratio) {
        return ratio == null ? "—" : String.format(Locale.ENGLISH, "%.0f %%", 100 * ((Number) ratio).doubleValue());
    }

    static String money(Object amount) {
        return amount == null ? "—" : String.format(Locale.ENGLISH, "$%,.2f", ((Number) amount).doubleValue());
    }

    static String text(Object value) {
        return value == null ? "—" : value.toString();
    }

    /** A column of a row as text, for table cells. */
    static String cell(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof Number ? integer(value) : text(value);
    }

    static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String plural(long count, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", count, count == 1 ? one : many);
    }
}
