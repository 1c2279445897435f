package com.rapport.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfBuilderTest {

    private static byte[] document(DocumentDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfBuilder pdf = PdfBuilder.open(out, Settings.PageSize.A4, "Title", "Subject", "Footer", false,
                PdfProtection.none(), date);
        pdf.section(1, "Summary");
        pdf.paragraph("José Müller and 王小明 referred 3 patients.");
        pdf.close();
        return out.toByteArray();
    }

    /** No clock and no chance in the bytes: dates, file id and font subset tags are the same every time. */
    @Test
    void theSameContentAndDateGiveTheSameBytes() {
        DocumentDate date = DocumentDate.of(Map.of(), YearMonth.of(2026, 10));
        assertThat(document(date)).isEqualTo(document(date));
    }

    @Test
    void theDocumentCarriesItsDateAsCreationAndModificationDate() throws IOException {
        DocumentDate date = DocumentDate.of(Map.of("SOURCE_DATE_EPOCH", "1767229261"), YearMonth.of(2026, 10));
        try (PDDocument pdf = Loader.loadPDF(document(date))) {
            Instant expected = Instant.parse("2026-01-01T01:01:01Z");
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(expected);
            assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(expected);
        }
    }

    @Test
    void anotherDateGivesAnotherFileIdentifier() throws IOException {
        byte[] october = document(DocumentDate.of(Map.of(), YearMonth.of(2026, 10)));
        byte[] november = document(DocumentDate.of(Map.of(), YearMonth.of(2026, 11)));
        try (PDDocument a = Loader.loadPDF(october); PDDocument b = Loader.loadPDF(november)) {
            assertThat(a.getDocument().getDocumentID()).isNotEqualTo(b.getDocument().getDocumentID());
        }
    }
}
