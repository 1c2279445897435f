package com.rapport.ingest;

import com.rapport.store.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one way a file's rows are loaded, whichever {@link RowSource} reads them, as one
 * transaction: stage, drop duplicates, reconcile the counts, check the reject threshold,
 * write the file's issues and its ledger row, publish. A file that fails the reconciliation
 * or the threshold is refused whole ({@link RowsRefused}, with what was read).
 */
final class LoadProtocol {

    private final Connection connection;
    private final RejectThreshold threshold;
    private final ImportLedger ledger;

    LoadProtocol(Connection connection, RejectThreshold threshold, ImportLedger ledger) {
        this.connection = connection;
        this.threshold = threshold;
        this.ledger = ledger;
    }

    FileImportResult run(String name, InputKind kind, RowSource source) throws SQLException {
        FileImportResult result = Transaction.run(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("delete from load_issues");
                Tally tally = source.stage(statement);
                long duplicates = source.dropDuplicates(statement);
                LoadCounts counts = tally.counts(source.loaded(statement), duplicates);
                RowSource.LedgerFacts facts = source.facts(tally);
                try {
                    reconcile(statement, name, counts);
                    threshold.check(name, counts.read(), counts.rejected(), counts.firstRejection());
                } catch (InputRefusedException refused) {
                    throw new RowsRefused(refused.getMessage(), counts, facts.format(),
                            facts.fingerprint().encoding().label());
                }
                writeIssues(statement, name, facts.before() != null);
                ledger.write(name, kind, facts.before() != null, facts.format(), facts.fingerprint(), facts.header(),
                        facts.lines(), facts.before() == null ? counts : facts.before().plus(counts), facts.readAs());
                source.publish(statement);
                return source.result(counts, tally);
            }
        });
        source.afterCommit();
        return result;
    }

    /**
     * The records the file holds (counted by its own reader) must all be accounted for, and
     * the rejects and duplicates counted must be the ones recorded; otherwise nothing of the file is kept.
     */
    private static void reconcile(Statement statement, String name, LoadCounts counts) throws SQLException {
        long rejectedInDb = Staging.count(statement, "select count(*) from load_issues where kind = 'rejected'");
        long duplicatesInDb = Staging.count(statement, "select count(*) from load_issues where kind = 'duplicate'");
        if (counts.read() != counts.loaded() + counts.rejected() + counts.duplicates()
                || rejectedInDb != counts.rejected() || duplicatesInDb != counts.duplicates()) {
            throw new InputRefusedException(name + ": rows do not reconcile (read " + counts.read() + ", loaded "
                    + counts.loaded() + ", rejected " + counts.rejected() + ", duplicates " + counts.duplicates()
                    + "); nothing from this file was imported");
        }
    }

    /** The file's issues replace those of its previous import; an appended part adds its own. */
    private void writeIssues(Statement statement, String name, boolean appended) throws SQLException {
        if (!appended) {
            try (PreparedStatement delete = connection.prepareStatement("delete from import_issues where file = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
        }
        statement.execute("insert into import_issues select * from load_issues");
        statement.execute("delete from load_issues");
    }

    /** A file refused whole for its rows: the message, with what was read of it for the user's table. */
    static final class RowsRefused extends InputRefusedException {
        private final transient LoadCounts counts;
        private final String format;
        private final String encoding;

        RowsRefused(String message, LoadCounts counts, String format, String encoding) {
            super(message);
            this.counts = counts;
            this.format = format;
            this.encoding = encoding;
        }

        /** Nothing of the file loaded; its rows read, rejected and duplicated as counted. */
        FileImportResult result(String name, InputKind kind) {
            return new FileImportResult(name, kind, format, encoding, FileImportResult.Status.REFUSED, counts.read(),
                    0, counts.rejected(), counts.duplicates(), counts.warnings(), getMessage());
        }
    }
}
