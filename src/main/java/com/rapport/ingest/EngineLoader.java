package com.rapport.ingest;

import com.rapport.ingest.format.RecordLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Reads a plain canonical UTF-8 activity file with DuckDB's own CSV reader, whatever its
 * size, as a {@link RowSource} that stages straight into the raw table inside the file's open
 * transaction (no copy from a load table: rows set aside get a negative record number and
 * are deleted after the commit), and keeps the promises of the row-by-row path around it: the same rules and reasons (SQL only finds the rows DuckDB refuses or that break
 * a rule; each is read again from the file and judged by {@link RowConverter}, which alone
 * says why a row is rejected), physical lines and record numbers (from the
 * {@link CsvShape} learnt while checksumming, because DuckDB numbers records, not lines),
 * duplicates after the first, and a record count taken independently of DuckDB. Numbering
 * rows in the scan ({@code row_number()}, {@code WITH ORDINALITY}) makes DuckDB read on one
 * thread, so rows are numbered afterwards from their position in the transaction's append.
 * A file DuckDB finds structurally messy (many refused rows, refused rows over several
 * lines) goes the row-by-row way instead: {@link NotSuitable}.
 *
 * <p>Longer than most classes (about 420 lines) for one reason: staging, judging the rows set
 * aside, dropping duplicates and numbering all read and extend the same state of one append
 * (its row ids, the records DuckDB refused, the rows set aside); the SQL of the columns and
 * rules ({@link EngineColumns}) and the order check ({@link EngineOrderCheck}) are apart.
 */
final class EngineLoader implements RowSource {

    /** Above this many rows refused by DuckDB, numbering by thresholds costs more than reading row by row. */
    private static final int MAX_ENGINE_REJECTS = 200;
    /**
     * DuckDB's reader records a refused row once for each field beyond the header, each with
     * its own copy of the line: a row of 100,000 fields takes gigabytes. A file with a row
     * more than this many times as wide as its header is read row by row.
     */
    private static final int MAX_FIELDS_PER_COLUMN = 2;
    /** Up to this many row ids are written out in a filter (see {@link #rowIdIn}). */
    private static final int LISTED_ROW_IDS = 1000;
    /** The field types this path reads: everything the activity files use but a month. */
    private static final Set<FieldType> READABLE = EnumSet.of(FieldType.TEXT, FieldType.DATE,
            FieldType.AMOUNT, FieldType.PATIENT_ID, FieldType.INTERACTION_TYPE, FieldType.INTERACTION_DIRECTION,
            FieldType.REFERRAL_DIRECTION, FieldType.REFERRAL_STATUS, FieldType.EVENT_KIND);

    private final Connection connection;
    private final PatientIdHasher patients;
    private final Path path;
    private final String name;
    private final InputKind kind;
    private final FileFingerprint fingerprint;
    private final CsvShape shape;
    private final RecordLayout layout;
    private final ReadRules rules;
    private final String dateFormat;
    /** Learnt while staging: this append's row ids, the records DuckDB refused, the rows set aside. */
    private long[] batch;
    private List<Long> refused;
    private List<Long> setAside;

    /** The file is better read row by row; the transaction is rolled back and the caller does so. */
    static final class NotSuitable extends RuntimeException {
        NotSuitable(String why) {
            super(why, null, false, false);
        }
    }

    /** @param dateFormat the dates' format for DuckDB's reader ({@link DateOrders#engineFormat}) */
    EngineLoader(Connection connection, PatientIdHasher patients, Path path, String name, InputKind kind,
                 FileFingerprint fingerprint, RecordLayout layout, ReadRules rules, String dateFormat) {
        this.connection = connection;
        this.patients = patients;
        this.path = path;
        this.name = name;
        this.kind = kind;
        this.fingerprint = fingerprint;
        this.shape = fingerprint.shape();
        this.layout = layout;
        this.rules = rules;
        this.dateFormat = dateFormat;
    }

    static boolean suits(InputKind kind, RecordLayout layout, FileFingerprint fingerprint) {
        CsvShape shape = fingerprint.shape();
        return kind != InputKind.CONTACTS && !kind.replacesFile()
                && shape != null && shape.widestRecord() <= MAX_FIELDS_PER_COLUMN * layout.width()
                && layout.format().equals("canonical")
                && (fingerprint.encoding() == FileEncoding.UTF_8 || fingerprint.encoding() == FileEncoding.UTF_8_BOM)
                && shape != null && shape.headerOnFirstLine() && shape.unterminatedQuoteLine() < 0
                && kind.fields().stream().allMatch(f -> READABLE.contains(f.type()));
    }

