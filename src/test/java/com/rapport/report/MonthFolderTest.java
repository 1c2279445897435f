package com.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The month's outputs switch as one unit, keep the spotlight briefs, and survive a run killed mid-switch. */
class MonthFolderTest {

    @TempDir
    Path out;

    private Path oldMonth() throws Exception {
        Path month = Files.createDirectories(out.resolve("2026-10/data"));
        Files.writeString(month.resolve("summary_kpis.csv"), "old\n");
        Files.writeString(out.resolve("2026-10/partnership-review-2026-10.pdf"), "old pdf");
        Files.writeString(out.resolve("2026-10/spotlight-2026-11.pdf"), "spotlight brief");
        return out.resolve("2026-10");
    }

    @Test
    void publishingSwitchesEveryFileAndKeepsWhatTheReviewDoesNotWrite() throws Exception {
        Path month = oldMonth();
        MonthFolder folder = new MonthFolder(month);
        Path staged = folder.stage();
        Files.createDirectories(staged.resolve("data"));
        Files.writeString(staged.resolve("data/summary_kpis.csv"), "new\n");
        Files.writeString(staged.resolve("partnership-review-2026-10.pdf"), "new pdf");

        assertThat(Files.readString(month.resolve("data/summary_kpis.csv"))).isEqualTo("old\n");
        folder.publish(staged);

        assertThat(Files.readString(month.resolve("data/summary_kpis.csv"))).isEqualTo("new\n");
        assertThat(Files.readString(month.resolve("partnership-review-2026-10.pdf"))).isEqualTo("new pdf");
        assertThat(Files.readString(month.resolve("spotlight-2026-11.pdf"))).isEqualTo("spotlight brief");
        onlyTheMonthIsLeft();
    }

    /** A list the new review no longer writes (its registry files were removed) must not stay beside the new ones. */
    @Test
    void aListTheNewReviewDoesNotWriteDoesNotOutliveTheOldReview() throws Exception {
        Path month = oldMonth();
        Files.writeString(month.resolve("data/registry_partners.csv"), "old registry rows\n");
        Files.createDirectories(month.resolve("actions"));
        Files.writeString(month.resolve("actions/prospects.csv"), "old prospects\n");
        MonthFolder folder = new MonthFolder(month);
        Path staged = folder.stage();
        Files.createDirectories(staged.resolve("data"));
        Files.writeString(staged.resolve("data/summary_kpis.csv"), "new\n");

        folder.publish(staged);

        assertThat(month.resolve("data/registry_partners.csv")).doesNotExist();
        assertThat(month.resolve("actions/prospects.csv")).doesNotExist();
        assertThat(Files.readString(month.resolve("spotlight-2026-11.pdf"))).isEqualTo("spotlight brief");
    }

    @Test
    void aDiscardedStageLeavesEveryOldFile() throws Exception {
        Path month = oldMonth();
        MonthFolder folder = new MonthFolder(month);
        Path staged = folder.stage();
        Files.writeString(staged.resolve("partnership-review-2026-10.pdf"), "half");
        folder.discard(staged);
        assertThat(Files.readString(month.resolve("partnership-review-2026-10.pdf"))).isEqualTo("old pdf");
        assertThat(staged).doesNotExist();
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesGetsTheOldFolderBack() throws Exception {
        Path month = oldMonth();
        MonthFolder folder = new MonthFolder(month);
        Path staged = folder.stage();
        Files.writeString(staged.resolve("partnership-review-2026-10.pdf"), "new pdf");
        Files.move(month, out.resolve(".2026-10.previous"));

        new MonthFolder(month).recover();

        assertThat(Files.readString(month.resolve("partnership-review-2026-10.pdf"))).isEqualTo("old pdf");
        assertThat(Files.readString(month.resolve("data/summary_kpis.csv"))).isEqualTo("old\n");
        onlyTheMonthIsLeft();
    }

    private void onlyTheMonthIsLeft() throws Exception {
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("2026-10");
        }
    }
}
