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
        List<Map<String, Object>> events = context.rows("select * from events order by date, event_id");
        List<Map<String, Object>> best = context.rows("select * from events where converted > 0 "
                + "order by converted desc, new_contacts desc, date desc limit 3");
        pdf.lead(events.isEmpty() && context.nothingYet() != null
                ? context.nothingYet() + " No events attended in the last 12 months either: pick two for next month."
                : events.isEmpty() ? "No events attended in the last 12 months: pick two for next month."
                : best.isEmpty() ? String.format(Locale.ENGLISH, "%s attended; none of the new contacts has "
                        + "referred yet: follow up with them.", Format.plural(events.size(), "event", "events"))
                : String.format(Locale.ENGLISH, "%s attended. Go back to the ones where new contacts became "
                        + "referrers: %s.", Format.plural(events.size(), "event", "events"),
                best.stream().map(e -> (String) e.get("name") + " (" + e.get("date") + ")").reduce((a, b) -> a + ", " + b)
                        .orElse("")));
        List<Map<String, Object>> withContacts = events.stream().filter(e -> Format.number(e, "contacts_met") > 0).toList();
        pdf.chart(EventsChart.create(withContacts, context.twelveMonths()),
                Math.min(1.1f, 0.22f + 0.045f * withContacts.size()));
        if (withContacts.size() < events.size()) {
            pdf.note((events.size() - withContacts.size()) + " more events had no partner logged as met there.");
        }
        ProspectsPage.write(pdf, context);
    }
}
