package com.rapport.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as metrics.md specifies it (one header row, ISO dates, '.' decimals, true/false,
 * empty for null) and safe to open in a spreadsheet: a text cell that starts like a
 * formula is prefixed with an apostrophe so it stays text.
 */
public final class SpreadsheetCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private SpreadsheetCsv() {
    }

    /** Writes a query result; text columns are neutralised, numbers and dates are not. */
    public static void write(ResultSet rs, OutputStream out) throws IOException {
        try {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                header.add(meta.getColumnLabel(i));
            }
            printer.printRecord(header);
            List<String> row = new ArrayList<>(columns);
            while (rs.next()) {
                row.clear();
                for (int i = 1; i <= columns; i++) {
                    row.add(cell(rs, i, meta.getColumnType(i)));
                }
                printer.printRecord(row);
            }
            printer.flush();
        } catch (SQLException e) {
            throw new IOException("cannot read rows to write: " + e.getMessage(), e);
        }
    }

    /** Writes rows of text cells (action lists, rejects), all neutralised. */
    public static void writeText(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(SpreadsheetCsv::neutralise).toList());
        }
        printer.flush();
    }

    static String cell(ResultSet rs, int column, int type) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return "";
        }
        return switch (type) {
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> decimal(rs.getDouble(column));
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(column) ? "true" : "false";
            case Types.DATE -> rs.getObject(column, LocalDate.class).toString();
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> Long.toString(rs.getLong(column));
            default -> neutralise(rs.getString(column));
        };
    }

    /** A plain decimal: at most six places, no exponent, no trailing zeros ({@code 0.25}, {@code 3}). */
    public static String decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' ? "'" + text : text;
    }
}
