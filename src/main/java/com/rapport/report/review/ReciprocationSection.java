package com.rapport.report.review;

import com.rapport.chart.ReciprocationScatter;
import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 4. Reciprocation: who we owe, and gifts to referring physicians against the legal cap. */
final class ReciprocationSection implements ReviewSection {

    @Override
    public String title() {
        return "Reciprocation";
    }

    private static final int GIFTS_LISTED = 25;
    private static final int PLOTTED = 2000;

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> owe = context.rows("select * from reciprocate");
        Map<String, Object> summary = context.row("select * from reciprocation_summary");
        String nothingYet = context.nothingYet();
        pdf.lead(nothingYet != null ? nothingYet + " Whom we owe something back shows here once partners refer."
                : owe.isEmpty() ? "Every partner who refers to us got something back in the last 12 months."
                : String.format(Locale.ENGLISH, "We gave something back to %s of the partners who refer to us. Refer "
                        + "back, co-market or feature %s first.", Format.percent(summary.get("reciprocation_rate")),
                ReviewContext.names(owe, 3)));
        // Beyond a few thousand points a scatter is ink, not information, and slow to draw.
        List<Map<String, Object>> plotted = context.rows("select * from reciprocation order by in_12m + giveback_12m "
                + "desc, name limit " + PLOTTED);
        pdf.chart(ReciprocationScatter.create(plotted, context.twelveMonths()), 0.62f);
        long partners = Format.number(context.row("select count(*) as partners from reciprocation"), "partners");
        if (partners > PLOTTED) {
            pdf.note("The " + Format.integer(PLOTTED) + " partners with the most referrals and gives of "
                    + Format.integer(partners) + "; all of them are in data/reciprocation.csv.");
        }
        pdf.subheading("Partners we owe (" + Format.integer(owe.size()) + ")");
        pdf.table(List.of("Partner", "Category", "Sent us (12 m)", "We gave back", "Gap"),
                ReviewContext.cells(owe.stream().limit(25).toList(), r -> (String) r.get("name"),
                        r -> (String) r.get("category"), r -> Format.cell(r, "in_12m"), r -> Format.cell(r, "giveback_12m"),
                        r -> "owed".equals(r.get("gap")) ? "nothing back" : "less than half"),
                new float[] {3.4f, 1.4f, 1.3f, 1.3f, 1.4f}, new int[] {2, 3});
        if (owe.size() > 25) {
            pdf.note("The full list is in actions/reciprocate.csv.");
        }
        List<Map<String, Object>> gifts = context.rows("select g.*, coalesce(m.gifts_without_amount, 0) as missing "
                + "from gift_limits g left join gift_amounts_missing m on m.partner_id = g.partner_id "
                + "order by g.share_of_cap desc nulls last, g.amount_ytd desc, g.name");
        pdf.subheading("Gifts to referring physicians, " + context.month().getYear());
        if (gifts.isEmpty()) {
            pdf.paragraph("No gifts to physicians recorded this year.");
            return;
        }
        List<Map<String, Object>> attention = gifts.stream()
                .filter(g -> "over".equals(g.get("status")) || "near".equals(g.get("status"))).toList();
        pdf.paragraph(context.settings().giftCap(context.month().getYear()).isEmpty()
                ? "No yearly cap is set for " + context.month().getYear() + ": add gift.cap." + context.month().getYear()
                        + " to rapport.properties (the non-monetary compensation limit CMS publishes each year)."
                : attention.isEmpty() ? "Every physician is below 80 % of the yearly cap."
                : "Stop gifts to " + ReviewContext.names(attention, 4) + ": at or near the yearly cap.");
        pdf.table(List.of("Physician", "Gifts", "Amount", "Cap", "Share of cap", "Status"),
                ReviewContext.cells(gifts.stream().limit(GIFTS_LISTED).toList(), r -> (String) r.get("name"),
                        r -> Format.cell(r, "gifts_ytd") + (Format.number(r, "missing") > 0
                                ? " (" + Format.number(r, "missing") + " without amount)" : ""),
                        r -> Format.money(r.get("amount_ytd")), r -> Format.money(r.get("cap")),
                        r -> Format.percent(r.get("share_of_cap")), r -> statusWords((String) r.get("status"))),
                new float[] {3f, 1.8f, 1.2f, 1f, 1.1f, 1.3f}, new int[] {2, 3, 4});
        ReviewContext.moreIn(pdf, gifts.size(), GIFTS_LISTED, "data/gift_limits.csv");
    }

    private static String statusWords(String status) {
        return switch (status) {
            case "over" -> "over the cap, worse";
            case "near" -> "near the cap";
            case "no_cap_set" -> "no cap set";
            default -> "ok";
        };
    }
}
