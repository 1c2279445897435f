package com.rapport.report.review;

import com.rapport.chart.CategoryReferralsChart;
import com.rapport.chart.ReferralFlowDiagram;
import com.rapport.chart.ReferralTrendChart;
import com.rapport.chart.TopReferrersChart;
import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 2. Where referrals come from and go: trend, categories, top referrers, flow, trends by partner. */
final class ReferralFlowSection implements ReviewSection {

    private static final int LISTED = 15;

    @Override
    public String title() {
        return "Referral flow";
    }

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> slowing = context.rows("select * from slowing_referrers");
        String nothingYet = context.nothingYet();
        pdf.lead(nothingYet != null ? nothingYet + " Where patients come from and where we send them shows here then."
                : slowing.isEmpty()
                ? "Where patients come from and where we send them. No referrer is declining or dormant: keep the cadence."
                : "Where patients come from and where we send them. Call the referrers who slowed down or stopped, "
                        + "starting with " + ReviewContext.names(slowing, 4) + ".");
        pdf.chart(ReferralTrendChart.create(context.rows("select month, referrals_in, referrals_out "
                + "from referral_flow_monthly order by month"), context.month()), 0.46f);
        pdf.chart(TopReferrersChart.create(context.rows("select * from top_referrers"), context.twelveMonths()), 0.5f);
        List<Map<String, Object>> categories = context.rows("select * from referral_flow_by_category");
        pdf.chart(CategoryReferralsChart.create(categories, context.twelveMonths()),
                0.2f + 0.045f * categories.size());
        pdf.chart(new ReferralFlowDiagram(categories, context.settings().practiceName(), context.twelveMonths()), 0.55f);
        pdf.subheading("Partners by trend");
        List<Map<String, Object>> trends = context.rows("select * from partners_by_trend");
        pdf.table(trends.stream().map(r -> (String) r.get("trend")).toList(),
                List.of(trends.stream().map(r -> Format.integer(r.get("partners"))).toList()),
                new float[] {1, 1, 1, 1, 1, 1}, new int[] {0, 1, 2, 3, 4, 5});
        pdf.note("new: first referral in the last 3 months; growing: at least twice the 3 months before; declining: "
                + "at most half; dormant: none in 3 months after some in the 9 before; inactive: none in 12 months.");
        if (!slowing.isEmpty()) {
            pdf.subheading("Declining and dormant referrers");
            pdf.table(List.of("Partner", "Trend", "Last 3 months", "3 months before", "Last referral"),
                    ReviewContext.cells(slowing.stream().limit(LISTED).toList(), r -> (String) r.get("name"),
                            r -> (String) r.get("trend"),
                            r -> Format.cell(r, "in_t3"), r -> Format.cell(r, "in_p3"), r -> Format.cell(r, "last_in")),
                    new float[] {3.5f, 1.3f, 1.3f, 1.5f, 1.5f}, new int[] {2, 3});
            if (slowing.size() > LISTED) {
                pdf.note("The biggest " + LISTED + " of " + Format.integer(slowing.size())
                        + "; all partners and their trends are in data/referral_flow_by_partner.csv.");
            }
        }
        Map<String, Object> concentration = context.row("select * from referral_concentration");
        pdf.subheading("Concentration");
        pdf.paragraph(Format.number(concentration, "referring_partners_12m") == 0
                ? "No partner referred in the last 12 months, so no one carries the practice yet."
                : String.format(Locale.ENGLISH, "%s partners referred in the last 12 months; the ten largest "
                        + "sent %s of the matched referrals (HHI %s on a 0–10,000 scale; above 2,500 a few partners "
                        + "carry the practice, and losing one hurts).",
                Format.integer(concentration.get("referring_partners_12m")),
                Format.percent(concentration.get("top10_share_12m")), Format.integer(concentration.get("hhi_12m"))));
    }
}
