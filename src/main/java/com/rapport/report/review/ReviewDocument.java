package com.rapport.report.review;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
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
import java.util.List;

/**
 * The monthly partnership review: a cover, then the ten sections of docs/outputs.md in order,
 * each opening with what its numbers mean and whom to act on. It draws model rows only.
 */
public final class ReviewDocument {

    private static final List<ReviewSection> SECTIONS = List.of(new SummarySection(), new ReferralFlowSection(),
            new NetworkSection(), new ReciprocationSection(), new FollowUpSection(), new AskSection(),
            new ThankYouSection(), new ConnectSection(), new SpotlightSection(), new DataQualitySection());

    private final ReviewContext context;
    private final DocumentDate date;

    public ReviewDocument(ReportData data, Settings settings, YearMonth month, DocumentDate date) {
        this.context = new ReviewContext(data, settings, month);
        this.date = date;
    }

    public void write(OutputStream out, PdfProtection protection) throws IOException {
        Settings settings = context.settings();
        String title = "Partnership review " + context.month();
        PdfBuilder pdf = PdfBuilder.open(out, settings.pageSize(), title + " — " + settings.practiceName(),
                "Monthly partnership and referral review for " + context.monthName(),
                settings.practiceName() + " · " + title, true, protection, date);
        cover(pdf, pdf.fonts());
        for (int i = 0; i < SECTIONS.size(); i++) {
            ReviewSection section = SECTIONS.get(i);
            pdf.section(i + 1, section.title());
            section.write(pdf, context);
        }
        pdf.close();
    }

    private void cover(PdfBuilder pdf, PdfFonts fonts) {
        pdf.spacer(150);
        centred(pdf, new Paragraph(fonts.phrase(context.settings().practiceName(), 26f, true, Theme.BLUE)), 0);
        centred(pdf, new Paragraph(fonts.phrase("Monthly partnership review", 18f, false, Theme.INK)), 10);
        centred(pdf, new Paragraph(fonts.phrase(context.monthName(), 18f, true, Theme.INK)), 6);
        centred(pdf, new Paragraph(fonts.phrase("Data up to " + context.month().atEndOfMonth()
                + (date.fromEnvironment() ? " · generated " + date.date() : ""), 9f, false, Theme.MUTED)), 30);
        StringBuilder contents = new StringBuilder();
        for (int i = 0; i < SECTIONS.size(); i++) {
            contents.append(i + 1).append(". ").append(SECTIONS.get(i).title()).append('\n');
        }
        Paragraph list = new Paragraph(fonts.phrase(contents.toString(), 10f, false, Theme.INK));
        list.setLeading(15f);
        centred(pdf, list, 40);
    }

    private static void centred(PdfBuilder pdf, Paragraph paragraph, float spaceBefore) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spaceBefore);
        pdf.add(paragraph);
    }
}
