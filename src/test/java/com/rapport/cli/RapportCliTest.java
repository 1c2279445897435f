package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.testing.SampleReview;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: review a month of the sample, read the PDF back, and the cases around it. */
@ExtendWith(SampleReview.Resolver.class)
class RapportCliTest {

    @TempDir
    static Path folder;
    static SampleReview sample;
    static Path data;
    static Path out;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = RapportCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void shareTheSampleReview(SampleReview shared) {
        sample = shared;
        sample.useItsPatientKey();
        data = sample.data;
        out = sample.out;
    }

    /** The shared review's run itself asserts that it ended with exit 0. */
    @Test
    void reviewWritesThePdfTheModelCsvsAndTheActionLists() {
        assertThat(sample.console).startsWith("wrote " + out.resolve("2026-10/partnership-review-2026-10.pdf"));
        Path month = out.resolve("2026-10");
        assertThat(month.resolve("partnership-review-2026-10.pdf")).isRegularFile();
        assertThat(month.resolve("data/referral_flow_monthly.csv")).isRegularFile();
        assertThat(month.resolve("data/referral_flow_by_partner.csv")).isRegularFile();
        assertThat(month.resolve("actions/thank-you-notes-owed.csv")).isRegularFile();
        assertThat(month.resolve("rejects.csv")).isRegularFile();
    }

    @Test
    void aPastMonthRebuiltAfterNewerDataArrivedGivesIdenticalModelCsvs() throws Exception {
        Path before = folder.resolve("september-only");
        // the contact exports and the public registry files are not dated: the same in September
        for (String folderName : List.of("contacts", "registry")) {
            Files.createDirectories(before.resolve(folderName));
            try (var exports = Files.list(data.resolve(folderName))) {
                for (Path export : exports.toList()) {
                    Files.copy(export, before.resolve(folderName).resolve(export.getFileName()));
                }
            }
        }
        Files.copy(data.resolve("rapport.properties"), before.resolve("rapport.properties"));
        keepUpTo(data.resolve("interactions.csv"), before.resolve("interactions.csv"), 1, "2026-09-30");
        keepUpTo(data.resolve("referrals.csv"), before.resolve("referrals.csv"), 1, "2026-09-30");
        keepUpTo(data.resolve("events.csv"), before.resolve("events.csv"), 1, "2026-09-30");
        keepUpTo(data.resolve("spotlights.csv"), before.resolve("spotlights.csv"), 0, "2026-09");
        Path early = folder.resolve("built-in-september");
        Path late = folder.resolve("rebuilt-in-november");
        // rebuilt from the database that holds everything up to October, as a user's would
        Path lateDb = sample.copyOfDatabase(late.resolve("rapport.duckdb"));
        assertThat(run("review", "--month", "2026-09", "--data", before.toString(), "--out", early.toString(),
                "--quiet").exit()).isZero();
        Run rebuilt = run("review", "--month", "2026-09", "--data", data.toString(), "--out", late.toString(),
                "--db", lateDb.toString(), "--quiet");
        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        List<String> differentByDesign = List.of("import_files.csv", "records_after_as_of.csv");
        try (var files = Files.list(early.resolve("2026-09/data"))) {
            for (Path file : files.toList()) {
                if (!differentByDesign.contains(file.getFileName().toString())) {
                    assertThat(late.resolve("2026-09/data").resolve(file.getFileName())).as(file.getFileName().toString())
                            .hasSameTextualContentAs(file);
                }
            }
        }
    }

