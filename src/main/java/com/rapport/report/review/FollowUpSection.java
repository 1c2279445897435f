package com.rapport.report.review;

import com.rapport.chart.TouchFunnelChart;
import com.rapport.report.SpreadsheetCsv;
import com.rapport.report.pdf.PdfBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 5. Follow-up: the seven-touch funnel, stages, who is overdue, and whether seven touches hold here. */
final class FollowUpSection implements ReviewSection {

    private static final List<String> TRENDS = List.of("new", "growing", "steady", "declining", "dormant", "inactive");

    private static String medianTouches(Object median) {
        if (median == null) {
            return "—";
        }
        double value = ((Number) median).doubleValue();
        return SpreadsheetCsv.decimal(value) + (value == 1 ? " touch" : " touches");
    }

    @Override
    public String title() {
        return "Follow-up";
    }

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> due = context.rows("select * from follow_ups_due");
        String nothingYet = context.nothingYet();
        pdf.lead(nothingYet != null && due.isEmpty()
                ? nothingYet + " Who is due for a touch shows here once the partners and their activity are loaded."
                : due.isEmpty() ? "Every partner has been touched within their cadence: nobody is overdue."
                : String.format(Locale.ENGLISH, "%s waiting for a touch; start with the strongest relationships: %s.",
                        Format.plural(due.size(), "partner is", "partners are"), ReviewContext.names(due, 3)));
        pdf.chart(TouchFunnelChart.create(context.rows("select * from touch_funnel")), 0.42f);
        List<Map<String, Object>> stages = context.rows("select * from partners_by_stage");
        pdf.table(stages.stream().map(r -> (String) r.get("stage")).toList(),
                List.of(stages.stream().map(r -> Format.integer(r.get("partners"))).toList()),
                new float[] {1, 1, 1, 1, 1}, new int[] {0, 1, 2, 3, 4});
        pdf.note("partnership: refers to us and got something back (12 months); established: 7+ touches; developing: "
                + "3–6; new: 1–2. Cadence: partnership and established every 30 days, developing 21, new 14.");
        Map<String, Object> milestones = context.row("select * from relationship_milestones_summary");
        pdf.subheading("Does the seven-touch rule hold here?");
        pdf.paragraph(Format.number(milestones, "count") == 0 ? "No partner has referred yet."
                : String.format(Locale.ENGLISH, "Of %s partners who referred, the median had %s before their "
                        + "first referral; %s had seven or more. %s", Format.integer(milestones.get("count")),
                medianTouches(milestones.get("median")), Format.percent(milestones.get("share_after_7")),
                "Relationships here may need fewer touches than the method's seven, or the log misses some."));
        if (!due.isEmpty()) {
            pdf.subheading("Overdue (" + Format.integer(due.size()) + ")");
            pdf.table(List.of("Partner", "Stage", "Last touch", "Days since", "Was due"),
                    ReviewContext.cells(due.stream().limit(20).toList(), r -> (String) r.get("name"),
                            r -> (String) r.get("stage"), r -> Format.text(r.get("last_touch")),
                            r -> Format.cell(r, "days_since_last_touch"), r -> Format.text(r.get("next_due"))),
                    new float[] {3.4f, 1.4f, 1.4f, 1.1f, 1.4f}, new int[] {3});
            if (due.size() > 20) {
                pdf.note("The full list is in actions/follow-ups-due.csv.");
            }
        }
        pdf.subheading("How partners moved between trends since last month");
        List<List<String>> matrix = new ArrayList<>();
        for (Map<String, Object> row : context.rows("select * from trend_transitions")) {
            List<String> line = new ArrayList<>(List.of("from " + row.get("from_trend")));
            TRENDS.forEach(t -> line.add(Format.number(row, t) == 0 ? "·" : Format.integer(row.get(t))));
            matrix.add(line);
        }
        List<String> header = new ArrayList<>(List.of("Last month → now"));
        header.addAll(TRENDS);
        pdf.table(header, matrix, new float[] {1.8f, 1, 1, 1, 1, 1, 1}, new int[] {1, 2, 3, 4, 5, 6});
    }
}
