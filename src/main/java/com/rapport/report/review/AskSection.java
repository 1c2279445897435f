package com.rapport.report.review;

import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Map;

/** 6. Ready to ask: established relationships where asking for a referral is timely. */
final class AskSection implements ReviewSection {

    private static final int LISTED = 15;

    @Override
    public String title() {
        return "Ready to ask";
    }

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> ready = context.rows("select * from ask_for_referral");
        if (ready.isEmpty()) {
            String nothingYet = context.nothingYet();
            pdf.lead(nothingYet != null ? nothingYet + " Whom to ask for a referral shows here once relationships grow."
                    : "Nobody is ready for the ask this month: keep giving value and touching base.");
            return;
        }
        pdf.lead("These relationships are established (seven touches or more), we have given them something, we "
                + "spoke recently and have not asked yet: ask " + ReviewContext.names(ready, 3)
                + " for a referral this month.");
        pdf.table(List.of("Partner", "Category", "Touches", "Given back (12 m)", "Last touch"),
                ReviewContext.cells(ready.stream().limit(LISTED).toList(), r -> (String) r.get("name"), r -> (String) r.get("category"),
                        r -> Format.cell(r, "touches_total"), r -> Format.cell(r, "giveback_12m"),
                        r -> Format.text(r.get("last_touch"))),
                new float[] {3.4f, 1.4f, 1f, 1.4f, 1.4f}, new int[] {2, 3});
        if (ready.size() > LISTED) {
            pdf.note("The first " + LISTED + " of " + Format.integer(ready.size())
                    + "; all of them are in actions/ask-for-referral.csv.");
        }
    }
}
