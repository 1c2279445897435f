package com.rapport.pipeline;

import com.rapport.core.RapportException;
import com.rapport.core.Settings;
import com.rapport.identity.IdentityStep;
import com.rapport.ingest.DataFolderImporter;
import com.rapport.ingest.FileImportResult;
import com.rapport.ingest.FileImporter;
import com.rapport.ingest.format.Layouts;
import com.rapport.ingest.ImportSummary;
import com.rapport.ingest.PatientIdHasher;
import com.rapport.ingest.PatientKey;
import com.rapport.ingest.RejectThreshold;
import com.rapport.model.ModelCatalogue;
import com.rapport.model.ModelRunner;
import com.rapport.model.ReportParameters;
import com.rapport.core.RapportException.Problem;
import com.rapport.registry.RegistryImporter;
import com.rapport.ingest.SpotlightRecorder;
import com.rapport.core.AtomicFile;
import com.rapport.report.MonthFolder;
import com.rapport.report.ReportData;
import com.rapport.report.ReviewOutputs;
import com.rapport.report.pdf.DocumentDate;
import com.rapport.report.spotlight.SpotlightDocument;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import com.rapport.store.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Collectors;

/**
 * The order of things, and the only class that knows it:
 * import → partners → models → checks → CSVs → charts and PDF.
 */
public final class Pipeline {

    private final RunOptions options;
    private final PipelineListener listener;