    /** Copies a CSV keeping the header and the rows whose column sorts on or before the cut-off. */
    private static void keepUpTo(Path from, Path to, int column, String last) throws Exception {
        List<String> lines = Files.readAllLines(from);
        List<String> kept = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            if (line.split(",", -1)[column].compareTo(last) <= 0) {
                kept.add(line);
            }
        }
        Files.write(to, kept);
    }

    @Test
    void aMissingDataFolderIsOneClearLine() {
        Run run = run("review", "--data", folder.resolve("nowhere").toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.MISSING_INPUT);
        assertThat(run.err()).startsWith("rapport: data folder").contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void aMonthWithoutDataIsOneClearLine() {
        Run run = run("review", "--month", "2031-01", "--data", data.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.NO_DATA);
        assertThat(run.err().strip()).isEqualTo("rapport: no data for 2031-01: the referrals run from 2024-05 to 2026-10");
    }

    @Test
    void aMalformedMonthIsAUsageError() {
        Run run = run("review", "--month", "October", "--data", data.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_ARGUMENT);
        assertThat(run.err()).contains("'October' is not a month; write it as YYYY-MM");
    }

    @Test
    void aMissingRequiredColumnRefusesTheFileByName() throws Exception {
        Path broken = folder.resolve("broken");
        Files.createDirectories(broken.resolve("contacts"));
        Files.copy(data.resolve("contacts/crm-export.csv"), broken.resolve("contacts/crm-export.csv"));
        Files.copy(data.resolve("referrals.csv"), broken.resolve("referrals.csv"));
        Files.writeString(broken.resolve("events.csv"), "event_id,name\nE1,Breakfast\n");
        Run run = run("review", "--data", broken.toString(), "--out", folder.resolve("broken-out").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(run.err()).contains("events.csv: missing required column(s) date; found event_id, name")
                .doesNotContain("Exception");
    }

    /** merges.csv is the user's current list: a pair in it merges on the next run, and removing the file undoes it. */
    @Test
    void aConfirmedPairMergesAndRemovingMergesCsvUndoesIt() throws Exception {
        Path copy = SampleReview.copyOfSample(folder.resolve("with-merges"));
        // the sample imported and reviewed already: merges.csv arrives for the next run
        Path db = sample.copyOfDatabase(folder.resolve("with-merges.duckdb"));
        String[] review = {"review", "--data", copy.toString(), "--db", db.toString(), "--out",
                folder.resolve("with-merges-out").toString(), "--quiet"};
        Files.writeString(copy.resolve("merges.csv"), "reference_a,reference_b\nJen Williams,C00045\n");
        assertThat(run(review).exit()).isZero();
        assertThat(partnersAndDuplicates(db)).isEqualTo("301 partners, 1 possible duplicate, C00045 from 2 records");
        Files.delete(copy.resolve("merges.csv"));
        // rapport import only imports: the review after it merges again, from the import's marks
        assertThat(run("import", "--data", copy.toString(), "--db", db.toString(), "--quiet").exit()).isZero();
        assertThat(run(review).exit()).isZero();
        assertThat(partnersAndDuplicates(db)).isEqualTo("302 partners, 2 possible duplicate, C00045 from 1 records");
    }

    private static String partnersAndDuplicates(Path db) throws Exception {
        try (var database = com.rapport.store.Database.open(db, "256MB");
             var statement = database.connection().createStatement();
             var rs = statement.executeQuery("select (select count(*) from partners), "
                     + "(select count(*) from duplicate_candidates), "
                     + "(select records from partners where partner_id = 'C00045')")) {
            rs.next();
            return rs.getLong(1) + " partners, " + rs.getLong(2) + " possible duplicate, C00045 from "
                    + rs.getLong(3) + " records";
        }
    }

    /**
     * The monthly case: activity rows appended to the exports are read alone, only their new
     * references are resolved (from the stored keys: an e-mail, an NPI, a file-qualified id, a
     * name written otherwise, one nobody has), and every model CSV equals a review built from
     * scratch. Last month's run is the shared review: its outputs and database, copied.
     */
    @Test
    void appendedActivityGivesTheSameReviewAsAFullRebuild() throws Exception {
        Path monthly = SampleReview.copyOfSample(folder.resolve("monthly"));
        Path monthlyOut = sample.copyOfOutputs(folder.resolve("monthly-out"));
        String email = Files.readAllLines(monthly.resolve("contacts/crm-export.csv")).get(3).split(",")[7];
        String[] first = Files.readAllLines(monthly.resolve("contacts/crm-export.csv")).get(1).split(",");
        Files.writeString(monthly.resolve("interactions.csv"), "IAPPEND1,2026-10-30,C00002,gift,outbound,,40,\n"
                + "IAPPEND2,2026-10-31," + email + ",call,outbound,,,\n"
                + "IAPPEND3,2026-10-29," + first[9] + ",call,outbound,,,\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(monthly.resolve("referrals.csv"), "RAPPEND1,2026-10-31,in," + email + ",PT-APPENDED,,,seen\n"
                + "RAPPEND2,2026-10-30,in,crm-export.csv:C00004,PT-APPENDED2,,,seen\n"
                + "RAPPEND3,2026-10-30,in,  " + first[1].toUpperCase(java.util.Locale.ROOT) + " ,PT-APPENDED3,,,seen\n"
                + "RAPPEND4,2026-10-29,in,Somebody Unknown,PT-APPENDED4,,,seen\n",
                java.nio.file.StandardOpenOption.APPEND);
        Run again = run("review", "--data", monthly.toString(), "--out", monthlyOut.toString(), "--timings");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("imported interactions.csv", "appended");
        Path scratchOut = folder.resolve("monthly-scratch");
        assertThat(run("review", "--data", monthly.toString(), "--out", scratchOut.toString(), "--quiet").exit())
                .isZero();
        try (var files = Files.list(scratchOut.resolve("2026-10/data"))) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("import_files.csv")) {
                    assertThat(monthlyOut.resolve("2026-10/data").resolve(file.getFileName()))
                            .as(file.getFileName().toString()).hasSameTextualContentAs(file);
                }
            }
        }
        // The summary's last-month and last-year columns came from the cache in the monthly run.
        assertThat(ReviewPdfTest.extract(monthlyOut.resolve("2026-10/partnership-review-2026-10.pdf")))
                .isEqualTo(ReviewPdfTest.extract(scratchOut.resolve("2026-10/partnership-review-2026-10.pdf")));
    }

    /**
     * Nothing changed since the month was written: the run says so; a missing output or --force
     * writes it again, byte for byte the same PDF (no clock in it).
     */
    @Test
    void anUnchangedMonthIsUpToDateUntilAnOutputGoesOrForceIsGiven() throws Exception {
        // the shared review's outputs and database, as that run left them
        Path again = sample.copyOfOutputs(folder.resolve("again"));
        Path pdf = again.resolve("2026-10/partnership-review-2026-10.pdf");
        byte[] first = Files.readAllBytes(pdf);
        Run second = run("review", "--month", "2026-10", "--data", data.toString(), "--out", again.toString(), "--quiet");
        assertThat(second.exit()).isZero();
        assertThat(second.out().strip()).isEqualTo(again.resolve("2026-10") + " is up to date: nothing changed since "
                + "it was written (--force writes it again)");
        Files.delete(again.resolve("2026-10/data/follow_up.csv"));
        assertThat(run("review", "--month", "2026-10", "--data", data.toString(), "--out", again.toString(), "--quiet")
                .out()).startsWith("wrote ");
        assertThat(again.resolve("2026-10/data/follow_up.csv")).isRegularFile();
        assertThat(run("review", "--month", "2026-10", "--data", data.toString(), "--out", again.toString(), "--quiet",
                "--force").out()).startsWith("wrote ");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(first);
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version").out()).startsWith("rapport ");
        assertThat(run("--help").out()).contains("review", "spotlight", "import", "generate");
    }
}
