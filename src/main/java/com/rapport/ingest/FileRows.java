package com.rapport.ingest;

import com.rapport.ingest.FileImportResult.Status;
import com.rapport.ingest.format.RecordLayout;
import com.rapport.store.Alongside;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows read and judged one by one in Java ({@link RowConverter}), staged in the kind's load
 * table and published from there: a whole file, or the records appended to one imported
 * before (numbered and lined on from the old ones; a key the file already had is a duplicate,
 * as it would be in a full read).
 */
final class FileRows implements RowSource {

    private final Connection connection;
    private final CsvRecordReader reader;
    private final String name;
    private final InputKind kind;
    private final RecordLayout layout;
    private final RowConverter converter;
    /** A whole file: its fingerprint and how it was read; null for an appended part. */
    private final FileFingerprint fingerprint;
    private final ReadAs readAs;
    /** An appended part: the import it continues and the check that its old bytes are unchanged. */
    private final EarlierImport before;
    private final Alongside<AppendedTail, IOException> check;
    private AppendedTail tail;

    private FileRows(Connection connection, CsvRecordReader reader, String name, InputKind kind, RecordLayout layout,
                     RowConverter converter, FileFingerprint fingerprint, ReadAs readAs, EarlierImport before,
                     Alongside<AppendedTail, IOException> check) {
        this.connection = connection;
        this.reader = reader;
        this.name = name;
        this.kind = kind;
        this.layout = layout;
        this.converter = converter;
        this.fingerprint = fingerprint;
        this.readAs = readAs;
        this.before = before;
        this.check = check;
    }

    /** @param readAs how the file was read; its footer lines and padded postal codes are filled in once staged */
    static FileRows whole(Connection connection, HeaderedFile file, String name, InputKind kind,
                          FileFingerprint fingerprint, RowConverter converter, ReadAs readAs) {
        return new FileRows(connection, file.reader(), name, kind, file.layout(), converter, fingerprint, readAs,
                null, null);
    }

    /**
     * @param reader positioned after the old bytes
     * @param check  whether the old bytes are unchanged, running alongside: awaited before any
     *               appended row is judged; when they are not, {@link NotAppended}
     */
    static FileRows appended(Connection connection, CsvRecordReader reader, String name, InputKind kind,
                             RecordLayout layout, RowConverter converter, EarlierImport before,
                             Alongside<AppendedTail, IOException> check) {
        return new FileRows(connection, reader, name, kind, layout, converter, null, null, before, check);
    }

    /** The file is not the one imported before plus appended records: it is read whole. */
    static final class NotAppended extends RuntimeException {
        NotAppended() {
            super(null, null, false, false);
        }
    }

    @Override
    public Tally stage(Statement statement) throws SQLException {
        // This statement opens the transaction before the appenders exist: an appender outside
        // an active transaction commits on its own every 204,800 rows.
        statement.execute("delete from " + kind.loadTable());
        if (check == null) {
            return appendRows();
        }
        Tally tally;
        try {
            tally = appendRows();
        } catch (RuntimeException | SQLException e) {
            appendedTail();
            throw e;
        }
        tail = appendedTail();
        return tally;
    }

