package com.rapport.pipeline;

import com.rapport.core.Settings;
import com.rapport.model.ModelCatalogue;
import com.rapport.model.ModelListener;
import com.rapport.model.ModelRunner;
import com.rapport.model.ReportParameters;
import com.rapport.store.Alongside;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * The summary compares the month with the month before and the same month a year
 * earlier, each computed as if it were the report month (records after its end ignored).
 * A past month's numbers depend only on the inputs and the settings, so they are kept in
 * {@code kpi_cache} under a stamp of both and reused while neither changes: the monthly
 * run then builds the models once, not three times.
 *
 * <p>The earlier months are built on a connection of their own while the report month's
 * models and CSVs are made (models are temporary tables, private to a connection): their
 * queries fill the gaps the month's own leave on the cores, and the PDF waits for them.
 */
final class KpiHistory {

    private final Connection connection;
    private final ModelCatalogue catalogue;
    private final Settings settings;
    private final boolean hasStatus;
    private Alongside<Earlier, SQLException> earlier;

    KpiHistory(Connection connection, ModelCatalogue catalogue, Settings settings, boolean hasStatus) {
        this.connection = connection;
        this.catalogue = catalogue;
        this.settings = settings;
        this.hasStatus = hasStatus;
    }

    /** What the earlier months' connection did: each month's inputs stamp (M-12, M-1, M), and how long it took. */
    private record Earlier(Map<YearMonth, String> stamps, long nanos) {
    }

    /** Starts making sure M-12 and M-1 are in the cache; returns at once. */
    void startEarlierMonths(YearMonth month) throws SQLException {
        Connection own = connection.unwrap(DuckDBConnection.class).duplicate();
        earlier = Alongside.start(() -> {
            long started = System.nanoTime();
            try (own; Statement statement = own.createStatement()) {
                Map<YearMonth, String> stamps = inputsStamps(own, List.of(month.minusMonths(12), month.minusMonths(1),
                        month));
                ModelRunner runner = new ModelRunner(own, catalogue, ModelListener.SILENT);
                for (YearMonth past : List.of(month.minusMonths(12), month.minusMonths(1))) {
                    if (!inCache(statement, stamps.get(past), past)) {
                        ReportParameters.write(own, past, settings, hasStatus);
                        runner.runFor("summary_kpis");
                        cache(statement, stamps.get(past), past);
                    }
                }
                return new Earlier(stamps, System.nanoTime() - started);
            }
        });
    }

