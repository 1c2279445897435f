package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.testing.SampleReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The monthly review as a reader gets it, read back from the PDF the CLI wrote for the sample data. */
@ExtendWith(SampleReview.Resolver.class)
class ReviewPdfTest {

    static final List<String> SECTIONS = List.of("1. Summary", "2. Referral flow", "3. Network reach — your top ten",
            "4. Reciprocation", "5. Follow-up", "6. Ready to ask", "7. Thank-you notes", "8. Connect",
            "9. Newsletter spotlight", "10. Data quality and method");

    static Path month;
    static String text;

    @BeforeAll
    static void readTheSampleReview(SampleReview sample) throws IOException {
        month = sample.out.resolve("2026-10");
        text = extract(month.resolve("partnership-review-2026-10.pdf"));
    }

    static String extract(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The sample's four contact exports (canonical, Google, Outlook, LinkedIn): 300 CRM
     * contacts plus 187 copies in the other exports merge into 300 partners, and the two
     * nickname entries that share only a phone stay apart as possible duplicates.
     */
    @Test
    void dataQualityShowsFormatsMergesAndPossibleDuplicates() throws IOException {
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("8 files read (contact formats: canonical, google, linkedin, outlook); "
                        + "487 contact records became 302 partners",
                "Merged contacts (152 partners from more than one record)",
                "Possible duplicates to review (2)",
                "Jennifer Williams (C00045) Jen Williams",
                "How each file was read", "File Delimiter Header line Footer lines Date order ZIPs padded",
                "contacts/linkedin-Connections.csv comma 4 0 0",
                "referrals.csv comma 1 0 0");
        List<String> records = Files.readAllLines(month.resolve("data/partner_records.csv"));
        assertThat(records).hasSize(1 + 487);
        assertThat(records.stream().filter(r -> r.startsWith("contacts/outlook.csv,")).toList()).hasSize(33)
                .allMatch(r -> r.endsWith(",email"));
        assertThat(Files.readAllLines(month.resolve("data/import_files.csv"))).contains(
                "contacts/outlook.csv,outlook,Windows-1252,33,33,0,0,comma,1,0,,0",
                "contacts/linkedin-Connections.csv,linkedin,UTF-8,50,50,0,0,comma,4,0,,0");
    }

    @Test
    void theTenSectionsComeInOrderAfterTheCover() {
        // the cover lists the contents; the sections follow it
        int previous = text.indexOf("10. Data quality and method");
        assertThat(text.indexOf("Monthly partnership review")).isNotNegative().isLessThan(previous);
        for (String section : SECTIONS) {
            int at = text.indexOf(section, previous + 1);
            assertThat(at).as(section).isGreaterThan(previous);
            previous = at;
        }
        assertThat(text).contains("October 2026", "Harborview Physical Therapy").containsPattern("Page 2 of \\d+");
    }

    @Test
    void everySectionHasABookmarkAndTheDocumentHasItsTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(month.resolve("partnership-review-2026-10.pdf").toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild(); item != null;
                 item = item.getNextSibling()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).isEqualTo(SECTIONS);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(
                    "Partnership review 2026-10 — Harborview Physical Therapy");
            assertThat(pdf.getDocumentInformation().getSubject()).contains("October 2026");
            // the sample's rapport.properties asks for Letter (612 x 792 points)
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void theSummaryShowsTheMonthsNumbersFromTheModelCsvs() throws IOException {
        List<String> kpis = Files.readAllLines(month.resolve("data/summary_kpis.csv"), StandardCharsets.UTF_8);
        assertThat(kpis.get(0)).isEqualTo("month,referrals_in,referrals_out,active_referrers,new_referrers,"
                + "thank_you_rate,reciprocation_rate,partnerships,follow_ups_overdue");
        String[] october = kpis.get(1).split(",");
        assertThat(text).contains(october[1] + " referrals came in");
        assertThat(text).contains("Referrals in " + october[1] + " ");
        assertThat(text).contains("Referrals out " + october[2] + " ");
        assertThat(text).contains("Partnerships " + october[7] + " ");
        assertThat(text).contains("Follow-ups overdue " + october[8] + " ");
    }

    @Test
    void theStoriesOfTheSampleDataAreNamedWhereTheOwnerActs() {
        assertThat(text).contains("Dr. Alan Reyes").contains("dormant");
        assertThat(text).contains("Dr. Priya Patel").contains("nothing back");
        assertThat(text).contains("Dr. Helen Okafor").contains("missed (over 7 days)");
        assertThat(text).contains("Feature ").contains("November 2026 newsletter");
        assertThat(text).contains("Dr. José Müller").contains("李小龙");
    }

    @Test
    void fontsAreEmbeddedTrueTypeAndChartsAreVectors() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(month.resolve("partnership-review-2026-10.pdf").toFile())) {
            List<String> fonts = new ArrayList<>();
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                images += inspect(page.getResources(), fonts);
            }
            assertThat(images).as("raster images").isZero();
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("embedded Type0"));
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans")).anyMatch(f -> f.contains("WenQuanYi"));
        }
    }

    /** Collects the fonts of a resource tree (pages and the chart templates in it); returns its raster images. */
    private static int inspect(PDResources resources, List<String> fonts) throws IOException {
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            boolean type0 = font instanceof PDType0Font && !(font instanceof PDType3Font);
            fonts.add((font.isEmbedded() ? "embedded " : "missing ") + (type0 ? "Type0 " : font.getClass().getSimpleName()
                    + " ") + font.getName());
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                images += inspect(form.getResources(), fonts);
            }
        }
        return images;
    }

    @Test
    void theActionListsAreWrittenBesideTheReview() throws IOException {
        for (String list : List.of("thank-you-notes-owed", "follow-ups-due", "ask-for-referral", "reciprocate",
                "spotlight-candidates")) {
            assertThat(month.resolve("actions/" + list + ".csv")).isRegularFile();
        }
        assertThat(Files.readAllLines(month.resolve("actions/reciprocate.csv")).get(0))
                .isEqualTo("partner_id,name,category,in_12m,giveback_12m,gap");
    }
}
