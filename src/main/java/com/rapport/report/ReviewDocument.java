package com.rapport.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import com.rapport.chart.ReferralTrendChart;
import com.rapport.chart.Theme;
import com.rapport.chart.TopReferrersChart;
import com.rapport.pipeline.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The monthly partnership review: a cover, then the sections of reports.md in order,
 * each opening with what its numbers mean and whom to act on. It draws model rows only.
 */
public final class ReviewDocument {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final ReportData data;
    private final Settings settings;
    private final YearMonth month;

    public ReviewDocument(ReportData data, Settings settings, YearMonth month) {
        this.data = data;
        this.settings = settings;
        this.month = month;
    }

    public void write(OutputStream out) throws IOException {
        Rectangle page = settings.pageSize() == Settings.PageSize.LETTER ? PageSize.LETTER : PageSize.A4;
        Document document = new Document(page, 54, 54, 54, 60);
        PdfFonts fonts = new PdfFonts();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String title = "Partnership review " + month;
        writer.setPageEvent(new PageFurniture(fonts, settings.practiceName() + " · " + title));
        document.addTitle(title + " — " + settings.practiceName());
        document.addSubject("Monthly partnership and referral review for " + month.format(MONTH_NAME));
        document.addCreator("Rapport");
        document.open();
        PdfBuilder pdf = new PdfBuilder(document, writer, fonts);
        cover(pdf);
        summary(pdf);
        referralFlow(pdf);
        dataQuality(pdf);
        document.close();
    }

    private void cover(PdfBuilder pdf) {
        PdfFonts fonts = pdf.fonts();
        pdf.spacer(150);
        Paragraph practice = new Paragraph(settings.practiceName(), fonts.bold(26f, Theme.BLUE));
        practice.setAlignment(Element.ALIGN_CENTER);
        pdf.add(practice);
        Paragraph what = new Paragraph("Monthly partnership review", fonts.text(18f));
        what.setAlignment(Element.ALIGN_CENTER);
        what.setSpacingBefore(10f);
        pdf.add(what);
        Paragraph when = new Paragraph(month.format(MONTH_NAME), fonts.bold(18f));
        when.setAlignment(Element.ALIGN_CENTER);
        when.setSpacingBefore(6f);
        pdf.add(when);
        Paragraph generated = new Paragraph("Data up to " + month.atEndOfMonth() + " · generated " + LocalDate.now(),
                fonts.text(9f, Theme.MUTED));
        generated.setAlignment(Element.ALIGN_CENTER);
        generated.setSpacingBefore(30f);
        pdf.add(generated);
    }

    private void summary(PdfBuilder pdf) {
        List<Map<String, Object>> flow = data.rows("select * from referral_flow_monthly order by month");
        Map<String, Object> now = monthRow(flow, month);
        Map<String, Object> before = monthRow(flow, month.minusMonths(1));
        Map<String, Object> lastYear = monthRow(flow, month.minusMonths(12));
        Map<String, Object> reciprocation = data.row("select * from reciprocation_summary");
        Map<String, Object> stages = data.row("select count(*) filter (where stage = 'partnership') as partnerships, "
                + "count(*) filter (where overdue) as overdue from follow_up");
        pdf.section(1, "Summary");
        long in = number(now, "referrals_in");
        long inBefore = number(before, "referrals_in");
        pdf.lead(String.format(Locale.ENGLISH, "%s: %d referrals came in this month (%s), from %d partners; "
                        + "%d of them referred for the first time.",
                month.format(MONTH_NAME), in, Change.words(in, inBefore, "last month"),
                number(now, "active_referrers"), number(now, "new_referrers")));
        List<List<String>> rows = new ArrayList<>();
        rows.add(kpi("Referrals in", now, before, lastYear, "referrals_in"));
        rows.add(kpi("Referrals out", now, before, lastYear, "referrals_out"));
        rows.add(kpi("Active referrers", now, before, lastYear, "active_referrers"));
        rows.add(kpi("New referrers", now, before, lastYear, "new_referrers"));
        rows.add(List.of("Thank-you rate", Format.percent(now.get("thank_you_rate")),
                Format.percent(before.get("thank_you_rate")), Change.ofRates(now.get("thank_you_rate"),
                        before.get("thank_you_rate")), Format.percent(lastYear.get("thank_you_rate")),
                Change.ofRates(now.get("thank_you_rate"), lastYear.get("thank_you_rate"))));
        pdf.table(List.of("Measure", "This month", "Last month", "Change", "Same month last year", "Change"), rows,
                new float[] {2.2f, 1.2f, 1.2f, 1.6f, 1.6f, 1.6f}, new int[] {1, 2, 4});
        pdf.subheading("Relationships over the last 12 months");
        pdf.table(List.of("Measure", "Value", "What it means"), List.of(
                List.of("Reciprocation rate", Format.percent(reciprocation.get("reciprocation_rate")),
                        "share of referring partners we gave something back to"),
                List.of("Partnerships", Format.integer(stages.get("partnerships")),
                        "partners who refer to us and to whom we give back"),
                List.of("Follow-ups overdue", Format.integer(stages.get("overdue")),
                        "partners not touched within their cadence")),
                new float[] {2.2f, 1.2f, 5f}, new int[] {1});
        pdf.note("Changes are shown in words and arrows: ▲ up, ▼ down. Referral counts include referrals whose "
                + "partner could not be matched (see Data quality).");
    }

