package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review with names from many scripts, a name too long for a chart, one partner, and no inbound referrals. */
class ReviewEdgeCasesTest {

    static final String LONG_NAME = "Dr. Maximiliana Bartholomew-Featherstonehaugh von Wolkenstein-Trostburg";

    @TempDir
    static Path folder;

    @BeforeAll
    static void home() {
        System.setProperty("user.home", folder.resolve("home").toString());
    }

    static String review(String name, String contacts, String referrals) throws Exception {
        Path data = folder.resolve(name);
        Files.createDirectories(data.resolve("contacts"));
        Files.writeString(data.resolve("contacts/contacts.csv"), "contact_id,full_name,category\n" + contacts,
                StandardCharsets.UTF_8);
        Files.writeString(data.resolve("referrals.csv"), "referral_id,date,direction,partner\n" + referrals,
                StandardCharsets.UTF_8);
        RapportCliTest.Run run = RapportCliTest.run("review", "--data", data.toString(), "--out",
                folder.resolve(name + "-out").toString(), "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        return ReviewPdfTest.extract(folder.resolve(name + "-out/2026-10/partnership-review-2026-10.pdf"));
    }

    @Test
    void namesInEveryScriptPrintAndALongNameIsShortenedInChartsOnly() throws Exception {
        String text = review("names", """
                C1,José Müller,dentist
                C2,Søren Kjær,attorney
                C3,Nguyễn Văn An,employer
                C4,李小龙,community
                C5,%s,physician
                """.formatted(LONG_NAME), """
                r1,2026-10-01,in,C1
                r2,2026-10-02,in,C2
                r3,2026-10-03,in,C3
                r4,2026-10-04,in,C4
                r5,2026-10-05,in,C5
                r6,2026-10-06,in,C5
                """);
        assertThat(text).contains("José Müller", "Søren Kjær", "Nguyễn Văn An", "李小龙");
        // in the top-referrers chart too, where a label mixing scripts is drawn in the CJK font whole
        assertThat(text).contains("5. 李小龙");
        assertThat(text).contains("Dr. Maximiliana Bartholomew-F…").contains(LONG_NAME);
    }

    @Test
    void withNoInboundReferralsTheChartsSaySoInWords() throws Exception {
        String text = review("outbound-only", "C1,Ana Ortiz,physician\n", "r1,2026-10-01,out,C1\n");
        assertThat(text).contains("No referrals from partners in this period");
        assertThat(text).contains("No events attended in the last 12 months");
        assertThat(text).contains("No partner is eligible for the November 2026 spotlight");
    }

    @Test
    void onePartnerIsEnoughForEverySection() throws Exception {
        String text = review("one-partner", "C1,Ana Ortiz,physician\n", "r1,2026-10-01,in,C1\n");
        assertThat(text).contains("10. Data quality and method").contains("1. Ana Ortiz");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(
                folder.resolve("one-partner-out/2026-10/partnership-review-2026-10.pdf").toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A4 by default").isEqualTo(595f, within(1f));
        }
    }
}
