package com.rapport.report.review;

import com.rapport.chart.ThankYouRateChart;
import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Map;

/** 7. Thank-you notes: the rate by month and the notes still owed. */
final class ThankYouSection implements ReviewSection {

    @Override
    public String title() {
        return "Thank-you notes";
    }

    private static final int LISTED = 40;

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> owed = context.rows("select * from thank_you_notes_owed");
        String nothingYet = context.nothingYet();
        pdf.lead(nothingYet != null && owed.isEmpty()
                ? nothingYet + " The notes owed for referrals show here once partners refer."
                : owed.isEmpty() ? "Every referral of the last 90 days has been thanked. Keep writing them by hand."
                : "Write " + Format.plural(owed.size(), "hand-written note", "hand-written notes")
                        + " this week, oldest first: " + ReviewContext.names(owed, 3) + ".");
        pdf.chart(ThankYouRateChart.create(context.rows("select * from (select month, thank_you_rate from "
                + "referral_flow_monthly order by month desc limit 12) order by month"), context.twelveMonths()), 0.4f);
        if (!owed.isEmpty()) {
            pdf.subheading("Notes owed (" + Format.integer(owed.size()) + ")");
            pdf.table(List.of("Referral date", "Partner", "Status", "Days open"),
                    ReviewContext.cells(owed.stream().limit(LISTED).toList(), r -> Format.text(r.get("date")),
                            r -> (String) r.get("name"),
                            r -> "missed".equals(r.get("status")) ? "missed (over 7 days)" : "due within 7 days",
                            r -> Format.cell(r, "days_open")),
                    new float[] {1.3f, 3.4f, 1.8f, 1f}, new int[] {3});
            ReviewContext.moreIn(pdf, owed.size(), LISTED, "actions/thank-you-notes-owed.csv");
        }
    }
}
