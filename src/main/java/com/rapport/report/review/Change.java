package com.rapport.report.review;

import java.util.Locale;
import java.util.Map;

/**
 * A change between two periods, as {@code summary_kpi_changes} computed it, said with an arrow
 * and in words, since colour alone does not print.
 */
final class Change {

    private Change() {
    }

    /**
     * "▲ up 3, better" or "▼ down 2 pts, worse": the direction, the size, and the model's verdict
     * for the practice; a dash when there is nothing to compare with.
     *
     * @param period {@code last_month} or {@code last_year}: the row's columns of that comparison
     */
    static String arrow(Map<String, Object> row, String period) {
        Object change = row.get(period + "_change");
        if (change == null) {
            return "—";
        }
        long delta = ((Number) change).longValue();
        if (delta == 0) {
            return "= same";
        }
        String size = "rate".equals(row.get("unit"))
                ? String.format(Locale.ENGLISH, "%d %s", Math.abs(delta), Math.abs(delta) == 1 ? "pt" : "pts")
                : Format.integer(Math.abs(delta));
        return (delta > 0 ? "▲ up " : "▼ down ") + size + ", " + row.get(period + "_verdict");
    }

    /** "44 more than last month": a count's change from {@code summary_kpi_changes} in words. */
    static String words(long delta, String period) {
        if (delta == 0) {
            return "as many as " + period;
        }
        return Format.integer(Math.abs(delta)) + (delta > 0 ? " more than " : " fewer than ") + period;
    }
}
