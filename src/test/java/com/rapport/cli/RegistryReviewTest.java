package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.Npi;
import com.rapport.testing.SampleReview;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's registry/ (the generated data folder's) in the review as a reader gets it
 * (verified partners, measured reach, prospects), and the same folder without it: one line
 * says what it would add.
 */
@ExtendWith(SampleReview.Resolver.class)
class RegistryReviewTest {

    /** The month's outputs with the sample's registry/ (the shared review), and without it. */
    static Path with;
    static Path without;
    /** The outputs of a few partners with only an NPPES file that lacks a required column. */
    static Path refused;
    @TempDir
    static Path folder;

    @BeforeAll
    static void review(SampleReview sample) throws IOException {
        with = sample.out.resolve("2026-10");
        System.setProperty("user.home", folder.resolve("home").toString());
        Path data = SampleReview.copyOfSample(folder.resolve("data"));
        try (Stream<Path> files = Files.walk(data.resolve("registry"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        without = run(data, "without");
        Path few = Files.createDirectories(folder.resolve("few/contacts")).getParent();
        Files.writeString(few.resolve("contacts/contacts.csv"), "contact_id,full_name,npi\nC1,Ana Ortiz,"
                + Npi.withCheckDigit("100000001") + "\n");
        Files.writeString(few.resolve("referrals.csv"), "referral_id,date,direction,partner\nr1,2026-10-01,in,C1\n");
        Files.createDirectories(few.resolve("registry"));
        Files.writeString(few.resolve("registry/npidata_pfile_20050523-20261011.csv"),
                "\"NPI\",\"Entity Type Code\"\r\n\"1000000012\",\"1\"\r\n");
        refused = run(few, "refused");
    }

    @Test
    void aRegistryFileThatCannotBeReadIsNamedWithItsReasonNotAskedFor() throws IOException {
        String text = pdf(refused);
        assertThat(text).contains("registry/npidata_pfile_20050523-20261011.csv: missing columns Replacement NPI,",
                "Not read from registry/:");
        assertThat(text).doesNotContain("Drop the public NPPES", "Whom to meet next");
    }

    @Test
    void aZipPlusFourIsNeverSplitAcrossLines() throws IOException {
        String text = ReviewPdfTest.extract(with.resolve("partnership-review-2026-10.pdf"));
        assertThat(text.lines().filter(line -> line.strip().matches(".*\\d{5}[-\u2011]$")).toList()).isEmpty();
        assertThat(text).contains("Salem 97235\u20115139");
    }

    @Test
    void moreNpiProblemsThanListedPointAtTheirCsv(@TempDir Path own) throws IOException {
        StringBuilder contacts = new StringBuilder("contact_id,full_name,npi\n");
        for (int i = 0; i < 30; i++) {
            contacts.append("c").append(i).append(",Pat Number").append(i).append(',')
                    .append(Npi.withCheckDigit("1" + String.format("%08d", 7000 + i))).append('\n');
        }
        Files.createDirectories(own.resolve("data/contacts"));
        Files.writeString(own.resolve("data/contacts/contacts.csv"), contacts);
        Files.writeString(own.resolve("data/referrals.csv"), "referral_id,date,direction,partner\nr1,2026-10-01,in,c0\n");
        // an NPPES file that knows none of the thirty NPIs
        com.rapport.testing.RegistryFiles.write(own.resolve("data/registry/npidata_pfile_20050523-20261011.csv"),
                com.rapport.testing.RegistryFiles.nppesV2(), List.of(com.rapport.testing.RegistryFiles.person(
                        "2000000010", "PAM", "ONE", "MD", "11 OAK ST", "PORTLAND", "97209", "5035550201", "207X00000X")));
        RapportCliTest.Run run = RapportCliTest.run("review", "--month", "2026-10", "--data", own.resolve("data").toString(),
                "--out", own.resolve("out").toString(), "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(pdf(own.resolve("out/2026-10"))).contains("30 partner NPIs checked: 0 active",
                "The first 25 of 30; all of them are in data/registry_npi_problems.csv.");
    }

    @Test
    void dataQualityNamesTheRegistryFilesRead() throws IOException {
        assertThat(pdf(with)).contains("Read from registry/: MUP_PHY_R26_P05_V10_D24_Prov.csv (CMS Medicare, 2024, ",
                "npidata_pfile_20050523-20261108.csv (NPPES, ");
    }

    private static Path run(Path data, String out) {
        RapportCliTest.Run run = RapportCliTest.run("review", "--month", "2026-10", "--data", data.toString(),
                "--out", folder.resolve(out).toString(), "--db", folder.resolve(out + ".duckdb").toString(), "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        return folder.resolve(out).resolve("2026-10");
    }

    private static String pdf(Path month) throws IOException {
        return ReviewPdfTest.extract(month.resolve("partnership-review-2026-10.pdf")).replaceAll("\\s+", " ");
    }

    @Test
    void theReviewShowsVerifiedPartnersMeasuredReachAndProspects() throws IOException {
        String text = pdf(with);
        assertThat(text).contains("as measured*", "Medicare pts*",
                "Medicare patients served in 2024 (CMS): traditional fee-for-service Medicare only",
                "Whom to meet next: clinicians near you who are not partners yet",
                "The first 15 of", "Verified partners (public registries)", "partner NPIs checked");
        assertThat(text).doesNotContain("Drop the public NPPES");
    }

    @Test
    void prospectsAndTheRegistryListsAreWrittenWithTheFiles() throws IOException {
        List<String> prospects = Files.readAllLines(with.resolve("actions/prospects.csv"));
        assertThat(prospects.get(0)).isEqualTo("rank,npi,name,credential,specialty,address,city,postal_code,phone,"
                + "medicare_patients,medicare_year,why");
        assertThat(prospects).hasSizeGreaterThan(16);
        // the reason writes the patients as the review prints them beside it, with a thousands separator
        assertThat(prospects.get(1)).contains(",1065,2024,", "; 1,065 traditional-Medicare patients in 2024;");
        List<String> partners = Files.readAllLines(with.resolve("data/registry_partners.csv"));
        // the generated registry knows the contacts' own NPIs: most of them active, with the same name
        assertThat(partners.stream().filter(l -> l.contains(",active,") && l.contains(",true,")).count())
                .isGreaterThan((partners.size() - 1) * 8 / 10);
        assertThat(with.resolve("data/registry_npi_problems.csv")).exists();
    }

    @Test
    void withoutRegistryFilesNothingChangesButOneLine() throws IOException {
        String text = pdf(without);
        assertThat(text).contains("Drop the public NPPES and CMS Medicare files into the data folder's registry/");
        assertThat(text).doesNotContain("Whom to meet next", "Verified partners", "Medicare pts", "as measured");
        assertThat(without.resolve("actions/prospects.csv")).doesNotExist();
        assertThat(without.resolve("data/registry_partners.csv")).doesNotExist();
        assertThat(without.resolve("data/registry_npi_problems.csv")).doesNotExist();
    }
}
