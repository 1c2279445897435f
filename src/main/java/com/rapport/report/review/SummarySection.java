package com.rapport.report.review;

import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 1. The month's headline numbers against last month and the same month last year. */
final class SummarySection implements ReviewSection {

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> measures = context.rows("select * from summary_kpi_changes order by position");
        Map<String, Object> in = measure(measures, "referrals_in");
        List<Map<String, Object>> owed = context.rows("select name from reciprocate where gap = 'owed' limit 3");
        String nothingYet = context.nothingYet();
        pdf.lead(nothingYet != null ? nothingYet + " The numbers below fill in as the exports do."
                : String.format(Locale.ENGLISH, "%s: %s came in (%s), from %s; %s. %s",
                context.monthName(), Format.plural(Format.number(in, "this_month"), "referral", "referrals"),
                in.get("last_month_change") == null ? "no month before to compare"
                        : Change.words(Format.number(in, "last_month_change"), "last month"),
                Format.plural(Format.number(measure(measures, "active_referrers"), "this_month"), "partner", "partners"),
                Format.plural(Format.number(measure(measures, "new_referrers"), "this_month"),
                        "referred for the first time", "referred for the first time"),
                owed.isEmpty() ? "Every referring partner got something back this year."
                        : "Give back first to " + ReviewContext.names(owed, 3) + ": they send patients and got nothing back."));
        pdf.table(List.of("Measure", "This month", "Last month", "Change", "Same month last year", "Change"),
                ReviewContext.cells(measures, r -> label((String) r.get("measure")),
                        r -> value(r, "this_month"), r -> value(r, "last_month"), r -> Change.arrow(r, "last_month"),
                        r -> value(r, "last_year"), r -> Change.arrow(r, "last_year")),
                new float[] {2.6f, 1.1f, 1.1f, 1.8f, 1.4f, 1.8f}, new int[] {1, 2, 4});
        pdf.note("Each month is computed as if it were the report month (later records ignored). ▲ up and ▼ down, "
                + "with \"better\" or \"worse\" for the practice. Referral counts include referrals whose partner "
                + "could not be matched (see Data quality). Reciprocation rate: referring partners we gave something "
                + "back to in 12 months. Partnerships: partners who refer to us and get something back.");
    }

    private static Map<String, Object> measure(List<Map<String, Object>> measures, String name) {
        return measures.stream().filter(r -> name.equals(r.get("measure"))).findFirst().orElse(Map.of());
    }

    private static String value(Map<String, Object> row, String period) {
        return "rate".equals(row.get("unit")) ? Format.percent(row.get(period)) : Format.integer(row.get(period));
    }

    private static String label(String measure) {
        return switch (measure) {
            case "referrals_in" -> "Referrals in";
            case "referrals_out" -> "Referrals out";
            case "active_referrers" -> "Active referrers";
            case "new_referrers" -> "New referrers";
            case "reciprocation_rate" -> "Reciprocation rate (12 months)";
            case "thank_you_rate" -> "Thank-you rate";
            case "partnerships" -> "Partnerships";
            case "follow_ups_overdue" -> "Follow-ups overdue";
            default -> measure;
        };
    }
}
