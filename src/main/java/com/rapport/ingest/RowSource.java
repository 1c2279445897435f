package com.rapport.ingest;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * One way of reading a file's rows into the {@link LoadProtocol}: row by row
 * ({@link FileRows}, a whole file or its appended records) or DuckDB's own reader
 * ({@link EngineLoader}). Each step runs inside the file's transaction, with
 * {@code load_issues} empty before {@link #stage}.
 */
interface RowSource {

    /** Reads the rows into staging, each rejected row and warning into {@code load_issues}, tallied. */
    Tally stage(Statement statement) throws SQLException;

    /** Keeps out each later row with a key seen before and lists it as a duplicate; how many. */
    long dropDuplicates(Statement statement) throws SQLException;

    /** The staged rows kept: neither rejected nor duplicates. */
    long loaded(Statement statement) throws SQLException;

    /** What the ledger records of the read; known once the rows are staged. */
    LedgerFacts facts(Tally tally);

    /** Makes the kept rows the table's, replacing those they supersede. */
    void publish(Statement statement) throws SQLException;

    /** What importing the file did, told to the user. */
    FileImportResult result(LoadCounts counts, Tally tally);

    /** Work after the transaction commits (rows a source set aside in the table). */
    default void afterCommit() throws SQLException {
    }

    /**
     * How a file was read, for its ledger row.
     *
     * @param before for an appended part, the counts of the import it continues (the ledger keeps the
     *               whole file's); null for a whole file
     */
    record LedgerFacts(String format, FileFingerprint fingerprint, String header, Long lines, ReadAs readAs,
                       LoadCounts before) {
    }
}