    private void referralFlow(PdfBuilder pdf) {
        pdf.section(2, "Referral flow");
        List<Map<String, Object>> declining = data.rows("select name, trend, in_t3, in_p3, last_in from "
                + "referral_flow_by_partner where trend in ('declining', 'dormant') order by in_12m desc, name limit 8");
        String named = declining.isEmpty() ? "No referrer is declining or dormant: keep the cadence."
                : "Call these referrers who slowed down or stopped: " + String.join(", ",
                declining.stream().limit(4).map(r -> (String) r.get("name")).toList()) + ".";
        pdf.lead("Where patients come from and where we send them. " + named);
        pdf.chart(ReferralTrendChart.create(data.rows("select month, referrals_in, referrals_out "
                + "from referral_flow_monthly order by month"), month), 0.5f);
        pdf.chart(TopReferrersChart.create(data.rows("select name, in_12m from referral_flow_by_partner "
                + "where in_12m > 0 order by in_12m desc, name, partner_id limit 10"), "12 months to " + month), 0.55f);
        pdf.subheading("Declining and dormant referrers");
        if (declining.isEmpty()) {
            pdf.paragraph("None this month.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Map<String, Object> r : declining) {
                rows.add(List.of((String) r.get("name"), (String) r.get("trend"), Format.integer(r.get("in_t3")),
                        Format.integer(r.get("in_p3")), Format.text(r.get("last_in"))));
            }
            pdf.table(List.of("Partner", "Trend", "Last 3 months", "3 months before", "Last referral"), rows,
                    new float[] {3.5f, 1.3f, 1.3f, 1.5f, 1.5f}, new int[] {2, 3});
        }
        Map<String, Object> concentration = data.row("select * from referral_concentration");
        pdf.subheading("Concentration");
        pdf.paragraph(String.format(Locale.ENGLISH, "%s partners referred in the last 12 months; the top ten sent %s "
                        + "of matched referrals (HHI %s on a 0–10,000 scale; above 2,500 means a few partners "
                        + "carry the practice).", Format.integer(concentration.get("referring_partners_12m")),
                Format.percent(concentration.get("top10_share_12m")), Format.integer(concentration.get("hhi_12m"))));
    }

    private void dataQuality(PdfBuilder pdf) {
        pdf.section(3, "Data quality and method");
        List<Map<String, Object>> files = data.rows("select * from import_files");
        List<Map<String, Object>> unmatched = data.rows("select * from unmatched_references");
        Map<String, Object> partners = data.row("select count(*) as partners, sum(records) as records from partners");
        pdf.lead(String.format(Locale.ENGLISH, "%d files read; %s contact records became %s partners; %d references "
                        + "matched no partner or more than one. Fix them in the source system to count them per partner.",
                files.size(), Format.integer(partners.get("records")), Format.integer(partners.get("partners")),
                unmatched.size()));
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> f : files) {
            rows.add(List.of((String) f.get("file"), (String) f.get("format"), (String) f.get("encoding"),
                    Format.integer(f.get("rows_read")), Format.integer(f.get("rows_loaded")),
                    Format.integer(f.get("rows_rejected")), Format.integer(f.get("rows_duplicate"))));
        }
        pdf.table(List.of("File", "Format", "Encoding", "Read", "Loaded", "Rejected", "Duplicates"), rows,
                new float[] {3.2f, 1.3f, 1.6f, 1f, 1f, 1.1f, 1.2f}, new int[] {3, 4, 5, 6});
        if (!unmatched.isEmpty()) {
            pdf.subheading("Unmatched references");
            List<List<String>> refs = new ArrayList<>();
            for (Map<String, Object> u : unmatched) {
                refs.add(List.of((String) u.get("file"), Format.integer(u.get("row")), (String) u.get("column"),
                        Theme.fit((String) u.get("reference"), 48), (String) u.get("problem")));
            }
            pdf.table(List.of("File", "Row", "Column", "Reference", "Problem"), refs,
                    new float[] {2f, 0.8f, 1.2f, 4f, 1.2f}, new int[] {1});
        }
        List<Map<String, Object>> rejects = data.rows("select file, line, \"column\", reason from import_issues "
                + "where kind = 'rejected' order by file, line limit 20");
        if (!rejects.isEmpty()) {
            pdf.subheading("Rejected rows (all of them are in rejects.csv)");
            List<List<String>> rows2 = new ArrayList<>();
            for (Map<String, Object> r : rejects) {
                rows2.add(List.of((String) r.get("file"), Format.integer(r.get("line")), (String) r.get("column"),
                        (String) r.get("reason")));
            }
            pdf.table(List.of("File", "Line", "Column", "Reason"), rows2, new float[] {2f, 0.8f, 1.2f, 5f},
                    new int[] {1});
        }
        pdf.subheading("Settings used");
        pdf.table(List.of("Setting", "Value"), List.of(
                List.of("Touches before a relationship is established", Integer.toString(settings.establishedTouches())),
                List.of("Network size when a contact has none", Integer.toString(settings.defaultNetworkSize())),
                List.of("Top partners in the network map", Integer.toString(settings.topPartners())),
                List.of("Gift cap for " + month.getYear(), settings.giftCap(month.getYear()).isPresent()
                        ? Format.money(settings.giftCap(month.getYear()).getAsDouble()) : "not set"),
                List.of("Reject threshold per file", Format.percent(settings.rejectThreshold()))),
                new float[] {5f, 2f}, new int[] {1});
    }

    private static List<String> kpi(String label, Map<String, Object> now, Map<String, Object> before,
                                    Map<String, Object> lastYear, String column) {
        long value = number(now, column);
        return List.of(label, Long.toString(value), Format.integer(before.get(column)),
                before.isEmpty() ? "—" : Change.arrow(value, number(before, column)),
                Format.integer(lastYear.get(column)),
                lastYear.isEmpty() ? "—" : Change.arrow(value, number(lastYear, column)));
    }

    private static Map<String, Object> monthRow(List<Map<String, Object>> flow, YearMonth m) {
        return flow.stream().filter(r -> m.toString().equals(r.get("month"))).findFirst().orElse(Map.of());
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
