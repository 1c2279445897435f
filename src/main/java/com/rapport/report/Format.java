package com.rapport.report;

import java.util.Locale;

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

    static String money(double amount) {
        return String.format(Locale.ENGLISH, "$%,.2f", amount);
    }

    static String text(Object value) {
        return value == null ? "—" : value.toString();
    }
}
