package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.store.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden rows for summary_kpi_changes. Its only input is kpi_history, one summary_kpis row per
 * period, which the review fills after the catalogue's run: the fixture is those rows, written
 * here with summary_kpis' columns and types.
 */
class SummaryKpiChangesTest {

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() throws SQLException {
        database = Database.open(folder.resolve("changes.duckdb"), "512MB");
        try (Statement statement = database.connection().createStatement()) {
            statement.execute("create temp table kpi_history (period varchar, month varchar, referrals_in bigint, "
                    + "referrals_out bigint, active_referrers bigint, new_referrers bigint, thank_you_rate double, "
                    + "reciprocation_rate double, partnerships bigint, follow_ups_overdue bigint)");
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ModelFixture.Built changes(String... history) throws SQLException {
        try (Statement statement = database.connection().createStatement()) {
            for (String row : history) {
                statement.execute("insert into kpi_history values (" + row + ")");
            }
        }
        new ModelRunner(database.connection(), ModelCatalogue.load(), ModelListener.SILENT).runHistory();
        return new ModelFixture.Built(database);
    }

    /**
     * Counts change by their difference, rates by the whole percents shown (90 % against 83 %:
     * up 7); fewer follow-ups overdue is better. A year ago the practice had nothing
     * yet: counts of 0 (a change the size of this month's count) and no rates (nothing to compare).
     */
    @Test
    void eachNumberAgainstLastMonthAndLastYear() throws SQLException {
        ModelFixture.Built built = changes(
                "'this_month', '2026-10', 120, 29, 53, 6, 0.9, 0.64, 85, 165",
                "'last_month', '2026-09', 76, 29, 42, 7, 0.834, 0.66, 85, 173",
                "'last_year', '2025-10', 0, 0, 0, 0, null, null, 0, 0");
        assertThat(built.rows("select * from summary_kpi_changes")).containsExactly(
                "1,referrals_in,count,true,120,76,44,better,0,120,better",
                "2,referrals_out,count,true,29,29,0,same,0,29,better",
                "3,active_referrers,count,true,53,42,11,better,0,53,better",
                "4,new_referrers,count,true,6,7,-1,worse,0,6,better",
                "5,reciprocation_rate,rate,true,0.64,0.66,-2,worse,,,",
                "6,thank_you_rate,rate,true,0.9,0.834,7,better,,,",
                "7,partnerships,count,true,85,85,0,same,0,85,better",
                "8,follow_ups_overdue,count,false,165,173,-8,better,0,165,worse");
    }

    /**
     * A rate's change is the difference of the whole percents shown beside it: 0.644 and 0.636
     * both show as 64 %, so no change (their difference, 0.8 points, would round to "up 1");
     * 0.656 against 0.644 shows 66 % beside 64 %, up 2 (1.2 points apart).
     */
    @Test
    void aRateChangesByThePercentsShown() throws SQLException {
        ModelFixture.Built built = changes(
                "'this_month', '2026-10', 1, 1, 1, 1, 0.644, 0.656, 1, 1",
                "'last_month', '2026-09', 1, 1, 1, 1, 0.636, 0.644, 1, 1");
        assertThat(built.rows("select measure, last_month_change, last_month_verdict from summary_kpi_changes "
                + "where unit = 'rate'")).containsExactly("reciprocation_rate,2,better", "thank_you_rate,0,same");
    }

    /** A month without its row (no numbers were kept for it) has no value and no change. */
    @Test
    void aMissingMonthHasNothingToCompare() throws SQLException {
        ModelFixture.Built built = changes("'this_month', '2026-10', 120, 29, 53, 6, 0.9, 0.64, 85, 165");
        assertThat(built.rows("select measure, this_month, last_month, last_month_change, last_month_verdict, "
                + "last_year, last_year_change, last_year_verdict from summary_kpi_changes where position in (1, 6)"))
                .containsExactly("referrals_in,120,,,,,,", "thank_you_rate,0.9,,,,,,");
    }
}
