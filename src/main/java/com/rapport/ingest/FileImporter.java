package com.rapport.ingest;

import com.rapport.core.DateOrder;
import com.rapport.ingest.FileImportResult.Status;
import com.rapport.ingest.format.Layouts;
import com.rapport.ingest.format.RecordLayout;
import com.rapport.store.Alongside;
import com.rapport.store.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Imports one input file as one transaction: its rows (inserted or replacing rows with
 * the same natural key), its rejected rows with line, column and reason, and its ledger
 * row. The counts are reconciled before anything is published; a file that fails the
 * reconciliation or the reject threshold is refused whole.
 */
public final class FileImporter {

    /** A blank line among this many last records may begin a footer, which the row-by-row reader tells. */
    private static final int MAX_FOOTER_RECORDS = 100;

    private final Connection connection;
    private final PatientIdHasher patients;
    private final RejectThreshold threshold;
    private final Layouts layouts;
    private final EngineLoader engine;
    private final EncodingSniffer sniffer = new EncodingSniffer();
    private final ImportLedger ledger;
    private final boolean engineReader;

    public FileImporter(Connection connection, PatientIdHasher patients, RejectThreshold threshold, Layouts layouts) {
        this(connection, patients, threshold, layouts, true);
    }

    /**
     * @param engineReader false reads every file row by row, so that tests can compare the two
     *                     readers on one file; otherwise what the file is chooses its reader
     */
    public FileImporter(Connection connection, PatientIdHasher patients, RejectThreshold threshold, Layouts layouts,
                        boolean engineReader) {
        this.connection = connection;
        this.patients = patients;
        this.threshold = threshold;
        this.layouts = layouts;
        this.engine = new EngineLoader(connection, patients);
        this.engineReader = engineReader;
        this.ledger = new ImportLedger(connection);
    }

    public FileImportResult importFile(Path path, String name, InputKind kind) throws IOException, SQLException {
        // The import plan, cheapest first: untouched (size and time), appended (the old bytes
        // plus more), unchanged (the same checksum), else the whole file.
        FileImportResult untouched = ledger.untouched(path, name, kind);
        if (untouched != null) {
            return untouched;
        }
        FileImportResult appended = appendedSinceLastImport(path, name, kind);
        if (appended != null) {
            return appended;
        }
        FileFingerprint fingerprint = sniffer.sniff(path, name);
        FileImportResult unchanged = ledger.unchanged(name, kind, fingerprint);
        if (unchanged != null) {
            return unchanged;
        }
        Delimiter delimiter = HeaderedFile.delimiterOf(path, fingerprint);
        try (HeaderedFile file = HeaderedFile.open(path, name, kind, fingerprint.encoding(), delimiter, layouts)) {
            RecordLayout layout = file.layout();
            if (layout == null) {
                if (kind.replacesFile()) {
                    forget(name, kind);
                }
                publishEmpty(name, kind, fingerprint, "", new ReadAs(delimiter, 0, 0, "", 0));
                return new FileImportResult(name, kind, "empty", fingerprint.encoding().label(), Status.EMPTY,
                        0, 0, 0, 0, 0, name + ": empty file, nothing to import");
            }
            DateOrders dates = DateOrders.scan(path, name, kind, fingerprint.encoding(), delimiter, layouts);
            Map<Integer, DateOrder> dateOrders = dates.decide(name, layouts.mappings().dateOrder(name));
            ReadRules rules = new ReadRules(dateOrders, kind == InputKind.CONTACTS && layouts.mappings().usPostalCodes(),
                    delimiter != Delimiter.COMMA);
            CsvShape shape = fingerprint.shape();
            // The engine reads a plain file: header on line 1, every line's fields named, no footer.
            if (engineReader && engine.suits(kind, layout, fingerprint) && file.headerLine() == 1
                    && file.header().size() == layout.width() && !shape.blankLineNearEnd(MAX_FOOTER_RECORDS)) {
                try {
                    FileImportResult result = loadWithEngine(path, name, kind, fingerprint, layout, rules,
                            dates.engineFormat(dateOrders));
                    removeSetAside(kind);
                    return result;
                } catch (EngineLoader.NotSuitable messy) {
                    // rolled back; the row-by-row path reads it with the same rules
                }
            }
            RowConverter converter = new RowConverter(kind, layout, patients, rules);
            return Transaction.run(connection, () -> publishFile(file, name, kind, fingerprint, converter,
                    DateOrders.label(dateOrders)));
        }
    }

