package com.rapport.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;

/** Writes staged rows and their issues through DuckDB's appender, in the raw tables' column order. */
final class Staging {

    private Staging() {
    }

    /** One row of a raw or load table: the file, its record number and line, then the kind's values. */
    static void appendRow(DuckDBAppender rows, String name, long recordNo, long line, Object[] values)
            throws SQLException {
        rows.beginRow();
        rows.append(name);
        rows.append(recordNo);
        rows.append(line);
        for (Object value : values) {
            appendValue(rows, value);
        }
        rows.endRow();
    }

    /** One row of {@code load_issues}: kind is rejected, warning or duplicate. */
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

    private static void appendValue(DuckDBAppender rows, Object value) throws SQLException {
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

    /** The single number a query gives, such as a count. */
    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
