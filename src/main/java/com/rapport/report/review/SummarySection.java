package com.rapport.report.review;

import com.rapport.report.pdf.PdfBuilder;
import java.time.YearMonth;
import java.util.ArrayList;
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
        List<Map<String, Object>> history = context.rows("select * from kpi_history");
        Map<String, Object> now = kpis(history, context.month());
        Map<String, Object> before = kpis(history, context.month().minusMonths(1));
        Map<String, Object> lastYear = kpis(history, context.month().minusMonths(12));
        long in = Format.number(now, "referrals_in");
        List<Map<String, Object>> owed = context.rows("select name from reciprocate where gap = 'owed' limit 3");
        String nothingYet = context.nothingYet();
        pdf.lead(nothingYet != null ? nothingYet + " The numbers below fill in as the exports do."
                : String.format(Locale.ENGLISH, "%s: %s came in (%s), from %s; %s. %s",
                context.monthName(), Format.plural(in, "referral", "referrals"),
                before.isEmpty() ? "no month before to compare" : Change.words(in, Format.number(before, "referrals_in"),
                        "last month"),
                Format.plural(Format.number(now, "active_referrers"), "partner", "partners"),
                Format.plural(Format.number(now, "new_referrers"), "referred for the first time",
                        "referred for the first time"),
                owed.isEmpty() ? "Every referring partner got something back this year."
                        : "Give back first to " + ReviewContext.names(owed, 3) + ": they send patients and got nothing back."));
        List<List<String>> rows = new ArrayList<>();
        rows.add(count("Referrals in", "referrals_in", true, now, before, lastYear));
        rows.add(count("Referrals out", "referrals_out", true, now, before, lastYear));
        rows.add(count("Active referrers", "active_referrers", true, now, before, lastYear));
        rows.add(count("New referrers", "new_referrers", true, now, before, lastYear));
        rows.add(rate("Reciprocation rate (12 months)", "reciprocation_rate", now, before, lastYear));
        rows.add(rate("Thank-you rate", "thank_you_rate", now, before, lastYear));
        rows.add(count("Partnerships", "partnerships", true, now, before, lastYear));
        rows.add(count("Follow-ups overdue", "follow_ups_overdue", false, now, before, lastYear));
        pdf.table(List.of("Measure", "This month", "Last month", "Change", "Same month last year", "Change"), rows,
                new float[] {2.6f, 1.1f, 1.1f, 1.8f, 1.4f, 1.8f}, new int[] {1, 2, 4});
        pdf.note("Each month is computed as if it were the report month (later records ignored). ▲ up and ▼ down, "
                + "with \"better\" or \"worse\" for the practice. Referral counts include referrals whose partner "
                + "could not be matched (see Data quality). Reciprocation rate: referring partners we gave something "
                + "back to in 12 months. Partnerships: partners who refer to us and get something back.");
    }

    private static Map<String, Object> kpis(List<Map<String, Object>> history, YearMonth month) {
        return history.stream().filter(r -> month.toString().equals(r.get("month"))).findFirst().orElse(Map.of());
    }

    private static List<String> count(String label, String column, boolean higherIsBetter, Map<String, Object> now,
                                      Map<String, Object> before, Map<String, Object> lastYear) {
        long value = Format.number(now, column);
        return List.of(label, Format.integer(now.get(column)), Format.integer(before.get(column)),
                before.isEmpty() ? "—" : Change.arrow(value, Format.number(before, column), higherIsBetter),
                Format.integer(lastYear.get(column)),
                lastYear.isEmpty() ? "—" : Change.arrow(value, Format.number(lastYear, column), higherIsBetter));
    }

    private static List<String> rate(String label, String column, Map<String, Object> now, Map<String, Object> before,
                                     Map<String, Object> lastYear) {
        return List.of(label, Format.percent(now.get(column)), Format.percent(before.get(column)),
                Change.ofRates(now.get(column), before.get(column)), Format.percent(lastYear.get(column)),
                Change.ofRates(now.get(column), lastYear.get(column)));
    }
}
