package com.rapport.report.review;

import java.util.Locale;

/** A change between two periods said with an arrow and in words, since colour alone does not print. */
final class Change {

    private Change() {
    }

    /** "▲ up 3, better": the direction, the size, and whether that is good for the practice. */
    static String arrow(long now, long before, boolean higherIsBetter) {
        long delta = now - before;
        if (delta == 0) {
            return "= same";
        }
        return (delta > 0 ? "▲ up " : "▼ down ") + Format.integer(Math.abs(delta))
                + ((delta > 0) == higherIsBetter ? ", better" : ", worse");
    }

    static String words(long now, long before, String period) {
        long delta = now - before;
        if (delta == 0) {
            return "as many as " + period;
        }
        return Format.integer(Math.abs(delta)) + (delta > 0 ? " more than " : " fewer than ") + period;
    }

    static String ofRates(Object now, Object before) {
        if (now == null || before == null) {
            return "—";
        }
        double points = 100 * (((Number) now).doubleValue() - ((Number) before).doubleValue());
        long rounded = Math.round(points);
        if (rounded == 0) {
            return "= same";
        }
        return String.format(Locale.ENGLISH, "%s %d %s, %s", rounded > 0 ? "▲ up" : "▼ down", Math.abs(rounded),
                Math.abs(rounded) == 1 ? "pt" : "pts",
                rounded > 0 ? "better" : "worse");
    }
}