    private FileImportResult loadWithEngine(Path path, String name, InputKind kind, FileFingerprint fingerprint,
                                            RecordLayout layout, ReadRules rules, String dateFormat) throws SQLException {
        // The contact exports read row by row grew the heap, and G1 keeps it unless a full
        // collection returns it: DuckDB's buffers need that memory for the large file (peak RSS).
        System.gc();
        return Transaction.run(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("delete from load_issues");
                LoadCounts counts = engine.load(path, name, kind, fingerprint, layout, rules, dateFormat);
                settle(statement, name, kind, counts, layout.format(), fingerprint,
                        String.join(",", layout.foldedHeader()), lineBreaks(fingerprint),
                        new ReadAs(fingerprint.shape().delimiter(), 1, 0, DateOrders.label(rules.dateOrders()), 0));
                return new FileImportResult(name, kind, layout.format(), fingerprint.encoding().label(),
                        counts.read() == 0 ? Status.EMPTY : Status.LOADED, counts.read(), counts.loaded(),
                        counts.rejected(), counts.duplicates(), counts.warnings(),
                        name + ": read with DuckDB's CSV reader");
            }
        });
    }

    /**
     * Deletes the rows a DuckDB-read import set aside (rejected or duplicate rows carry a
     * negative record number). Deleting them inside that import's transaction would double
     * its commit time, so they are deleted just after it, and again before any import in case
     * a run was killed in between; nothing reads the raw tables before that.
     */
    public void removeSetAside(InputKind kind) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from " + kind.table() + " where record_no < 0");
        }
    }

    /**
     * The records the file holds (counted by its own reader) must all be accounted for, and
     * the rejects counted must be the ones recorded; otherwise nothing of the file is kept.
     */
    private static void reconcile(Statement statement, String name, LoadCounts counts) throws SQLException {
        long read = counts.read();
        long loaded = counts.loaded();
        long rejected = counts.rejected();
        long duplicates = counts.duplicates();
        long rejectedInDb = count(statement, "select count(*) from load_issues where kind = 'rejected'");
        long duplicatesInDb = count(statement, "select count(*) from load_issues where kind = 'duplicate'");
        if (read != loaded + rejected + duplicates || rejectedInDb != rejected || duplicatesInDb != duplicates) {
            throw new InputRefusedException(name + ": rows do not reconcile (read " + read + ", loaded " + loaded
                    + ", rejected " + rejected + ", duplicates " + duplicates + "); nothing from this file was imported");
        }
    }

    /**
     * The one ending of every load, whichever rows it read: the counts reconciled, the reject
     * threshold checked, the file's issues and its ledger row written, all before the caller
     * publishes its rows in the same transaction.
     */
    private void settle(Statement statement, String name, InputKind kind, LoadCounts counts, String format,
                        FileFingerprint fingerprint, String header, Long lines, ReadAs readAs) throws SQLException {
        settle(statement, name, kind, counts, null, format, fingerprint, header, lines, readAs);
    }

    /** @param total for an appended part, the whole file's counts (the ledger's); null for a whole file */
    private void settle(Statement statement, String name, InputKind kind, LoadCounts counts, LoadCounts total,
                        String format, FileFingerprint fingerprint, String header, Long lines, ReadAs readAs)
            throws SQLException {
        boolean appended = total != null;
        reconcile(statement, name, counts);
        threshold.check(name, counts.read(), counts.rejected(), counts.firstRejection());
        if (!appended) {
            // The file's issues replace those of its previous import; an appended part adds its own.
            try (PreparedStatement delete = connection.prepareStatement("delete from import_issues where file = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
        }
        statement.execute("insert into import_issues select * from load_issues");
        statement.execute("delete from load_issues");
        ledger.write(name, kind, appended, format, fingerprint, header, lines, appended ? total : counts, readAs);
    }

    private FileImportResult publishFile(HeaderedFile file, String name, InputKind kind, FileFingerprint fingerprint,
                                         RowConverter converter, String dateOrder) throws SQLException {
        RecordLayout layout = file.layout();
        try (Statement statement = connection.createStatement()) {
            // These statements open the transaction before the appenders exist: an appender
            // outside an active transaction commits on its own every 204,800 rows.
            statement.execute("delete from " + kind.loadTable());
            statement.execute("delete from load_issues");
            RowCounts counts = appendRows(file.reader(), name, kind, layout, converter);
            long duplicates = dropDuplicates(statement, name, kind);
            long loaded = count(statement, "select count(*) from " + kind.loadTable());
            settle(statement, name, kind, counts.counts(loaded, duplicates), layout.format(), fingerprint,
                    String.join(",", layout.foldedHeader()), lineBreaks(fingerprint), new ReadAs(file.delimiter(),
                            file.headerLine(), counts.footerLines, dateOrder, converter.paddedPostalCodes()));
            publish(statement, name, kind);
            statement.execute("delete from " + kind.loadTable());
            Status status = counts.read == 0 ? Status.EMPTY : Status.LOADED;
            return new FileImportResult(name, kind, layout.format(), fingerprint.encoding().label(), status,
                    counts.read, loaded, counts.rejected, duplicates, counts.warnings,
                    counts.read == 0 ? name + ": header only, no rows"
                            : counts.footerLines > 0 ? name + ": the report footer (" + counts.footerLines
                            + " lines after the data) is not data and was not read" : "");
        }
    }

    private RowCounts appendRows(CsvRecordReader reader, String name, InputKind kind, RecordLayout layout,
                                 RowConverter converter) throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        RowCounts counts = new RowCounts();
        try (ConvertedRecords records = new ConvertedRecords(reader, layout, converter, kind.fields().size(), name);
             DuckDBAppender rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, kind.loadTable());
             DuckDBAppender issues = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "load_issues")) {
            ConvertedRecords.Row record;
            while ((record = records.next()) != null) {
                counts.read++;
                if (record.rejection() != null) {
                    counts.rejected++;
                    if (counts.firstRejection == null) {
                        counts.firstRejection = describe(record.line(), record.rejection());
                    }
                    appendIssue(issues, name, record.line(), record.rejection(), "rejected");
                    continue;
                }
                for (RowIssue warning : record.warnings()) {
                    counts.warnings++;
                    appendIssue(issues, name, record.line(), warning, "warning");
                }
                rows.beginRow();
                rows.append(name);
                rows.append(record.recordNo());
                rows.append(record.line());
                for (Object value : record.values()) {
                    appendValue(rows, value);
                }
                rows.endRow();
            }
            counts.footerLines = records.footerLines();
        }
        return counts;
    }

    private long dropDuplicates(Statement statement, String name, InputKind kind) throws SQLException {
        String key = kind.key();
        String ranked = "select record_no, line, cast(" + key + " as varchar) as key_value, "
                + "row_number() over (partition by " + key + " order by record_no) as position, "
                + "first_value(line) over (partition by " + key + " order by record_no) as first_line "
                + "from " + kind.loadTable();
        try (PreparedStatement insert = connection.prepareStatement("insert into load_issues "
                + "select ?, line, ?, 'duplicate " + kind.keyLabel() + " ''' || key_value || ''' (first at line ' "
                + "|| first_line || ')', 'duplicate' from (" + ranked + ") where position > 1")) {
            insert.setString(1, name);
            insert.setString(2, kind.keyLabel());
            insert.executeUpdate();
        }
        statement.execute("delete from " + kind.loadTable() + " where record_no in (select record_no from ("
                + ranked + ") where position > 1)");
        return count(statement, "select count(*) from load_issues where kind = 'duplicate'");
    }

    private void publish(Statement statement, String name, InputKind kind) throws SQLException {
        boolean perFile = kind == InputKind.CONTACTS || kind.replacesFile();
        String sameRecord = kind.replacesFile() ? "source_file = ?"
                : kind == InputKind.CONTACTS
                ? "source_file = ? and contact_id in (select contact_id from " + kind.loadTable() + ")"
                : kind.key() + " in (select " + kind.key() + " from " + kind.loadTable() + ")";
        try (PreparedStatement delete = connection.prepareStatement("delete from " + kind.table() + " where " + sameRecord)) {
            if (perFile) {
                delete.setString(1, name);
            }
            delete.executeUpdate();
        }
        statement.execute("insert into " + kind.table() + " select * from " + kind.loadTable());
    }

    /**
     * The file as imported before with records appended (an activity log re-exported a
     * month later): only the new records are read, numbered and lined on from the old ones,
     * so a month's import costs the month, not the history. A key the file already had is a
     * duplicate, as it would be in a full read.
     */
    private FileImportResult appendedSinceLastImport(Path path, String name, InputKind kind)
            throws IOException, SQLException {
        EarlierImport before = EarlierImport.appendableTo(ledger.entry(name), kind);
        if (before == null || Files.size(path) <= before.size()) {
            return null;
        }
        FileEncoding encoding = before.encoding();
        Delimiter delimiter = before.delimiter();
        long oldSize = before.size();
        // Checking that the old part is unchanged (its checksum) takes 0.5 s for a 477 MB log:
        // done on the other core while the appended rows are read, and awaited before any of
        // them is judged. A file that is not the old one plus more is rolled back and read whole.
        Alongside<AppendedTail, IOException> check = Alongside.start(() -> AppendedTail.check(path, oldSize,
                before.checksum()));
        RecordLayout layout = layouts.forHeader(name, kind, before.header());
        long linesBefore = before.lines();
        long readBefore = before.counts().read();
        try (CsvRecordReader reader = CsvRecordReader.openAt(path, encoding, delimiter, name, oldSize, linesBefore,
                readBefore)) {
            return Transaction.run(connection, () -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("delete from " + kind.loadTable());
                    statement.execute("delete from load_issues");
                    RowCounts counts;
                    try {
                        counts = appendRows(reader, name, kind, layout, new RowConverter(kind, layout, patients,
                                new ReadRules(Map.of(), false, delimiter != Delimiter.COMMA)));
                    } catch (RuntimeException | SQLException e) {
                        appendedTail(check);
                        throw e;
                    }
                    AppendedTail tail = appendedTail(check);
                    long duplicates = dropDuplicates(statement, name, kind) + dropKnownKeys(statement, name, kind);
                    long loaded = count(statement, "select count(*) from " + kind.loadTable());
                    LoadCounts earlier = before.counts();
                    settle(statement, name, kind, counts.counts(loaded, duplicates), new LoadCounts(readBefore + counts.read,
                                    earlier.loaded() + loaded, earlier.rejected() + counts.rejected,
                                    earlier.duplicates() + duplicates, counts.warnings, counts.firstRejection),
                            layout.format(), new FileFingerprint(tail.checksum(), tail.size(), encoding, null,
                                    tail.modifiedMillis()), String.join(",", before.header()), linesBefore + tail.lineBreaks(),
                            new ReadAs(delimiter, before.headerLine(), 0, "", 0));
                    publish(statement, name, kind);
                    statement.execute("delete from " + kind.loadTable());
                    return new FileImportResult(name, kind, layout.format(), encoding.label(), Status.APPENDED,
                            counts.read, loaded, counts.rejected, duplicates, counts.warnings, name + ": "
                            + counts.read + " appended rows read after the " + readBefore + " imported before");
                }
            });
        } catch (NotAppended e) {
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The file is not the one imported before plus appended records: read it whole. */
    private static final class NotAppended extends RuntimeException {
        NotAppended() {
            super(null, null, false, false);
        }
    }

    /** The appended part, once the old part is known unchanged; otherwise {@link NotAppended}. */
    private static AppendedTail appendedTail(Alongside<AppendedTail, IOException> check) {
        AppendedTail tail;
        try {
            tail = check.join();
        } catch (IOException e) {
            // Awaited inside the transaction, whose work may throw only SQL errors: unwrapped after it.
            throw new UncheckedIOException(e);
        }
        if (tail == null) {
            throw new NotAppended();
        }
        return tail;
    }

    /** Appended rows whose key the file already had: duplicates of the earlier row, which stays. */
    private long dropKnownKeys(Statement statement, String name, InputKind kind) throws SQLException {
        String key = kind.key();
        String known = "select l.record_no, l.line, cast(l." + key + " as varchar) as key_value, min(r.line) as first_line "
                + "from " + kind.loadTable() + " l join " + kind.table() + " r on r." + key + " = l." + key
                + " and r.source_file = l.source_file group by all";
        try (PreparedStatement insert = connection.prepareStatement("insert into load_issues select ?, line, ?, "
                + "'duplicate " + kind.keyLabel() + " ''' || key_value || ''' (first at line ' || coalesce(first_line::varchar, "
                + "'an earlier import') || ')', 'duplicate' from (" + known + ")")) {
            insert.setString(1, name);
            insert.setString(2, kind.keyLabel());
            long added = insert.executeUpdate();
            statement.execute("delete from " + kind.loadTable() + " where record_no in (select record_no from ("
                    + known + "))");
            return added;
        }
    }

    private static Long lineBreaks(FileFingerprint fingerprint) {
        return fingerprint.shape() == null ? null : fingerprint.shape().lineBreaks();
    }

    /** Removes everything a file loaded, with its issues and ledger row. */
    public void forget(String name, InputKind kind) throws SQLException {
        ledger.forget(name, kind);
    }

    private void publishEmpty(String name, InputKind kind, FileFingerprint fingerprint, String header, ReadAs readAs)
            throws SQLException {
        Transaction.run(connection, () -> {
            ledger.write(name, kind, false, "empty", fingerprint, header, lineBreaks(fingerprint),
                    new LoadCounts(0, 0, 0, 0, 0, null), readAs);
            return null;
        });
    }

    static String describe(long line, RowIssue rejection) {
        return "line " + line + (rejection.column().isEmpty() ? "" : ", column " + rejection.column()) + ": "
                + rejection.reason();
    }

    static void appendIssue(DuckDBAppender issues, String name, long line, RowIssue issue, String kind)
            throws SQLException {
        issues.beginRow();
        issues.append(name);
        issues.append(line);
        issues.append(issue.column());
        issues.append(issue.reason());
        issues.append(kind);
        issues.endRow();
    }

    static void appendValue(DuckDBAppender rows, Object value) throws SQLException {
        if (value == null) {
            rows.appendNull();
        } else if (value instanceof String text) {
            rows.append(text);
        } else if (value instanceof LocalDate date) {
            rows.append(date);
        } else if (value instanceof Double number) {
            rows.append(number.doubleValue());
        } else if (value instanceof Integer number) {
            rows.append(number.intValue());
        } else if (value instanceof Boolean flag) {
            rows.append(flag.booleanValue());
        } else {
            throw new IllegalArgumentException("no column type for " + value.getClass());
        }
    }

    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final class RowCounts {
        long footerLines;
        long read;
        long rejected;
        long warnings;
        String firstRejection;

        LoadCounts counts(long loaded, long duplicates) {
            return new LoadCounts(read, loaded, rejected, duplicates, warnings, firstRejection);
        }
    }
}
