package com.rapport.report.review;

import com.rapport.chart.NetworkMap;
import com.rapport.report.pdf.PdfBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 3. Network reach: the top-ten mind map, potential reach, and introductions. */
final class NetworkSection implements ReviewSection {

    @Override
    public String title() {
        return "Network reach — your top ten";
    }

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> top = context.rows("select * from network_map");
        Map<String, Object> reach = context.row("select * from network_reach_summary");
        long potential = Format.number(reach, "potential_reach_top10");
        String nothingYet = context.nothingYet();
        boolean measured = RegistryText.registryPresent(context);
        pdf.lead(top.isEmpty() ? (nothingYet != null ? nothingYet + " " : "")
                + "No partner has any activity in the last 12 months, so there is no top ten yet."
                : String.format(Locale.ENGLISH, "Your %d strongest partners know about %,d people between them%s. "
                        + "Keep them close: a call or a visit to each this month, starting with %s.",
                top.size(), potential, measured ? MeasuredReach.measured(reach) : "", ReviewContext.names(top, 3)));
        pdf.chart(new NetworkMap(top, context.settings().practiceName(), potential), 0.62f);
        List<String> header = new ArrayList<>(List.of("#", "Partner", "Category", "Score", "Network", "Intros",
                "Their referrals"));
        List<List<String>> rows = ReviewContext.cells(top, r -> Format.cell(r, "rank"), r -> (String) r.get("name"),
                r -> (String) r.get("category"), r -> Format.cell(r, "score"), r -> Format.cell(r, "network_size"),
                r -> Format.cell(r, "introduced_total"), r -> Format.cell(r, "downstream_in_12m"));
        float[] widths = {0.4f, 3f, 1.3f, 0.8f, 1f, 1f, 1.5f};
        if (measured) {
            widths = MeasuredReach.addColumn(header, rows, top);
        }
        pdf.table(header, rows, widths, new int[] {0, 3, 4, 5, 6, 7});
        pdf.note("Score = 3 × referrals in + 2 × referrals out + gives + touches, over 12 months. Introduced: partners "
                + "who came through them, at any depth; their referrals: what those partners sent in 12 months.");
        if (measured) {
            MeasuredReach.write(pdf, top, reach);
        }
        long partnerships = Format.number(context.row(
                "select partners from partners_by_stage where stage = 'partnership'"), "partners");
        long introduced = Format.number(reach, "introduced_partners");
        // "All 0 partnerships reach about 0 people" reads as a fault; a practice without them is told plainly.
        String partnershipReach = partnerships == 0 ? "No partnerships yet"
                : String.format(Locale.ENGLISH, "All %s partnerships together reach about %,d people",
                        Format.integer(partnerships), Format.number(reach, "potential_reach_partnerships"));
        pdf.paragraph(introduced == 0 && partnerships == 0 ? partnershipReach
                + ", and no partner came through an introduction." : partnershipReach + String.format(Locale.ENGLISH,
                ". %s of %s partners came through an introduction.", Format.integer(introduced),
                Format.integer(reach.get("partners"))));
    }
}
