package com.rapport.report.spotlight;

import com.lowagie.text.Paragraph;
import com.rapport.chart.ReferralTrendChart;
import com.rapport.chart.Theme;
import com.rapport.core.Settings;
import com.rapport.report.ReportData;
import com.rapport.report.pdf.DocumentDate;
import com.rapport.report.pdf.PdfBuilder;
import com.rapport.report.pdf.PdfProtection;
import com.rapport.report.pdf.PdfFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One page for the newsletter writer: the partner to feature in issue N, why, a small chart
 * of their referrals, the relationship facts, and the four runners-up.
 */
public final class SpotlightDocument {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final ReportData data;
    private final Settings settings;
    private final YearMonth month;
    private final DocumentDate date;

    public SpotlightDocument(ReportData data, Settings settings, YearMonth month, DocumentDate date) {
        this.data = data;
        this.settings = settings;
        this.month = month;
        this.date = date;
    }

    public void write(OutputStream out, PdfProtection protection) throws IOException {
        YearMonth issue = month.plusMonths(1);
        Map<String, Object> pick = data.row("select * from spotlight_pick");
        PdfBuilder pdf = PdfBuilder.open(out, settings.pageSize(), "Newsletter spotlight " + issue + " — "
                + settings.practiceName(), "The partner to feature in the " + issue.format(MONTH_NAME) + " newsletter",
                settings.practiceName() + " · newsletter spotlight " + issue, false, protection, date);
        PdfFonts fonts = pdf.fonts();
        pdf.note("Newsletter spotlight · " + issue.format(MONTH_NAME) + " issue · from data up to " + month.atEndOfMonth());
        pdf.add(new Paragraph(fonts.phrase((String) pick.get("name"), 22f, true, Theme.BLUE)));
        pdf.paragraph(String.join(" · ", nonEmpty((String) pick.get("organization"), (String) pick.get("category"))));
        pdf.lead("Why them: " + pick.get("reason") + ".");
        pdf.chart(ReferralTrendChart.create(data.rows("select * from spotlight_pick_monthly"), month,
                "Their referrals, 12 months to " + month, "Patients they referred to us and we referred to them"), 0.38f);
        pdf.subheading("The relationship");
        pdf.table(List.of("Partner since", "Touches so far", "Sent us (12 months)", "We gave back (12 months)",
                        "Partners they introduced", "People they know"),
                List.of(List.of(text(pick.get("partner_since")), number(pick.get("touches_total")),
                        number(pick.get("in_12m")), number(pick.get("giveback_12m")), number(pick.get("introduced_total")),
                        pick.get("network_size") == null ? "~" + settings.defaultNetworkSize()
                                : number(pick.get("network_size")))),
                new float[] {1.2f, 1f, 1f, 1.2f, 1.2f, 1f}, new int[] {1, 2, 3, 4, 5});
        pdf.subheading("Runners-up");
        List<List<String>> runners = new ArrayList<>();
        for (Map<String, Object> row : data.rows("select * from spotlight where rank > 1 order by rank")) {
            runners.add(List.of(number(row.get("rank")), (String) row.get("name"), (String) row.get("category"),
                    (String) row.get("reason")));
        }
        if (runners.isEmpty()) {
            pdf.paragraph("No other partner is eligible this month.");
        } else {
            pdf.table(List.of("#", "Partner", "Category", "Why"), runners, new float[] {0.4f, 2.4f, 1.2f, 5f},
                    new int[] {0});
        }
        pdf.note("Eligible: referred in the last 12 months, did not opt out, not featured in the last 12 issues, and "
                + "not of the same category as last month's spotlight. No patient information belongs in the story.");
        pdf.close();
    }

    private static List<String> nonEmpty(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static String number(Object value) {
        return value == null ? "—" : String.format(Locale.ENGLISH, "%,d", ((Number) value).longValue());
    }

    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }
}
