package com.rapport.report.review;

import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Network reach, docs/registry.md: beside each top partner's assumed network, the Medicare
 * patients CMS counted for them, and the top ten's reach both ways. CMS counts traditional
 * (fee-for-service) Medicare only, and every place the number appears says so.
 */
final class MeasuredReach {

    private MeasuredReach() {
    }

    /** Adds the "Medicare patients" column to the top-ten table; returns the table's widths with it. */
    static float[] addColumn(List<String> header, List<List<String>> rows, List<Map<String, Object>> top) {
        header.add("Medicare pts*");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = top.get(i);
            rows.get(i).add(row.get("medicare_patients") == null ? "—"
                    : Format.integer(row.get("medicare_patients")) + " in " + row.get("medicare_year"));
        }
        return new float[] {0.4f, 2.5f, 1.2f, 0.7f, 1f, 0.7f, 1.2f, 1.4f};
    }

    /** For the lead, after the assumed reach: the measured one. */
    static String measured(Map<String, Object> reach) {
        return String.format(Locale.ENGLISH, " as assumed, %,d as measured*", Format.number(reach, "measured_reach_top10"));
    }

    /** What the measured reach and the Medicare column mean. */
    static void write(PdfBuilder pdf, List<Map<String, Object>> top, Map<String, Object> reach) {
        String years = top.stream().map(r -> r.get("medicare_year")).filter(y -> y != null).map(Object::toString)
                .distinct().sorted().reduce((a, b) -> a + ", " + b).orElse("the data year");
        pdf.note("* Medicare patients served in " + years + " (CMS): traditional fee-for-service Medicare only. "
                + "Measured reach counts them for the " + Format.plural(Format.number(reach, "measured_partners_top10"),
                "partner", "partners") + " CMS knows, and the assumed network size for the rest.");
    }
}
