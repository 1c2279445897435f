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
import java.util.ArrayList;
import java.util.List;
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
    /** Files this large are read by DuckDB's own CSV reader (see {@link EngineLoader}). */
    public static final long ENGINE_MINIMUM_BYTES = 32L << 20;

    private final Layouts layouts;
    private final EngineLoader engine;
    private final EncodingSniffer sniffer = new EncodingSniffer();

    public FileImporter(Connection connection, PatientIdHasher patients, RejectThreshold threshold, Layouts layouts) {
        this(connection, patients, threshold, layouts, ENGINE_MINIMUM_BYTES);
    }

    /** @param engineMinimumBytes the size from which a file is read by DuckDB's reader rather than row by row */
    public FileImporter(Connection connection, PatientIdHasher patients, RejectThreshold threshold, Layouts layouts,
                        long engineMinimumBytes) {
        this.connection = connection;
        this.patients = patients;
        this.threshold = threshold;
        this.layouts = layouts;
        this.engine = new EngineLoader(connection, patients, engineMinimumBytes);
    }

    public FileImportResult importFile(Path path, String name, InputKind kind) throws IOException, SQLException {
        FileImportResult untouched = untouchedSinceLastImport(path, name, kind);
        if (untouched != null) {
            return untouched;
        }
        FileImportResult appended = appendedSinceLastImport(path, name, kind);
        if (appended != null) {
            return appended;
        }
        FileFingerprint fingerprint = sniffer.sniff(path, name);
        FileImportResult unchanged = unchangedSinceLastImport(name, kind, fingerprint);
        if (unchanged != null) {
            // Same content, new time stamp (a copy, a touch): remember it, so next time the quick check suffices.
            try (PreparedStatement stamp = connection.prepareStatement(
                    "update import_ledger set size = ?, modified = ? where file = ?")) {
                stamp.setLong(1, fingerprint.bytes());
                stamp.setLong(2, fingerprint.modifiedMillis());
                stamp.setString(3, name);
                stamp.executeUpdate();
            }
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
            if (engine.suits(kind, layout, fingerprint) && file.headerLine() == 1
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
                EngineLoader.Counts counts = engine.load(path, name, kind, fingerprint.shape(), layout, rules, dateFormat);
                reconcile(statement, name, counts.read(), counts.loaded(), counts.rejected(), counts.duplicates());
                threshold.check(name, counts.read(), counts.rejected(), counts.firstRejection());
                publishIssues(statement, name);
                writeLedger(name, kind, false, layout.format(), fingerprint, String.join(",", layout.foldedHeader()),
                        lineBreaks(fingerprint), counts.read(), counts.loaded(), counts.rejected(), counts.duplicates(),
                        new ReadAs(fingerprint.shape().delimiter(), 1, 0, DateOrders.label(rules.dateOrders()), 0));
                statement.execute("delete from load_issues");
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
    private static void reconcile(Statement statement, String name, long read, long loaded, long rejected,
                                  long duplicates) throws SQLException {
        long rejectedInDb = count(statement, "select count(*) from load_issues where kind = 'rejected'");
        long duplicatesInDb = count(statement, "select count(*) from load_issues where kind = 'duplicate'");
        if (read != loaded + rejected + duplicates || rejectedInDb != rejected || duplicatesInDb != duplicates) {
            throw new InputRefusedException(name + ": rows do not reconcile (read " + read + ", loaded " + loaded
                    + ", rejected " + rejected + ", duplicates " + duplicates + "); nothing from this file was imported");
        }
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
            reconcile(statement, name, counts.read, loaded, counts.rejected, duplicates);
            threshold.check(name, counts.read, counts.rejected, counts.firstRejection);
            publish(statement, name, kind);
            publishIssues(statement, name);
            writeLedger(name, kind, false, layout.format(), fingerprint, String.join(",", layout.foldedHeader()),
                    lineBreaks(fingerprint), counts.read, loaded, counts.rejected, duplicates, new ReadAs(file.delimiter(),
                            file.headerLine(), counts.footerLines, dateOrder, converter.paddedPostalCodes()));
            statement.execute("delete from " + kind.loadTable());
            statement.execute("delete from load_issues");
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

    /** The file's issues replace those of its previous import. */
    private void publishIssues(Statement statement, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from import_issues where file = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
        statement.execute("insert into import_issues select * from load_issues");
    }

    /**
     * The file as imported before with records appended (an activity log re-exported a
     * month later): only the new records are read, numbered and lined on from the old ones,
     * so a month's import costs the month, not the history. A key the file already had is a
     * duplicate, as it would be in a full read.
     */
    private FileImportResult appendedSinceLastImport(Path path, String name, InputKind kind)
            throws IOException, SQLException {
        if (kind == InputKind.CONTACTS || kind.replacesFile()) {
            return null;
        }
        Map<String, Object> entry = ledgerEntry(name);
        if (entry == null || entry.get("size") == null || entry.get("lines") == null
                || !"canonical".equals(entry.get("format")) || number(entry, "footer_lines") > 0
                || (entry.get("date_order") != null && !"".equals(entry.get("date_order")))) {
            // Records appended after a footer, or dates in another order, are read with the whole file.
            return null;
        }
        Delimiter delimiter = Delimiter.of((String) entry.get("delimiter"));
        FileEncoding encoding = entry.get("encoding").equals(FileEncoding.UTF_8.label()) ? FileEncoding.UTF_8
                : entry.get("encoding").equals(FileEncoding.UTF_8_BOM.label()) ? FileEncoding.UTF_8_BOM : null;
        long oldSize = ((Number) entry.get("size")).longValue();
        if (encoding == null || Files.size(path) <= oldSize) {
            return null;
        }
        // Checking that the old part is unchanged (its checksum) takes 0.5 s for a 477 MB log:
        // done on the other core while the appended rows are read, and awaited before any of
        // them is judged. A file that is not the old one plus more is rolled back and read whole.
        Alongside<AppendedTail, IOException> check = Alongside.start(() -> AppendedTail.check(path, oldSize,
                (String) entry.get("checksum")));
        RecordLayout layout = layouts.forHeader(name, kind, List.of(((String) entry.get("header")).split(",", -1)));
        long linesBefore = ((Number) entry.get("lines")).longValue();
        long readBefore = ((Number) entry.get("rows_read")).longValue();
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
                    reconcile(statement, name, counts.read, loaded, counts.rejected, duplicates);
                    threshold.check(name, counts.read, counts.rejected, counts.firstRejection);
                    publish(statement, name, kind);
                    statement.execute("insert into import_issues select * from load_issues");
                    writeLedger(name, kind, true, layout.format(), new FileFingerprint(tail.checksum(), tail.size(), encoding, null,
                            tail.modifiedMillis()), (String) entry.get("header"), linesBefore + tail.lineBreaks(),
                            readBefore + counts.read, number(entry, "rows_loaded") + loaded,
                            number(entry, "rows_rejected") + counts.rejected,
                            number(entry, "rows_duplicate") + duplicates, new ReadAs(delimiter,
                                    number(entry, "header_line"), 0, "", 0));
                    statement.execute("delete from " + kind.loadTable());
                    statement.execute("delete from load_issues");
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

    private Map<String, Object> ledgerEntry(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select * from import_ledger where file = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    private static Long lineBreaks(FileFingerprint fingerprint) {
        return fingerprint.shape() == null ? null : fingerprint.shape().lineBreaks();
    }

    /** A number of the ledger row; 0 for a column added after the row was written. */
    private static long number(Map<String, Object> row, String column) {
        return row.get(column) == null ? 0 : ((Number) row.get(column)).longValue();
    }

    /** Removes everything a file loaded, with its issues and ledger row. */
    public void forget(String name, InputKind kind) throws SQLException {
        Transaction.run(connection, () -> {
            int removed = 0;
            for (String table : List.of(kind.table(), "import_issues", "import_ledger")) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where "
                        + (table.equals(kind.table()) ? "source_file" : "file") + " = ?")) {
                    delete.setString(1, name);
                    removed += delete.executeUpdate();
                }
            }
            if (removed > 0) {
                markChanged(name, kind, false);
            }
            return null;
        });
    }

    /**
     * Marks the file's rows changed since the partner list and the resolved activity were
     * built, in the import's own transaction: the partner step clears the marks when it has
     * caught up, so a run stopped in between leaves them for the next (schema/raw.sql).
     */
    private void markChanged(String name, InputKind kind, boolean appended) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement("insert into changes_to_resolve values (?, ?, ?)")) {
            mark.setString(1, name);
            mark.setString(2, kind.name());
            mark.setBoolean(3, appended);
            mark.executeUpdate();
        }
    }

    private void publishEmpty(String name, InputKind kind, FileFingerprint fingerprint, String header, ReadAs readAs)
            throws SQLException {
        Transaction.run(connection, () -> {
            writeLedger(name, kind, false, "empty", fingerprint, header, lineBreaks(fingerprint), 0, 0, 0, 0, readAs);
            return null;
        });
    }

    /** The file's ledger row, written with its rows, and the mark that they changed. */
    private void writeLedger(String name, InputKind kind, boolean appended, String format, FileFingerprint fingerprint,
                             String header, Long lines, long read, long loaded, long rejected, long duplicates,
                             ReadAs readAs) throws SQLException {
        markChanged(name, kind, appended);
        try (PreparedStatement delete = connection.prepareStatement("delete from import_ledger where file = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into import_ledger (file, format, encoding, "
                + "checksum, header, imported_at, rows_read, rows_loaded, rows_rejected, rows_duplicate, size, modified, "
                + "lines, delimiter, header_line, footer_lines, date_order, postal_codes_padded) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, format);
            insert.setString(3, fingerprint.encoding().label());
            insert.setString(4, fingerprint.sha256());
            insert.setString(5, header);
            insert.setObject(6, LocalDateTime.now());
            insert.setLong(7, read);
            insert.setLong(8, loaded);
            insert.setLong(9, rejected);
            insert.setLong(10, duplicates);
            insert.setLong(11, fingerprint.bytes());
            insert.setLong(12, fingerprint.modifiedMillis());
            insert.setObject(13, lines);
            insert.setString(14, readAs.delimiter().label());
            insert.setLong(15, readAs.headerLine());
            insert.setLong(16, readAs.footerLines());
            insert.setString(17, readAs.dateOrder());
            insert.setLong(18, readAs.paddedPostalCodes());
            insert.executeUpdate();
        }
    }

    /**
     * The quick check make and rsync use: the same size and modification time as at the last
     * import means the same content, without reading it (650 MB of activity take a second to
     * checksum, which the monthly run with nothing new should not pay).
     */
    private FileImportResult untouchedSinceLastImport(Path path, String name, InputKind kind) throws SQLException {
        try {
            return sameAsLastImport(name, kind, "size = ? and modified = ?", Files.size(path),
                    Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    private FileImportResult unchangedSinceLastImport(String name, InputKind kind, FileFingerprint fingerprint)
            throws SQLException {
        return sameAsLastImport(name, kind, "checksum = ?", fingerprint.sha256());
    }

    private FileImportResult sameAsLastImport(String name, InputKind kind, String condition, Object... values)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select format, encoding, rows_read, rows_loaded, "
                + "rows_rejected, rows_duplicate from import_ledger where file = ? and " + condition)) {
            query.setString(1, name);
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 2, values[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    return new FileImportResult(name, kind, rs.getString(1), rs.getString(2), Status.UNCHANGED,
                            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), 0,
                            name + ": unchanged since the last import");
                }
            }
        }
        return null;
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
    }
}
