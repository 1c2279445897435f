package com.rapport.report.review;

import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Map;

/** 9. Newsletter spotlight: next month's pick, why, and the runners-up. */
final class SpotlightSection implements ReviewSection {

    @Override
    public String title() {
        return "Newsletter spotlight";
    }

    private static final int LISTED = 10;

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> candidates = context.rows("select * from spotlight order by rank");
        String issue = context.month().plusMonths(1).format(ReviewContext.MONTH_NAME);
        String nothingYet = context.nothingYet();
        if (candidates.isEmpty() && nothingYet != null) {
            pdf.lead(nothingYet + " The " + issue + " spotlight needs a partner who referred in the last 12 months.");
            return;
        }
        if (candidates.isEmpty()) {
            pdf.lead("No partner is eligible for the " + issue + " spotlight: eligible partners referred in the last "
                    + "12 months, did not opt out, were not featured in the last 12 issues, and are not of the same "
                    + "category as last month's.");
            return;
        }
        Map<String, Object> pick = candidates.get(0);
        pdf.lead("Feature " + pick.get("name") + " (" + pick.get("category") + ") in the " + issue + " newsletter: "
                + pick.get("reason") + ".");
        pdf.table(List.of("#", "Partner", "Category", "Score", "Why"),
                ReviewContext.cells(candidates.stream().limit(LISTED).toList(), r -> Format.cell(r, "rank"),
                        r -> (String) r.get("name"),
                        r -> (String) r.get("category"), r -> Format.cell(r, "score"), r -> (String) r.get("reason")),
                new float[] {0.4f, 2.4f, 1.2f, 0.7f, 5f}, new int[] {0, 3});
        ReviewContext.moreIn(pdf, candidates.size(), LISTED, "data/spotlight.csv");
        pdf.note("Score = 2 × referrals in 6 months + 4 if we owe them + their introductions (up to 5). A spotlight "
                + "is a give: featuring a partner we owe is the cheapest way to reciprocate.");
    }
}
