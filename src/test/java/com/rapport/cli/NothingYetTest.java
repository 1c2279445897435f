package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A practice with nothing yet gets its review: a contact export that is header-only, empty
 * (zero bytes) or absent, and a new practice whose every file is header-only or empty. Every
 * section then says so in its first sentence, and the spotlight says why there is no pick.
 * Fixtures: {@code src/test/resources/empty}.
 */
class NothingYetTest {

    private static final Path FIXTURES = Path.of("src/test/resources/empty");
    /** Sections 1 to 9 open with it; the data-quality section counts the files instead. */
    private static final int SECTIONS_WITH_A_LEAD = 9;

    @TempDir
    static Path folder;

    @BeforeAll
    static void home() {
        System.setProperty("user.home", folder.resolve("home").toString());
    }

    private static Path dataFolder(String name, String contacts, String referrals, boolean otherFiles)
            throws Exception {
        Path data = Files.createDirectories(folder.resolve(name));
        if (contacts != null) {
            Files.createDirectories(data.resolve("contacts"));
            Files.copy(FIXTURES.resolve(contacts), data.resolve("contacts/crm.csv"));
        }
        Files.copy(FIXTURES.resolve(referrals), data.resolve("referrals.csv"));
        if (otherFiles) {
            for (String kind : new String[] {"interactions", "events", "spotlights"}) {
                Files.copy(FIXTURES.resolve(kind + "-header-only.csv"), data.resolve(kind + ".csv"));
            }
        }
        return data;
    }

    /** @param month the report month, or null for the default (the latest with referrals) */
    private static String review(Path data, String month) throws Exception {
        Path out = folder.resolve(data.getFileName() + "-out");
        List<String> args = new ArrayList<>(List.of("review", "--data", data.toString(), "--out", out.toString(),
                "--quiet"));
        if (month != null) {
            args.addAll(List.of("--month", month));
        }
        RapportCliTest.Run run = RapportCliTest.run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return ReviewPdfTest.extract(out.resolve("2026-10/partnership-review-2026-10.pdf")).replaceAll("\\s+", " ");
    }

    private static int count(String text, String phrase) {
        Matcher m = Pattern.compile(Pattern.quote(phrase)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String importFiles(Path data) throws Exception {
        return Files.readString(folder.resolve(data.getFileName() + "-out/2026-10/data/import_files.csv"));
    }

    @Test
    void aHeaderOnlyContactExportGetsAReviewThatSaysThereAreNoPartnersYet() throws Exception {
        Path data = dataFolder("header-only", "contacts-header-only.csv", "referrals.csv", false);
        String text = review(data, null);
        assertThat(count(text, "No partners yet: no contact export holds a contact")).isEqualTo(SECTIONS_WITH_A_LEAD);
        assertThat(text).contains("0 contact records became 0 partners; 2 references matched no partner");
        assertThat(importFiles(data)).contains("contacts/crm.csv,canonical,UTF-8,0,0,0,0",
                "referrals.csv,canonical,UTF-8,2,2,0,0");
    }

    @Test
    void anEmptyContactExportGetsTheSameReview() throws Exception {
        Path data = dataFolder("zero-bytes", "contacts-empty.csv", "referrals.csv", false);
        String text = review(data, null);
        assertThat(count(text, "No partners yet: no contact export holds a contact")).isEqualTo(SECTIONS_WITH_A_LEAD);
        assertThat(importFiles(data)).contains("contacts/crm.csv,empty,UTF-8,0,0,0,0");
    }

    @Test
    void aDataFolderWithoutContactExportsGetsTheSameReview() throws Exception {
        Path data = dataFolder("absent", null, "referrals.csv", false);
        String text = review(data, null);
        assertThat(count(text, "No partners yet: no contact export holds a contact")).isEqualTo(SECTIONS_WITH_A_LEAD);
        assertThat(importFiles(data)).doesNotContain("contacts/");
    }

    /** Nothing at all: the month must be named, and the spotlight says plainly why there is no pick. */
    @Test
    void aNewPracticeWithOnlyHeadersGetsAReviewAndASpotlightMessage() throws Exception {
        Path data = dataFolder("new-practice", "contacts-header-only.csv", "referrals-header-only.csv", true);
        String text = review(data, "2026-10");
        assertThat(count(text, "Nothing yet: no partner and no referral is recorded up to 2026-10."))
                .isEqualTo(SECTIONS_WITH_A_LEAD);
        assertThat(text).contains("5 files read");
        // Inside the sections too: plain sentences, no "top 0", "0 of 0" or a percentage shown as a dash.
        assertThat(text).contains("No referrals in these months", "Your top partners",
                "No partnerships yet, and no partner came through an introduction.",
                "No partner referred in the last 12 months, so no one carries the practice yet.");
        // A4: each heading of the files table on one line, not broken inside the word
        assertThat(text).contains("File Format Encoding Read Loaded Rejected Duplicates");
        assertThat(text).doesNotContain("top 0", "0 of 0", "about 0 people", "sent —", "HHI —");
        assertThat(importFiles(data)).contains("events.csv,canonical,UTF-8,0,0,0,0",
                "interactions.csv,canonical,UTF-8,0,0,0,0", "referrals.csv,canonical,UTF-8,0,0,0,0",
                "spotlights.csv,canonical,UTF-8,0,0,0,0");
        RapportCliTest.Run spotlight = RapportCliTest.run("spotlight", "--month", "2026-10", "--data", data.toString(),
                "--out", folder.resolve("new-practice-out").toString(), "--quiet");
        assertThat(spotlight.exit()).isEqualTo(ExitCode.NO_DATA);
        assertThat(spotlight.err()).isEqualTo("rapport: no partner is eligible for the 2026-11 spotlight: nobody "
                + "referred a patient in the 12 months to 2026-10\n");
    }

    /** Zero-byte activity files are "no such records" as well. */
    @Test
    void emptyActivityFilesGetAReviewToo() throws Exception {
        Path data = dataFolder("empty-activity", "contacts-empty.csv", "contacts-empty.csv", false);
        for (String kind : new String[] {"interactions", "events", "spotlights"}) {
            Files.copy(FIXTURES.resolve("contacts-empty.csv"), data.resolve(kind + ".csv"));
        }
        String text = review(data, "2026-10");
        assertThat(count(text, "Nothing yet: no partner and no referral is recorded up to 2026-10."))
                .isEqualTo(SECTIONS_WITH_A_LEAD);
        assertThat(importFiles(data)).contains("interactions.csv,empty,UTF-8,0,0,0,0",
                "referrals.csv,empty,UTF-8,0,0,0,0");
    }
}