    /**
     * Reads the file with DuckDB straight into its raw table, after the rows already there;
     * then sets aside and judges from the file the rows DuckDB refused or that break a rule.
     */
    @Override
    public Tally stage(Statement statement) throws SQLException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(shape.delimiter().character()).get();
        String source = EngineColumns.readCsv(path, layout, shape.delimiter(), dateFormat);
        statement.execute("drop table if exists engine_rejects");
        statement.execute("drop table if exists engine_reject_scans");
        insert(source, shape.oddWhitespace(), rules.decimalComma());
        refused = refusedRecords(statement, shape);
        batch = batch(statement, kind, name);
        EngineOrderCheck.check(statement, path, kind, layout, shape, batch[0], refused, format);
        Map<Long, Long> breaking = EngineColumns.breakingRules(statement, kind, batch, record());
        setAside = new ArrayList<>(breaking.values());
        TreeSet<Long> toJudge = new TreeSet<>(refused);
        toJudge.addAll(breaking.keySet());
        Tally tally = new Tally();
        tally.read = shape.records();
        judgeFromTheFile(toJudge, tally);
        EngineColumns.lowerWords(statement, kind, batch);
        return tally;
    }

    /**
     * A row's record number, read from its row id until the rows are numbered: reading every
     * row again after an update of all of them would cost more than the update.
     */
    private String record() {
        return "coalesce(record_no, " + positionRecord(batch, refused) + ")";
    }

    /** The later rows of a key are set aside with the rejected ones, then every row is numbered. */
    @Override
    public long dropDuplicates(Statement statement) throws SQLException {
        long duplicates = dropDuplicates(statement, batch[0], record());
        number(statement, kind, batch, refused, shape, setAside);
        return duplicates;
    }

    @Override
    public long loaded(Statement statement) throws SQLException {
        return Staging.count(statement, "select count(*) from " + kind.table() + " where rowid >= " + batch[0]
                + " and record_no > 0");
    }

    @Override
    public LedgerFacts facts(Tally tally) {
        return new LedgerFacts(layout.format(), fingerprint, String.join(",", layout.foldedHeader()),
                FileRows.lineBreaks(fingerprint), new ReadAs(shape.delimiter(), 1, 0,
                DateOrders.label(rules.dateOrders()), 0), null);
    }

    /**
     * The rows are in the raw table already; those set aside are removed after the commit.
     * The earlier rows whose keys the kept rows carry go, as publishing the row-by-row path's
     * rows replaces them: by the key as loaded (stripped, NFC), and only for rows this file
     * loads, so a row it rejects leaves the earlier import's row as it was.
     */
    @Override
    public void publish(Statement statement) throws SQLException {
        if (Staging.count(statement, "select count(*) from " + kind.table() + " where rowid < " + batch[0]) > 0) {
            statement.execute("delete from " + kind.table() + " where rowid < " + batch[0] + " and " + kind.key()
                    + " in (select " + kind.key() + " from " + kind.table() + " where rowid >= " + batch[0]
                    + " and record_no > 0)");
        }
        statement.execute("drop table if exists engine_rejects");
        statement.execute("drop table if exists engine_reject_scans");
    }

    @Override
    public FileImportResult result(LoadCounts counts, Tally tally) {
        return new FileImportResult(name, kind, layout.format(), fingerprint.encoding().label(),
                counts.read() == 0 ? FileImportResult.Status.EMPTY : FileImportResult.Status.LOADED, counts.read(),
                counts.loaded(), counts.rejected(), counts.duplicates(), counts.warnings(),
                name + ": read with DuckDB's CSV reader");
    }

    /**
     * Deletes the rows set aside (rejected or duplicate rows carry a negative record number).
     * Deleting them inside the import's transaction would make its commit rewrite the table,
     * so they are deleted just after it, and again before any import in case a run was killed
     * in between; nothing reads the raw tables before that.
     */
    @Override
    public void afterCommit() throws SQLException {
        removeSetAside(connection, kind);
    }

    static void removeSetAside(Connection connection, InputKind kind) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from " + kind.table() + " where record_no < 0");
        }
    }

    private void insert(String source, boolean oddWhitespace, boolean decimalComma) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + kind.table() + " select ?, null, "
                + "null, " + String.join(", ", EngineColumns.values(kind, layout, oddWhitespace, decimalComma))
                + " from " + source)) {
            insert.setString(1, name);
            if (EngineColumns.hashes(kind, layout)) {
                insert.setBytes(2, patients.outerPad());
                insert.setBytes(3, patients.innerPad());
            }
            insert.executeUpdate();
        }
    }

    /** The data records DuckDB refused, in order; several reject entries for one record count once. */
    private static List<Long> refusedRecords(Statement statement, CsvShape shape) throws SQLException {
        List<Long> refused = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select distinct line from engine_rejects order by line")) {
            while (rs.next()) {
                refused.add(shape.recordAtEngineLine(rs.getLong(1)));
            }
        }
        if (refused.size() > MAX_ENGINE_REJECTS) {
            throw new NotSuitable(refused.size() + " rows refused by the engine");
        }
        return refused;
    }

    /** The first and last row id of this transaction's append, checked to be one unbroken run. */
    private static long[] batch(Statement statement, InputKind kind, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select min(rowid), max(rowid), count(*) from " + kind.table()
                + " where source_file = '" + name.replace("'", "''") + "' and record_no is null")) {
            rs.next();
            long first = rs.getLong(1);
            long last = rs.getLong(2);
            if (rs.getLong(3) == 0) {
                // Every row refused: an empty run after the rows already there.
                long next = Staging.count(statement, "select coalesce(max(rowid), -1) + 1 from " + kind.table());
                return new long[] {next, next - 1};
            }
            if (last - first + 1 != rs.getLong(3)) {
                throw new NotSuitable("the appended rows are not one run");
            }
            return new long[] {first, last};
        }
    }

    /**
     * The record number of an appended row from its position: the k-th appended row is record
     * k plus the refused records before it; a refused record r_i (i-th, 1-based) shifts every
     * row from position r_i - i + 1 on.
     */
    private static String positionRecord(long[] batch, List<Long> refused) {
        StringBuilder record = new StringBuilder("(rowid - " + batch[0] + " + 1)");
        for (int i = 0; i < refused.size(); i++) {
            record.append(" + (rowid - ").append(batch[0]).append(" + 1 >= ").append(refused.get(i) - i).append(")::int");
        }
        return "(" + record + ")";
    }

    /**
     * Record numbers and lines of the appended rows; the rows set aside (rejected, or a later
     * duplicate) get a negative number, and are deleted after the commit. They are marked
     * first: after the update of every row, marking them by row id would scan the updated table.
     */
    private static void number(Statement statement, InputKind kind, long[] batch, List<Long> refused, CsvShape shape,
                               List<Long> setAside) throws SQLException {
        if (!setAside.isEmpty()) {
            // A refused record loaded after all is numbered already, and lies past the batch.
            statement.execute("update " + kind.table() + " set record_no = -coalesce(record_no, 1) where "
                    + rowIdIn(setAside));
        }
        String record = positionRecord(batch, refused);
        String line = shape.lineExpression(record);
        statement.execute("update " + kind.table() + " set record_no = case when record_no < 0 then -" + record
                + " else " + record + " end" + (line == null ? "" : ", line = " + line) + " where rowid between "
                + batch[0] + " and " + batch[1]);
        if (line == null) {
            numberLinesByStep(statement, kind, batch, shape);
        }
    }

    /**
     * The lines of the numbered rows of a file with too many blank lines and tall records to
     * spell out in one expression: each row takes the last step before its record
     * ({@link CsvShape#lineSteps}), found by an as-of join.
     */
    private static void numberLinesByStep(Statement statement, InputKind kind, long[] batch, CsvShape shape)
            throws SQLException {
        // Not a temporary table, which DuckDB's appender cannot fill; created and dropped inside the transaction.
        statement.execute("create or replace table engine_line_steps (after_record bigint, lines bigint)");
        DuckDBConnection duck = statement.getConnection().unwrap(DuckDBConnection.class);
        try (DuckDBAppender steps = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "engine_line_steps")) {
            for (long[] step : shape.lineSteps()) {
                steps.beginRow();
                steps.append(step[0]);
                steps.append(step[1]);
                steps.endRow();
            }
        }
        statement.execute("update " + kind.table() + " set line = stepped.line from (select r.rowid as row_id, "
                + "abs(r.record_no) + coalesce(s.lines, " + shape.headerLines() + ") as line from " + kind.table()
                + " r asof left join engine_line_steps s on abs(r.record_no) > s.after_record where r.rowid between "
                + batch[0] + " and " + batch[1] + ") stepped where " + kind.table() + ".rowid = stepped.row_id");
        statement.execute("drop table engine_line_steps");
    }

    /**
     * A filter on these row ids. Listed, DuckDB fetches the rows by id; as a subquery it scans
     * the whole table, but a list of many thousands is slow to parse.
     */
    private static String rowIdIn(List<Long> rowIds) {
        String ids = rowIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return rowIds.size() <= LISTED_ROW_IDS ? "rowid in (" + ids + ")"
                : "rowid in (select unnest([" + ids + "]::BIGINT[]))";
    }

    /**
     * The records DuckDB refused or whose values break a rule it does not know, read again
     * from the file itself (not from DuckDB's copy of the line, which it cuts at 10,000
     * characters) and judged by {@link RowConverter}, the one place that says why a row is
     * rejected: rejected with its reason, or loaded with the converter's values and warnings.
     * Each is read from the nearest record whose offset the structure scan marked.
     */
    private void judgeFromTheFile(SortedSet<Long> records, Tally tally) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        RowConverter converter = new RowConverter(kind, layout, patients, rules);
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        CsvRecordReader reader = null;
        long nextRecord = 0;
        try (DuckDBAppender rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, kind.table());
             DuckDBAppender issues = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "load_issues")) {
            for (long wanted : records) {
                long[] mark = shape.markAtOrBefore(wanted);
                if (reader == null || mark[0] > nextRecord) {
                    if (reader != null) {
                        reader.close();
                    }
                    reader = CsvRecordReader.openAt(path, fingerprint.encoding(), shape.delimiter(), name, mark[1],
                            shape.lineOf(mark[0]) - 1, mark[0] - 1);
                }
                SourceRecord record;
                do {
                    record = reader.next();
                } while (record.recordNo() < wanted);
                nextRecord = wanted + 1;
                long line = shape.lineOf(wanted);
                Object[] values = new Object[kind.fields().size()];
                List<RowIssue> warnings = new ArrayList<>();
                RowIssue rejection = converter.convert(record.values(), values, warnings);
                if (rejection != null) {
                    tally.reject(issues, name, line, rejection);
                    continue;
                }
                for (RowIssue warning : warnings) {
                    tally.warn(issues, name, line, warning);
                }
                Staging.appendRow(rows, name, wanted, line, values);
            }
        } catch (IOException e) {
            throw new NotSuitable("the file could not be read back: " + e.getMessage());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // read to the rows it was opened for; nothing left to lose
                }
            }
        }
    }

    /**
     * Later rows with a key seen before in the file (rejected rows aside): kept out, added to
     * the rows set aside, and listed as duplicates with the first one's line.
     */
    private long dropDuplicates(Statement statement, long first, String record) throws SQLException {
        String key = kind.key();
        String batch = " from " + kind.table() + " where rowid >= " + first
                + (setAside.isEmpty() ? "" : " and not " + rowIdIn(setAside));
        // Grouping fixed-width hashes is faster than grouping the text, and a file
        // without two equal hashes has no duplicate: the text is grouped only when one has.
        statement.execute("create or replace temp table engine_duplicate_hashes as select hash(" + key + ") as h"
                + batch + " group by all having count(*) > 1");
        if (Staging.count(statement, "select count(*) from engine_duplicate_hashes") == 0) {
            statement.execute("drop table engine_duplicate_hashes");
            return 0;
        }
        statement.execute("create or replace temp table engine_duplicate_keys as select " + key + " as key_value"
                + batch + " and hash(" + key + ") in (select h from engine_duplicate_hashes) group by " + key
                + " having count(*) > 1");
        statement.execute("drop table engine_duplicate_hashes");
        if (Staging.count(statement, "select count(*) from engine_duplicate_keys") == 0) {
            statement.execute("drop table engine_duplicate_keys");
            return 0;
        }
        String sameKey = " over (partition by " + key + " order by " + record + ")";
        statement.execute("create or replace temp table engine_later_rows as select row_id, record_no, key_value, "
                + "first_record from (select rowid as row_id, " + record + " as record_no, cast(" + key
                + " as varchar) as key_value, row_number()" + sameKey + " as position, first_value(" + record + ")"
                + sameKey + " as first_record" + batch + " and " + key + " in (select key_value from "
                + "engine_duplicate_keys)) where position > 1");
        List<long[]> later = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select record_no, key_value, first_record, row_id from "
                + "engine_later_rows order by record_no")) {
            while (rs.next()) {
                later.add(new long[] {rs.getLong(1), rs.getLong(3)});
                keys.add(rs.getString(2));
                setAside.add(rs.getLong(4));
            }
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender issues = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "load_issues")) {
            for (int i = 0; i < later.size(); i++) {
                Staging.appendIssue(issues, name, shape.lineOf(later.get(i)[0]), new RowIssue(kind.keyLabel(),
                        DuplicateReason.text(kind.keyLabel(), keys.get(i), shape.lineOf(later.get(i)[1]))), "duplicate");
            }
        }
        statement.execute("drop table engine_duplicate_keys");
        statement.execute("drop table engine_later_rows");
        return later.size();
    }
}