    public Pipeline(RunOptions options, PipelineListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /**
     * Imports what is new in the data folder, and only that (docs/outputs.md): the partner list
     * is brought up to date by the next run that reads it, from the marks the imports leave.
     */
    public ImportSummary importData() {
        Settings settings = Settings.load(options.dataFolder(), listener::notice);
        try (Database database = openDatabase(settings, false)) {
            return importInto(database, settings);
        }
    }

    /** The monthly review: import, models, checks, then the outputs of the month. */
    public ReviewResult review() {
        return review(false);
    }

    /**
     * As {@link #review()}; unless {@code rebuild}, a month whose outputs are all on disk
     * and were written from exactly these inputs, settings and models is left as it is.
     */
    public ReviewResult review(boolean rebuild) {
        Settings settings = Settings.load(options.dataFolder(), listener::notice);
        try (Database database = openDatabase(settings, true)) {
            long started = System.nanoTime();
            ImportSummary imports = importAllOrRefuse(database, settings);
            started = System.nanoTime();
            YearMonth month = reportMonth(database);
            boolean hasStatus = referralLogHasStatus(database);
            ModelCatalogue catalogue = ModelCatalogue.load();
            MonthFolder monthFolder = new MonthFolder(options.outFolder().resolve(month.toString()));
            monthFolder.recover();
            ReviewOutputs outputs = new ReviewOutputs(database.connection(), catalogue, settings, month,
                    monthFolder.path());
            DocumentDate documentDate = DocumentDate.of(options.environment(), month);
            String stamp = reviewStamp(database, settings, hasStatus, month, catalogue, documentDate);
            if (!rebuild && outputs.writtenFrom(stamp)) {
                return new ReviewResult(month, imports, outputs.pdf(), monthFolder.path(), true);
            }
            // Every output of the month is written beside the old ones and switched in at the end.
            Path staged = monthFolder.stage();
            try {
                ReviewOutputs staging = new ReviewOutputs(database.connection(), catalogue, settings, month, staged);
                KpiHistory history = new KpiHistory(database.connection(), catalogue, settings, hasStatus);
                try {
                    history.startEarlierMonths(month);
                    ReportParameters.write(database.connection(), month, settings, hasStatus);
                    new ModelRunner(database.connection(), catalogue, listener).run();
                    started = lap("models and checks for " + month, started);
                    staging.writeData();
                    started = lap("CSV outputs", started);
                    listener.stage("models for last month and last year (alongside)", history.finish(month));
                    started = lap("waited for last month and last year", started);
                } finally {
                    history.abandon();
                }
                staging.writePdf(options.protection(), documentDate);
                staging.recordStamp(stamp);
                monthFolder.publish(staged);
            } catch (RapportException e) {
                throw monthFolder.named(e, staged);
            } finally {
                monthFolder.discard(staged);
            }
            lap("PDF", started);
            return new ReviewResult(month, imports, outputs.pdf(), monthFolder.path(), false);
        } catch (SQLException e) {
            throw Database.translate(options.database(), e);
        }
    }

    /**
     * The newsletter spotlight for the issue after the month: its one-page brief and the
     * ranked candidates; with {@code record}, the pick is added to the data folder's
     * spotlights.csv so next month's rotation excludes them.
     */
    public SpotlightResult spotlight(boolean record) {
        Settings settings = Settings.load(options.dataFolder(), listener::notice);
        try (Database database = openDatabase(settings, true)) {
            importAllOrRefuse(database, settings);
            YearMonth month = reportMonth(database);
            YearMonth issue = month.plusMonths(1);
            String alreadyRecorded = spotlightOf(database, issue);
            if (record && alreadyRecorded != null) {
                throw new RapportException(Problem.BAD_ARGUMENT, "the " + issue + " issue already has a spotlight ("
                        + alreadyRecorded + " in spotlights.csv); remove that row to choose again");
            }
            ModelCatalogue catalogue = ModelCatalogue.load();
            ReportParameters.write(database.connection(), month, settings, referralLogHasStatus(database));
            new ModelRunner(database.connection(), catalogue, listener).run();
            ReportData data = new ReportData(database.connection());
            Map<String, Object> pick = data.row("select * from spotlight_pick");
            MonthFolder folder = new MonthFolder(options.outFolder().resolve(month.toString()));
            folder.recover();
            Path monthFolder = folder.path();
            Path candidates = new ReviewOutputs(database.connection(), catalogue, settings, month, monthFolder)
                    .writeAction("spotlight_candidates");
            if (pick.isEmpty()) {
                throw new RapportException(Problem.NO_DATA, SpotlightExplanation.whyNoneIsEligible(issue,
                        data.row("select * from spotlight_eligibility")));
            }
            Path pdf = monthFolder.resolve("spotlight-" + issue + ".pdf");
            AtomicFile.write(pdf, out -> new SpotlightDocument(data, settings, month,
                    DocumentDate.of(options.environment(), month)).write(out, options.protection()));
            String partnerId = (String) pick.get("partner_id");
            if (record) {
                new SpotlightRecorder(options.dataFolder()).record(issue, partnerId);
            }
            return new SpotlightResult(month, issue, partnerId, (String) pick.get("name"), pdf, candidates, record);
        } catch (SQLException e) {
            throw Database.translate(options.database(), e);
        }
    }

    /**
     * DuckDB may touch only the data folder (its reader loads the large exports) and, for a
     * run that writes outputs, the output folder (its writer writes the CSVs).
     */
    private Database openDatabase(Settings settings, boolean writesOutputs) {
        Database database = Database.open(options.database(), settings.memoryLimit(), writesOutputs
                ? List.of(options.dataFolder(), options.outFolder()) : List.of(options.dataFolder()));
        database.upgradeNotice().ifPresent(listener::notice);
        return database;
    }

    private ImportSummary importAllOrRefuse(Database database, Settings settings) {
        ImportSummary imports = importInto(database, settings);
        if (imports.anyRefused()) {
            throw new RapportException(Problem.INPUT_REFUSED, imports.refused().stream()
                    .map(FileImportResult::message).collect(Collectors.joining("\n")));
        }
        updatePartners(database, settings);
        return imports;
    }

    /** The partner reference already recorded for a newsletter issue, or null. */
    private static String spotlightOf(Database database, YearMonth issue) throws SQLException {
        try (PreparedStatement query = database.connection().prepareStatement(
                "select partner from raw_spotlights where month = ?")) {
            query.setObject(1, issue.atDay(1));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * A stamp of everything the month's outputs are made from: every imported file's
     * checksum and every registry file's (and why one was not read), the PDF's protection and date, and how the numbers are
     * computed ({@link Stamps#rules}).
     * Equal stamps and all outputs present mean the review on disk is what this run would write.
     */
    private String reviewStamp(Database database, Settings settings, boolean hasStatus, YearMonth month,
                               ModelCatalogue catalogue, DocumentDate documentDate) throws SQLException {
        StringBuilder text = new StringBuilder(month + "|" + Stamps.rules(settings, hasStatus, catalogue) + "|"
                + options.protection().encrypts() + "|" + documentDate);
        try (Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery("select (select coalesce(string_agg(file || ':' || checksum, ',' "
                     + "order by file), '') from import_ledger), (select coalesce(string_agg(file || ':' || checksum, "
                     + "',' order by file), '') from registry_files), (select coalesce(string_agg(file || ':' || reason, "
                     + "',' order by file), '') from registry_refusals)")) {
            rs.next();
            text.append('|').append(rs.getString(1)).append('|').append(rs.getString(2)).append('|')
                    .append(rs.getString(3));
        }
        return Stamps.sha256(text.toString());
    }

    private long lap(String stage, long started) {
        long now = System.nanoTime();
        listener.stage(stage, now - started);
        return now;
    }

    private ImportSummary importInto(Database database, Settings settings) {
        PatientKey key = PatientKey.load(options.environment(), options.dataFolder());
        key.created().ifPresent(file -> listener.notice("created a new patient-id key at " + file
                + " (owner-only); back it up: without it, re-imported patient ids no longer match earlier ones"));
        FileImporter importer = new FileImporter(database.connection(), new PatientIdHasher(key.secret()),
                new RejectThreshold(settings.rejectThreshold()), new Layouts(settings.columnMappings()));
        long started = System.nanoTime();
        ImportSummary summary = new DataFolderImporter(importer, listener).importFolder(options.dataFolder());
        try {
            new RegistryImporter(database.connection(), listener).importFolder(options.dataFolder());
        } catch (java.io.IOException e) {
            throw new RapportException(Problem.MISSING_INPUT, "cannot read " + options.dataFolder()
                    .resolve(RegistryImporter.FOLDER) + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw Database.translate(options.database(), e);
        }
        lap("import", started);
        return summary;
    }

    /**
     * The partner list and the resolved activity, brought up to date with every import since
     * they were built (this run's, and those of {@code rapport import}, which only imports).
     */
    private void updatePartners(Database database, Settings settings) {
        long started = System.nanoTime();
        try {
            new IdentityStep(database, settings.phoneRegion()).update();
            // Rows read in Java and the partner merge leave the heap full of garbage; G1 keeps
            // that memory unless a full collection returns it, and the models that follow
            // need it for DuckDB's buffers (peak RSS, issue 8).
            System.gc();
            lap("partners and references", started);
        } catch (SQLException e) {
            throw Database.translate(options.database(), e);
        }
    }

    private YearMonth reportMonth(Database database) throws SQLException {
        LocalDate first;
        LocalDate last;
        try (Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery("select min(date), max(date) from raw_referrals")) {
            rs.next();
            first = rs.getObject(1, LocalDate.class);
            last = rs.getObject(2, LocalDate.class);
        }
        if (first == null) {
            // A new practice, or one whose log is still empty: its review (this month unless one is
            // named) says there is nothing yet.
            return options.month() != null ? options.month() : YearMonth.now();
        }
        YearMonth month = options.month() != null ? options.month() : YearMonth.from(last);
        if (month.isBefore(YearMonth.from(first)) || month.isAfter(YearMonth.from(last))) {
            throw new RapportException(Problem.NO_DATA, "no data for " + month + ": the referrals run from "
                    + YearMonth.from(first) + " to " + YearMonth.from(last));
        }
        return month;
    }

    private static boolean referralLogHasStatus(Database database) throws SQLException {
        try (Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from import_ledger "
                     + "where file = 'referrals.csv' and list_contains(string_split(header, ','), 'status')")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
