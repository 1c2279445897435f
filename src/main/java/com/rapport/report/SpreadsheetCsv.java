package com.rapport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as docs/outputs.md specifies it (one header row, ISO dates, '.' decimals, true/false,
 * empty for null) and safe to open in a spreadsheet: a text cell that starts like a
 * formula is prefixed with an apostrophe so it stays text. DuckDB's own CSV writer writes
 * the file, from the query with each column formatted in SQL: reading millions of cells
 * one by one through JDBC took ten times as long.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    /**
     * Writes the rows of {@code relation} (a table, or a subquery in parentheses) in the
     * given order to {@code file}, which must exist (it keeps its permissions). The order is
     * explicit: DuckDB's writer may put a plain scan's chunks out of order when the columns
     * take work to format, so a model table is written in {@code rowid} order, its insertion order.
     */
    public static void copy(Connection connection, String relation, String orderBy, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select * from " + relation + " limit 0")) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = identifier(meta.getColumnLabel(i));
                    columns.add(formatted(name, meta.getColumnType(i), i == 1) + " as " + name);
                }
            }
            statement.execute("copy (select " + String.join(", ", columns) + " from " + relation + " order by " + orderBy
                    + ") to '" + file.toAbsolutePath().toString().replace("'", "''") + "' (format csv, header true, "
                    + "delimiter ',', quote '\"', escape '\"', nullstr '', use_tmp_file false)");
        }
    }

    /**
     * One column as its text. An empty first cell is written {@code ""} (a line must not
     * look blank); elsewhere empty text and null are both an empty cell.
     */
    static String formatted(String column, int type, boolean first) {
        String text = switch (type) {
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> decimalText(column);
            case Types.BOOLEAN, Types.BIT, Types.DATE, Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT ->
                    "cast(" + column + " as varchar)";
            default -> neutralised("cast(" + column + " as varchar)");
        };
        return first ? "coalesce(" + text + ", '')" : "nullif(" + text + ", '')";
    }

    /** A plain decimal: at most six places, no exponent, no trailing zeros ({@code 0.25}, {@code 3}). */
    public static String decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /**
     * {@link #decimal} in SQL: six places rounded half up from the shortest decimal that
     * reads back as the same double (what BigDecimal.valueOf starts from), then the trailing
     * zeros dropped: 1/640 is {@code 0.001563} either way.
     */
    private static String decimalText(String column) {
        String value = "cast(" + column + " as double)";
        String shortest = "cast(" + value + " as varchar)";
        // Eight-byte decimals parse much faster than sixteen-byte ones; only large values need those.
        return "rtrim(rtrim(case when abs(" + value + ") < 1e12 then cast(cast(" + shortest + " as decimal(18, 6)) as varchar) "
                + "else cast(cast(" + shortest + " as decimal(38, 6)) as varchar) end, '0'), '.')";
    }

    /** A cell starting with =, +, -, @, a tab or a line break would be a formula: an apostrophe keeps it text. */
    private static String neutralised(String text) {
        return "case when left(" + text + ", 1) in ('=', '+', '-', '@', chr(9), chr(13), chr(10)) then '''' || " + text
                + " else " + text + " end";
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