    /**
     * Waits for the earlier months, then fills {@code kpi_history} on the report's connection,
     * where the month's {@code summary_kpis} was just built: one row per period ({@code last_year},
     * {@code last_month}, {@code this_month}), the months the catalogue's history models compare.
     * Caches M, then builds those models.
     *
     * @return how long the earlier months took on their own connection
     */
    long finish(YearMonth month) throws SQLException {
        Earlier done = earlier.join();
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists kpi_history");
            statement.execute("create temp table kpi_history as select ''::varchar as period, * from summary_kpis "
                    + "limit 0");
            Map<String, YearMonth> earlierPeriods = Map.of("last_year", month.minusMonths(12), "last_month",
                    month.minusMonths(1));
            for (Map.Entry<String, YearMonth> past : earlierPeriods.entrySet()) {
                try (PreparedStatement insert = bound(statement, "insert into kpi_history select ?, * exclude (inputs, "
                        + "report_month)" + CACHED_ROW, past.getKey(), done.stamps().get(past.getValue()),
                        past.getValue().atDay(1))) {
                    insert.execute();
                }
            }
            statement.execute("insert into kpi_history select 'this_month', * from summary_kpis");
            cache(statement, done.stamps().get(month), month);
        }
        new ModelRunner(connection, catalogue, ModelListener.SILENT).runHistory();
        return done.nanos();
    }

    /** Lets a failed run end cleanly: the earlier months' connection must close before the database. */
    void abandon() {
        if (earlier != null) {
            earlier.settle();
        }
    }

    /** The cached row of a stamp and month: bound as the two parameters, never spliced into the text. */
    private static final String CACHED_ROW = " from kpi_cache where inputs = ? and report_month = ?";

    /** A statement on {@code statement}'s connection with {@code values} bound in order; the caller runs it once. */
    private static PreparedStatement bound(Statement statement, String sql, Object... values) throws SQLException {
        PreparedStatement prepared = statement.getConnection().prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            prepared.setObject(i + 1, values[i]);
        }
        return prepared;
    }

    private static boolean inCache(Statement statement, String stamp, YearMonth month) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select count(*) from duckdb_tables() where table_name = 'kpi_cache' "
                + "and not temporary")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return false;
            }
        }
        try (PreparedStatement count = bound(statement, "select count(*)" + CACHED_ROW, stamp, month.atDay(1));
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** Keeps the month's summary numbers (its connection's summary_kpis) for the runs that compare with it. */
    private static void cache(Statement statement, String stamp, YearMonth month) throws SQLException {
        statement.execute("create table if not exists kpi_cache as select ''::varchar as inputs, "
                + "date '2000-01-01' as report_month, * from summary_kpis limit 0");
        try (PreparedStatement delete = bound(statement, "delete from kpi_cache where report_month = ?", month.atDay(1))) {
            delete.execute();
        }
        String insert = "insert into kpi_cache select ?::varchar, ?::date, * from summary_kpis";
        try (PreparedStatement first = bound(statement, insert, stamp, month.atDay(1))) {
            first.execute();
        } catch (SQLException columnsChanged) {
            // A newer Rapport computes other summary numbers: the old cache cannot serve it.
            statement.execute("drop table kpi_cache");
            statement.execute("create table kpi_cache as select ''::varchar as inputs, date '2000-01-01' as "
                    + "report_month, * from summary_kpis limit 0");
            try (PreparedStatement again = bound(statement, insert, stamp, month.atDay(1))) {
                again.execute();
            }
        }
    }

    /**
     * What a month's numbers depend on: how they are computed (settings, models, version), the
     * contact and small files as they are (their checksums), and the activity dated up to the
     * month's end (a count and a hash of those rows), so rows appended for later months leave the stamp as it was. The rows
     * are hashed once for all the months asked (a scan of the activity tables is the costly part).
     */
    private Map<YearMonth, String> inputsStamps(Connection on, List<YearMonth> months) throws SQLException {
        String query = "select (select coalesce(string_agg(file || ':' || checksum, ',' order by file), '') "
                + "from import_ledger where file not in ('interactions.csv', 'referrals.csv')), "
                + rowsUpTo(months, "raw_interactions", "interaction_id, date, contact, type, direction, event_id, amount")
                + ", " + rowsUpTo(months, "raw_referrals", "referral_id, date, direction, partner, patient_key, service, status");
        Map<YearMonth, String> stamps = new LinkedHashMap<>();
        String rules = Stamps.rules(settings, hasStatus, catalogue);
        try (Statement statement = on.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            Object[] interactions = (Object[]) rs.getArray(2).getArray();
            Object[] referrals = (Object[]) rs.getArray(3).getArray();
            for (int i = 0; i < months.size(); i++) {
                // How the numbers are computed is part of the stamp, as in the review's: a Rapport
                // that computes any model otherwise (or another version) misses the cache.
                stamps.put(months.get(i), Stamps.sha256(rs.getString(1) + "|" + interactions[i] + "|" + referrals[i]
                        + "|" + rules));
            }
        }
        return stamps;
    }

    /** One list per table: for each month, the count and the combined hash of its rows dated up to the month's end. */
    private static String rowsUpTo(List<YearMonth> months, String table, String columns) {
        StringBuilder perMonth = new StringBuilder();
        for (YearMonth month : months) {
            String upTo = " filter (where date <= date '" + month.atEndOfMonth() + "')";
            perMonth.append(perMonth.isEmpty() ? "" : ", ").append("count(*)").append(upTo)
                    .append(" || ':' || coalesce(bit_xor(row_hash)").append(upTo).append(", 0)");
        }
        return "(select [" + perMonth + "] from (select date, hash(" + columns + ") as row_hash from " + table + "))";
    }
}
