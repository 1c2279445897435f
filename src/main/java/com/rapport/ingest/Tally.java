package com.rapport.ingest;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;

/**
 * What staging a file's rows found, whichever reader staged them: the records read, the
 * rejected ones and the warnings (each also written to {@code load_issues}), the first
 * rejection for the threshold's message, and the footer lines the row-by-row reader left out.
 */
final class Tally {

    long read;
    long rejected;
    long warnings;
    long footerLines;
    String firstRejection;

    void reject(DuckDBAppender issues, String name, long line, RowIssue issue) throws SQLException {
        rejected++;
        if (firstRejection == null) {
            firstRejection = issue.at(line);
        }
        Staging.appendIssue(issues, name, line, issue, "rejected");
    }

    void warn(DuckDBAppender issues, String name, long line, RowIssue issue) throws SQLException {
        warnings++;
        Staging.appendIssue(issues, name, line, issue, "warning");
    }

    /** With the rows kept and the duplicates set aside: the counts the protocol reconciles. */
    LoadCounts counts(long loaded, long duplicates) {
        return new LoadCounts(read, loaded, rejected, duplicates, warnings, firstRejection);
    }
}
