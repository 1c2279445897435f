package com.rapport.ingest;

import com.rapport.core.DateOrder;
import com.rapport.ingest.FileImportResult.Status;
import com.rapport.ingest.format.Layouts;
import com.rapport.ingest.format.RecordLayout;
import com.rapport.store.Alongside;
import com.rapport.store.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Imports one input file as one transaction: its rows (inserted or replacing rows with
 * the same natural key), its rejected rows with line, column and reason, and its ledger
 * row. It follows the file's {@link ImportPlan} and loads the rows read by the reader that
 * suits the file through the one {@link LoadProtocol}.
 */
public final class FileImporter {

    /** A blank line among this many last records may begin a footer, which the row-by-row reader tells. */
    private static final int MAX_FOOTER_RECORDS = 100;

    private final Connection connection;
    private final PatientIdHasher patients;
    private final Layouts layouts;
    private final ImportLedger ledger;
    private final ImportPlanner planner;
    private final LoadProtocol protocol;
    private final boolean engineReader;
    private final Path database;

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
        this.layouts = layouts;
        this.engineReader = engineReader;
        this.ledger = new ImportLedger(connection);
        this.planner = new ImportPlanner(ledger);
        this.protocol = new LoadProtocol(connection, threshold, ledger);
        this.database = databaseFile(connection);
    }

    public FileImportResult importFile(Path path, String name, InputKind kind) throws IOException, SQLException {
        ImportPlan plan = planner.plan(path, name, kind);
        if (plan instanceof ImportPlan.Appended appended) {
            FileImportResult result = importAppended(path, name, kind, appended.before());
            if (result != null) {
                return result;
            }
            plan = planner.whole(path, name, kind);
        }
        if (plan instanceof ImportPlan.Untouched untouched) {
            return untouched.result();
        }
        if (plan instanceof ImportPlan.Unchanged unchanged) {
            return unchanged.result();
        }
        return importWhole(path, name, kind, ((ImportPlan.Full) plan).fingerprint());
    }

    private FileImportResult importWhole(Path path, String name, InputKind kind, FileFingerprint fingerprint)
            throws IOException, SQLException {
        Delimiter delimiter = HeaderedFile.delimiterOf(path, fingerprint);
        try (HeaderedFile file = HeaderedFile.open(path, name, kind, fingerprint.encoding(), delimiter, layouts)) {
            RecordLayout layout = file.layout();
            if (layout == null) {
                if (kind.replacesFile()) {
                    forget(name, kind);
                }
                publishEmpty(name, kind, fingerprint, new ReadAs(delimiter, 0, 0, "", 0));
                return new FileImportResult(name, kind, "empty", fingerprint.encoding().label(), Status.EMPTY,
                        0, 0, 0, 0, 0, name + ": empty file, nothing to import");
            }
            DateOrders dates = DateOrders.scan(path, name, kind, fingerprint.encoding(), delimiter, layouts);
            Map<Integer, DateOrder> dateOrders = dates.decide(name, layouts.mappings().dateOrder(name));
            ReadRules rules = new ReadRules(dateOrders, kind == InputKind.CONTACTS && layouts.mappings().usPostalCodes(),
                    delimiter != Delimiter.COMMA);
            // The engine reads a plain file: header on line 1, every line's fields named, no footer.
            if (engineReader && EngineLoader.suits(kind, layout, fingerprint) && file.headerLine() == 1
                    && file.header().size() == layout.width()
                    && !fingerprint.shape().blankLineNearEnd(MAX_FOOTER_RECORDS)) {
                // The contact exports read row by row grew the heap, and G1 keeps it unless a full
                // collection returns it: DuckDB's buffers need that memory for the large file (peak RSS).
                System.gc();
                try {
                    return protocol.run(name, kind, new EngineLoader(connection, patients, path, name, kind,
                            fingerprint, layout, rules, dates.engineFormat(dateOrders)));
                } catch (EngineLoader.NotSuitable messy) {
                    // rolled back; the row-by-row path reads it with the same rules
                }
            }
            return protocol.run(name, kind, FileRows.whole(connection, file, name, kind, fingerprint,
                    new RowConverter(kind, layout, patients, rules),
                    new ReadAs(file.delimiter(), file.headerLine(), 0, DateOrders.label(dateOrders), 0)));
        }
    }

    /**
     * The file as imported before with records appended (an activity log re-exported a
     * month later): only the new records are read, so a month's import costs the month, not
     * the history. Null when the old part changed: then the file is read whole.
     */
    private FileImportResult importAppended(Path path, String name, InputKind kind, EarlierImport before)
            throws IOException, SQLException {
        long oldSize = before.size();
        // Checksumming the old part is done on the other core while the appended rows are read,
        // and awaited before any of them is judged.
        Alongside<AppendedTail, IOException> check = Alongside.start(() -> AppendedTail.check(path, oldSize,
                before.checksum()));
        RecordLayout layout = layouts.forHeader(name, kind, before.header());
        Delimiter delimiter = before.delimiter();
        try (CsvRecordReader reader = CsvRecordReader.openAt(path, before.encoding(), delimiter, name, oldSize,
                before.lines(), before.counts().read())) {
            return protocol.run(name, kind, FileRows.appended(connection, reader, name, kind, layout,
                    new RowConverter(kind, layout, patients, new ReadRules(Map.of(), false, delimiter != Delimiter.COMMA)),
                    before, check));
        } catch (FileRows.NotAppended e) {
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Deletes the rows a DuckDB-read import of this kind set aside, in case a run was killed
     * between that import's commit and their removal.
     */
    public void removeSetAside(InputKind kind) throws SQLException {
        EngineLoader.removeSetAside(connection, kind);
    }

    /** Removes everything a file loaded, with its issues and ledger row. */
    public void forget(String name, InputKind kind) throws SQLException {
        ledger.forget(name, kind);
    }

    /** The database file the imports write to, for messages about it (a full disk); null in memory. */
    public Path database() {
        return database;
    }

    private static Path databaseFile(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select path from duckdb_databases() "
                     + "where database_name = current_database()")) {
            return rs.next() && rs.getString(1) != null ? Path.of(rs.getString(1)) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private void publishEmpty(String name, InputKind kind, FileFingerprint fingerprint, ReadAs readAs)
            throws SQLException {
        Transaction.run(connection, () -> {
            ledger.write(name, kind, false, "empty", fingerprint, "", FileRows.lineBreaks(fingerprint),
                    new LoadCounts(0, 0, 0, 0, 0, null), readAs);
            return null;
        });
    }
}
