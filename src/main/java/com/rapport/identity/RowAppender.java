package com.rapport.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** DuckDB's appender for one table of the partner step, with its nulls spelled out. */
final class RowAppender implements AutoCloseable {

    private final DuckDBAppender out;

    private RowAppender(DuckDBAppender out) {
        this.out = out;
    }

    static RowAppender into(Connection connection, String table) throws SQLException {
        return new RowAppender(connection.unwrap(DuckDBConnection.class)
                .createAppender(DuckDBConnection.DEFAULT_SCHEMA, table));
    }

    static RowAppender intoTemp(Connection connection, String table) throws SQLException {
        return new RowAppender(connection.unwrap(DuckDBConnection.class)
                .createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, table));
    }

    /** One row of text values, nulls included. */
    void row(String... values) throws SQLException {
        out.beginRow();
        texts(values);
        out.endRow();
    }

    void beginRow() throws SQLException {
        out.beginRow();
    }

    void endRow() throws SQLException {
        out.endRow();
    }

    void texts(String... values) throws SQLException {
        for (String value : values) {
            if (value == null) {
                out.appendNull();
            } else {
                out.append(value);
            }
        }
    }

    void number(int value) throws SQLException {
        out.append(value);
    }

    void number(long value) throws SQLException {
        out.append(value);
    }

    void flag(boolean value) throws SQLException {
        out.append(value);
    }

    /** A number or a date that may be missing. */
    void nullable(Object value) throws SQLException {
        if (value == null) {
            out.appendNull();
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else {
            out.append((LocalDate) value);
        }
    }

    @Override
    public void close() throws SQLException {
        out.close();
    }
}
