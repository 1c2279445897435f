package com.rapport.report;

import java.util.Locale;

/** A change between two periods said with an arrow and in words, since colour alone does not print. */
final class Change {

    private Change() {
    }

    static String arrow(long now, long before) {
        long delta = now - before;
        if (delta == 0) {
            return "= same";
        }
        return (delta > 0 ? "▲ up " : "▼ down ") + Math.abs(delta);
    }

    static String words(long now, long before, String period) {
        long delta = now - before;
        if (delta == 0) {
            return "as many as " + period;
        }
        return Math.abs(delta) + (delta > 0 ? " more than " : " fewer than ") + period;
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
        return String.format(Locale.ENGLISH, "%s %d pts", rounded > 0 ? "▲ up" : "▼ down", Math.abs(rounded));
    }
}
