package com.rapport.ingest;

import com.rapport.ingest.format.RecordLayout;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL by which DuckDB's reader reads a file's columns as the row-by-row path reads
 * them: the read_csv call, and each field's value stripped as {@link String#strip} strips,
 * typed, and held to {@link RowConverter}'s patterns, so that what SQL lets through is what
 * the converter would load and everything else is set aside for it to judge; and, after
 * the read, the rules DuckDB's reader does not know, which find the rows to set aside.
 */
final class EngineColumns {

    private EngineColumns() {
    }

    /**
     * DuckDB's CSV buffer, larger than its default. With the default, the ordered parallel
     * insert leaves row groups that the commit then rewrites, a large part of a large load;
     * with these buffers the commit has little left to do, the order is kept and peak memory
     * is lower (bench/RESULTS.md).
     */
    private static final long BUFFER_BYTES = 32L << 20;

    /**
     * The read_csv call: every column as text but dates, which DuckDB types (and refuses)
     * itself; amounts are held to the converter's pattern in the insert.
     */
    static String readCsv(Path path, RecordLayout layout, Delimiter delimiter, String dateFormat) {
        List<String> header = layout.foldedHeader();
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < header.size(); i++) {
            columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': '").append(typeOf(header.get(i)))
                    .append("'");
        }
        return "read_csv('" + path.toAbsolutePath().toString().replace("'", "''") + "', header = true, "
                + "auto_detect = false, delim = '" + (delimiter == Delimiter.TAB ? "\\t" : delimiter.character())
                + "', quote = '\"', escape = '\"', dateformat = '" + dateFormat + "',"
                + " strict_mode = true, "
                + "buffer_size = " + BUFFER_BYTES + ", store_rejects = true, rejects_table = 'engine_rejects', "
                + "rejects_scan = 'engine_reject_scans', "
                + "columns = {" + columns + "})";
    }

    private static String typeOf(String column) {
        return column.equals("date") ? "DATE" : "VARCHAR";
    }

    /**
     * The kind's values, in its raw table's order, as SQL over the read_csv columns: stripped,
     * typed and held to the converter's patterns as {@link RowConverter} reads them. A patient
     * id is hashed with the two padded keys bound as parameters ({@link PatientIdHasher#sqlExpression}).
     */
    static List<String> values(InputKind kind, RecordLayout layout, boolean oddWhitespace, boolean decimalComma) {
        List<String> expressions = new ArrayList<>();
        for (Field field : kind.fields()) {
            int at = layout.foldedHeader().indexOf(field.name());
            String column = "c" + at;
            String stripped = strip(column, oddWhitespace);
            String expression = switch (field.type()) {
                case DATE -> column;
                // By the converter's patterns (a decimal comma where it reads one); any other text becomes
                // NaN, so the rules set the row aside for RowConverter to judge. Adding 0 makes -0 zero, as there.
                case AMOUNT -> "(case when regexp_full_match(" + stripped + ", '" + FieldType.NUMBER_PATTERN
                        + "') then cast(" + stripped + " as double)" + (decimalComma ? " when regexp_full_match("
                        + stripped + ", '" + RowConverter.DECIMAL_COMMA_PATTERN + "') then cast(replace(replace("
                        + stripped + ", '.', ''), ',', '.') as double)" : "") + " when nullif(" + stripped
                        + ", '') is null then null else 'nan'::double end + 0.0)";
                case PATIENT_ID -> PatientIdHasher.sqlExpression("nullif(" + stripped + ", '')");
                case TEXT -> "nullif(nfc_normalize(" + stripped + "), '')";
                default -> "nullif(" + stripped + ", '')";
            };
            if (at < 0) {
                expression = "null";
            }
            if (field.whenEmpty() != null) {
                expression = "coalesce(" + expression + ", '" + field.whenEmpty() + "')";
            }
            expressions.add(expression);
        }
        return expressions;
    }

    /** True when the values hash a patient id: the padded keys are then bound after the file's name. */
    static boolean hashes(InputKind kind, RecordLayout layout) {
        return kind.fields().stream().anyMatch(f -> f.type() == FieldType.PATIENT_ID
                && layout.foldedHeader().indexOf(f.name()) >= 0);
    }

    /** Every character {@link String#strip} removes, as a SQL string (DuckDB's own trim removes spaces only). */
    private static final String WHITESPACE = IntStream.of(Whitespace.CODE_POINTS).mapToObj(c -> "chr(" + c + ")")
            .collect(Collectors.joining(" || "));

    /**
     * SQL for {@link String#strip} of a column, as the row-by-row path strips. Trimming every
     * value copies every value, a noticeable part of the insert, and trimming by a list of
     * characters is slower still, so only values that may start or end in whitespace are trimmed: a first
     * character up to a space or between U+1680 and U+3000 (the Unicode spaces; names in
     * CJK scripts start above), and a last one that is a space or, when the structure scan
     * saw other whitespace in the file (a tab, a Unicode space), any such character.
     */
    private static String strip(String column, boolean oddWhitespace) {
        String last = oddWhitespace ? mayBeWhitespace("right(" + column + ", 1)") : "suffix(" + column + ", ' ')";
        return "(case when " + mayBeWhitespace(column) + " or " + last + " then trim(" + column + ", " + WHITESPACE
                + ") else " + column + " end)";
    }

    /** True when the text starts with a character up to a space or from U+1680 to U+3000, as bytes compare. */
    private static String mayBeWhitespace(String text) {
        return "(" + text + " < '!' or (" + text + " >= chr(" + Whitespace.FIRST_BEYOND_ASCII + ") and " + text
                + " < chr(" + (Whitespace.LAST + 1) + ")))";
    }

    /**
     * The rows of this append that break a rule DuckDB's reader does not know (required
     * values, the contract's words, four-digit years, amounts from 0 to the largest the models
     * hold), found in
     * one scan, as record number to row id. They are set aside and judged from the file.
     */
    static Map<Long, Long> breakingRules(Statement statement, InputKind kind, long[] batch, String record)
            throws SQLException {
        List<String> broken = new ArrayList<>();
        for (Field field : kind.fields()) {
            String column = "\"" + field.column() + "\"";
            if (field.required()) {
                broken.add(column + " is null");
            }
            if (field.type().allowedWords() != null) {
                // The words are ASCII; DuckDB's lower case of other letters is not Java's ('İ' becomes 'i',
                // not 'i' and a dot), so a value with any other letter is judged by the converter.
                broken.add("not regexp_full_match(" + column + ", '[A-Za-z_]+') or lower(" + column + ") not in ("
                        + words(field) + ")");
            }
            if (field.type() == FieldType.DATE) {
                // DuckDB's %Y takes a year of one to three digits ('99-01-05'); the converter wants four.
                broken.add("year(" + column + ") < 1000");
            }
            if (field.type() == FieldType.AMOUNT) {
                broken.add(column + " < 0 or not isfinite(" + column + ") or " + column + " > "
                        + (long) FieldType.LARGEST_AMOUNT);
            }
        }
        Map<Long, Long> breaking = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery("select " + record + ", rowid from " + kind.table()
                + " where rowid between " + batch[0] + " and " + batch[1] + " and ("
                + String.join(" or ", broken.stream().map(b -> "(" + b + ")").toList()) + ")")) {
            while (rs.next()) {
                breaking.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return breaking;
    }

    private static String words(Field field) {
        return field.type().allowedWords().stream().sorted().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
    }

    /** The contract's words as the converter keeps them, lower case. */
    static void lowerWords(Statement statement, InputKind kind, long[] batch) throws SQLException {
        List<String> lowered = kind.fields().stream().filter(f -> f.type().allowedWords() != null)
                .map(f -> "\"" + f.column() + "\"").toList();
        if (!lowered.isEmpty()) {
            statement.execute("update " + kind.table() + " set " + lowered.stream().map(c -> c + " = lower(" + c + ")")
                    .collect(Collectors.joining(", ")) + " where rowid between " + batch[0] + " and " + batch[1]
                    + " and (" + lowered.stream().map(c -> c + " <> lower(" + c + ")").collect(Collectors.joining(" or "))
                    + ")");
        }
    }
}
