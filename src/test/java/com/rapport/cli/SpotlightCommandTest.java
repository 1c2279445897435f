package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.testing.SampleReview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport spotlight}: the one-page brief, recording the pick, and the cases with no pick.
 * The runs on the sample start from a copy of the shared review's database, as the spotlight
 * of a month already reviewed does.
 */
@ExtendWith(SampleReview.Resolver.class)
class SpotlightCommandTest {

    @TempDir
    static Path folder;
    static SampleReview shared;
    static Path sample;
    static Path brief;
    static RapportCliTest.Run briefRun;

    /** One brief for the sample's October, which the tests below read and write again. */
    @BeforeAll
    static void copyTheSampleAndWriteTheBrief(SampleReview review) throws Exception {
        shared = review;
        shared.useItsPatientKey();
        sample = SampleReview.copyOfSample(folder.resolve("sample"));
        brief = folder.resolve("brief");
        shared.copyOfDatabase(brief.resolve("rapport.duckdb"));
        briefRun = RapportCliTest.run("spotlight", "--month", "2026-10", "--data", sample.toString(),
                "--out", brief.toString(), "--quiet");
    }

    @Test
    void theBriefIsOnePageWithThePickTheReasonAndFourRunnersUp() throws Exception {
        assertThat(briefRun.exit()).as(briefRun.err()).isZero();
        List<String> candidates = Files.readAllLines(brief.resolve("2026-10/actions/spotlight-candidates.csv"));
        assertThat(candidates).hasSize(6);
        String[] pick = candidates.get(1).split(",");
        assertThat(briefRun.out()).startsWith("spotlight for the 2026-11 issue: " + pick[2] + " (" + pick[1] + ")");
        try (PDDocument pdf = Loader.loadPDF(brief.resolve("2026-10/spotlight-2026-11.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains(pick[2], "Why them: ", "Runners-up", "The relationship", "November 2026");
            for (String runnerUp : candidates.subList(2, 6)) {
                assertThat(text).contains(runnerUp.split(",")[2]);
            }
        }
    }

    /** No clock in the brief: the same month from the same inputs is the same file, byte for byte. */
    @Test
    void theBriefWrittenAgainIsTheSameBytes() throws Exception {
        Path pdf = brief.resolve("2026-10/spotlight-2026-11.pdf");
        byte[] first = Files.readAllBytes(pdf);
        RapportCliTest.Run again = RapportCliTest.run("spotlight", "--month", "2026-10", "--data", sample.toString(),
                "--out", brief.toString(), "--quiet");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(first);
    }

    @Test
    void recordingAddsThePickOnceAndRefusesASecondTime() throws Exception {
        Path data = SampleReview.copyOfSample(folder.resolve("record"));
        Path out = folder.resolve("record-out");
        shared.copyOfDatabase(out.resolve("rapport.duckdb"));
        RapportCliTest.Run first = RapportCliTest.run("spotlight", "--data", data.toString(), "--out", out.toString(),
                "--quiet", "--record");
        assertThat(first.exit()).as(first.err()).isZero();
        List<String> lines = Files.readAllLines(data.resolve("spotlights.csv"));
        String pick = Files.readAllLines(out.resolve("2026-10/actions/spotlight-candidates.csv")).get(1).split(",")[1];
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2026-11," + pick);
        RapportCliTest.Run second = RapportCliTest.run("spotlight", "--data", data.toString(), "--out", out.toString(),
                "--quiet", "--record");
        assertThat(second.exit()).isEqualTo(ExitCode.BAD_ARGUMENT);
        assertThat(second.err().strip()).isEqualTo("rapport: the 2026-11 issue already has a spotlight (" + pick
                + " in spotlights.csv); remove that row to choose again");
        assertThat(Files.readAllLines(data.resolve("spotlights.csv"))).isEqualTo(lines);
    }

    @Test
    void withNobodyEligibleTheMessageSaysWhy() throws Exception {
        Path data = folder.resolve("opted-out");
        Files.createDirectories(data.resolve("contacts"));
        Files.writeString(data.resolve("contacts/contacts.csv"), "contact_id,full_name,spotlight_opt_out\n"
                + "C1,Ana Ortiz,yes\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("referrals.csv"), "referral_id,date,direction,partner\nr1,2026-10-01,in,C1\n",
                StandardCharsets.UTF_8);
        RapportCliTest.Run run = RapportCliTest.run("spotlight", "--data", data.toString(), "--out",
                folder.resolve("opted-out-out").toString(), "--quiet");
        assertThat(run.exit()).isEqualTo(ExitCode.NO_DATA);
        assertThat(run.err().strip()).isEqualTo("rapport: no partner is eligible for the 2026-11 spotlight: 1 partner "
                + "referred in 12 months, and 1 of them was opted out of the spotlight");
    }

    @Test
    void aMonthWithoutDataIsRefused() {
        // The brief's folder: its database has the sample already, so only the month is checked.
        RapportCliTest.Run run = RapportCliTest.run("spotlight", "--month", "2030-01", "--data", sample.toString(),
                "--out", brief.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.NO_DATA);
        assertThat(run.err()).contains("no data for 2030-01");
    }
}
