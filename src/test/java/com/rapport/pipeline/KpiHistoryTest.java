package com.rapport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.Settings;
import com.rapport.model.ModelCatalogue;
import com.rapport.model.ModelDefinition;
import com.rapport.model.ModelListener;
import com.rapport.model.ModelRunner;
import com.rapport.model.ReportParameters;
import com.rapport.store.Database;
import com.rapport.store.SqlResources;
import com.rapport.testing.SampleReview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Last month's and last year's cached numbers are made by the same models as the report month's;
 * on a copy of the database of the shared review of the sample's October.
 */
@ExtendWith(SampleReview.Resolver.class)
class KpiHistoryTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @TempDir
    Path folder;

    @Test
    void aChangedModelThatTheSummaryReadsRecomputesTheEarlierMonths(SampleReview sample) throws Exception {
        Path db = sample.copyOfDatabase(folder.resolve("rapport.duckdb"));
        Settings settings = Settings.load(Path.of("sample-data"));
        ModelCatalogue released = ModelCatalogue.load();
        // The follow-up cadence as another Rapport would compute it: new partners due after 7 days, developing after 10.
        String cadence = SqlResources.read("/models/5-marts/follow_up.sql");
        String otherCadence = cadence.replace("when 'developing' then 21 when 'new' then 14",
                "when 'developing' then 10 when 'new' then 7");
        assertThat(otherCadence).isNotEqualTo(cadence);
        Path classes = Path.of(KpiHistoryTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.createDirectories(classes.resolve("models/variants"));
        Files.writeString(classes.resolve("models/variants/follow_up.sql"), otherCadence);
        List<ModelDefinition> entries = new ArrayList<>();
        for (ModelDefinition entry : released.all()) {
            entries.add(entry.name().equals("follow_up") ? new ModelDefinition("variants/follow_up", entry.kind()) : entry);
        }
        ModelCatalogue changed = new ModelCatalogue(entries);

        List<Long> overdueReleased = overdueEarlierMonths(db, settings, released);
        List<Long> overdueChanged = overdueEarlierMonths(db, settings, changed);

        assertThat(overdueChanged.get(0)).isGreaterThan(overdueReleased.get(0));
        assertThat(overdueChanged.get(1)).isGreaterThan(overdueReleased.get(1));
    }

    /** Follow-ups overdue in M-12 and M-1 as the summary would show them with this catalogue. */
    private static List<Long> overdueEarlierMonths(Path db, Settings settings, ModelCatalogue catalogue) throws Exception {
        try (Database database = Database.open(db, settings.memoryLimit())) {
            ReportParameters.write(database.connection(), MONTH, settings, true);
            new ModelRunner(database.connection(), catalogue, ModelListener.SILENT).runFor("summary_kpis");
            KpiHistory history = new KpiHistory(database.connection(), catalogue, settings, true);
            try {
                history.startEarlierMonths(MONTH);
                history.finish(MONTH);
            } finally {
                history.abandon();
            }
            // what the summary's table reads: summary_kpi_changes, built once kpi_history is filled
            try (Statement statement = database.connection().createStatement();
                 ResultSet rs = statement.executeQuery("select last_year, last_month from summary_kpi_changes "
                         + "where measure = 'follow_ups_overdue'")) {
                rs.next();
                return List.of(rs.getLong(1), rs.getLong(2));
            }
        }
    }
}
