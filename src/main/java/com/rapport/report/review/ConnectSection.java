package com.rapport.report.review;

import com.rapport.chart.EventsChart;
import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 8. Connect: the events of 12 months, who we met, who became a referrer, and whom to meet next. */
final class ConnectSection implements ReviewSection {

    @Override
    public String title() {
        return "Connect";
    }

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        Map<String, Object> counts = context.row("select * from events_summary");
        long attended = Format.number(counts, "events");
        List<Map<String, Object>> best = context.rows("select * from events_to_revisit");
        pdf.lead(attended == 0 && context.nothingYet() != null
                ? context.nothingYet() + " No events attended in the last 12 months either: pick two for next month."
                : attended == 0 ? "No events attended in the last 12 months: pick two for next month."
                : best.isEmpty() ? String.format(Locale.ENGLISH, "%s attended; none of the new contacts has "
                        + "referred yet: follow up with them.", Format.plural(attended, "event", "events"))
                : String.format(Locale.ENGLISH, "%s attended. Go back to the ones where new contacts became "
                        + "referrers: %s.", Format.plural(attended, "event", "events"),
                best.stream().map(e -> (String) e.get("name") + " (" + e.get("date") + ")").reduce((a, b) -> a + ", " + b)
                        .orElse("")));
        List<Map<String, Object>> withContacts = context.rows("select * from events where contacts_met > 0 "
                + "order by date, event_id");
        pdf.chart(EventsChart.create(withContacts, context.twelveMonths()),
                Math.min(1.1f, 0.22f + 0.045f * withContacts.size()));
        long withoutContacts = Format.number(counts, "events_without_contacts");
        if (withoutContacts > 0) {
            pdf.note(Format.integer(withoutContacts) + " more events had no partner logged as met there.");
        }
        ProspectsPage.write(pdf, context);
    }
}