    private Tally appendRows() throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        Tally tally = new Tally();
        try (ConvertedRecords records = new ConvertedRecords(reader, layout, converter, kind.fields().size(), name);
             DuckDBAppender rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, kind.loadTable());
             DuckDBAppender issues = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "load_issues")) {
            ConvertedRecords.Row record;
            while ((record = records.next()) != null) {
                tally.read++;
                if (record.rejection() != null) {
                    tally.reject(issues, name, record.line(), record.rejection());
                    continue;
                }
                for (RowIssue warning : record.warnings()) {
                    tally.warn(issues, name, record.line(), warning);
                }
                Staging.appendRow(rows, name, record.recordNo(), record.line(), record.values());
            }
            tally.footerLines = records.footerLines();
        }
        return tally;
    }

    /** The appended part, once the old part is known unchanged; otherwise {@link NotAppended}. */
    private AppendedTail appendedTail() {
        AppendedTail checked;
        try {
            checked = check.join();
        } catch (IOException e) {
            // Awaited inside the transaction, whose work may throw only SQL errors: unwrapped after it.
            throw new UncheckedIOException(e);
        }
        if (checked == null) {
            throw new NotAppended();
        }
        return checked;
    }

    @Override
    public long dropDuplicates(Statement statement) throws SQLException {
        long duplicates = dropLaterRows(statement);
        return before == null ? duplicates : duplicates + dropKnownKeys(statement);
    }

    /** Later rows of a key seen before in these rows: duplicates of the first, which stays. */
    private long dropLaterRows(Statement statement) throws SQLException {
        String key = kind.key();
        String ranked = "select record_no, line, cast(" + key + " as varchar) as key_value, "
                + "row_number() over (partition by " + key + " order by record_no) as position, "
                + "first_value(line) over (partition by " + key + " order by record_no) as first_line "
                + "from " + kind.loadTable();
        long listed = listDuplicates("select * from (" + ranked + ") where position > 1");
        statement.execute("delete from " + kind.loadTable() + " where record_no in (select record_no from ("
                + ranked + ") where position > 1)");
        return listed;
    }

    /** Appended rows whose key the file already had: duplicates of the earlier row, which stays. */
    private long dropKnownKeys(Statement statement) throws SQLException {
        String key = kind.key();
        String known = "select l.record_no, l.line, cast(l." + key + " as varchar) as key_value, min(r.line) as first_line "
                + "from " + kind.loadTable() + " l join " + kind.table() + " r on r." + key + " = l." + key
                + " and r.source_file = l.source_file group by all";
        long listed = listDuplicates(known);
        statement.execute("delete from " + kind.loadTable() + " where record_no in (select record_no from ("
                + known + "))");
        return listed;
    }

    /** Lists the rows of a query with {@code line}, {@code key_value} and {@code first_line} as duplicates. */
    private long listDuplicates(String later) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into load_issues select ?, line, ?, "
                + DuplicateReason.sql(kind.keyLabel(), "key_value", "first_line") + ", 'duplicate' from (" + later + ")")) {
            insert.setString(1, name);
            insert.setString(2, kind.keyLabel());
            return insert.executeUpdate();
        }
    }

    @Override
    public long loaded(Statement statement) throws SQLException {
        return Staging.count(statement, "select count(*) from " + kind.loadTable());
    }

    @Override
    public LedgerFacts facts(Tally tally) {
        if (before == null) {
            return new LedgerFacts(layout.format(), fingerprint, String.join(",", layout.foldedHeader()),
                    lineBreaks(fingerprint), new ReadAs(readAs.delimiter(), readAs.headerLine(), tally.footerLines,
                    readAs.dateOrder(), converter.paddedPostalCodes()), null);
        }
        return new LedgerFacts(layout.format(), new FileFingerprint(tail.checksum(), tail.size(), before.encoding(),
                null, tail.modifiedMillis()), String.join(",", before.header()), before.lines() + tail.lineBreaks(),
                new ReadAs(before.delimiter(), before.headerLine(), 0, "", 0), before.counts());
    }

    static Long lineBreaks(FileFingerprint fingerprint) {
        return fingerprint.shape() == null ? null : fingerprint.shape().lineBreaks();
    }

    @Override
    public void publish(Statement statement) throws SQLException {
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
        statement.execute("delete from " + kind.loadTable());
    }

    @Override
    public FileImportResult result(LoadCounts counts, Tally tally) {
        if (before != null) {
            return new FileImportResult(name, kind, layout.format(), before.encoding().label(), Status.APPENDED,
                    counts.read(), counts.loaded(), counts.rejected(), counts.duplicates(), counts.warnings(), name
                    + ": " + counts.read() + " appended rows read after the " + before.counts().read()
                    + " imported before");
        }
        return new FileImportResult(name, kind, layout.format(), fingerprint.encoding().label(),
                counts.read() == 0 ? Status.EMPTY : Status.LOADED, counts.read(), counts.loaded(), counts.rejected(),
                counts.duplicates(), counts.warnings(), counts.read() == 0 ? name + ": header only, no rows"
                : tally.footerLines > 0 ? name + ": the report footer (" + tally.footerLines
                + " lines after the data) is not data and was not read" : "");
    }
}
