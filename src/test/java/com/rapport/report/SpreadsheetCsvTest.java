package com.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV cells are safe to open in a spreadsheet, and numbers read as docs/outputs.md says. */
class SpreadsheetCsvTest {

    @TempDir
    Path folder;

    private String written(String query) throws Exception {
        Path csv = Files.createFile(folder.resolve("out.csv"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        try (Database database = Database.open(folder.resolve("test.duckdb"), "200MB", List.of(folder))) {
            try (var statement = database.connection().createStatement()) {
                // As the models are: a temporary table whose rows are in the order they were made.
                statement.execute("create temp table sample as " + query);
            }
            SpreadsheetCsv.copy(database.connection(), "sample", "rowid", csv);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        Files.delete(csv);
        return text;
    }

    @Test
    void textThatStartsLikeAFormulaStaysText() throws Exception {
        assertThat(written("select * from (values ('=HYPERLINK(\"http://x\")'), ('+1'), ('-2'), ('@SUM(A1)'), "
                + "(chr(9) || 'Tab'), ('O''Brien'), ('a,b'), ('two' || chr(10) || 'lines')) t(name)"))
                .isEqualTo("name\n\"'=HYPERLINK(\"\"http://x\"\")\"\n'+1\n'-2\n'@SUM(A1)\n'\tTab\nO'Brien\n\"a,b\"\n"
                        + "\"two\nlines\"\n");
    }

    @Test
    void typesReadAsTheContractSays() throws Exception {
        // Negative numbers are numbers, not formulas; null and empty text are one empty cell,
        // but a line never starts with one unquoted (it would read as a blank line).
        assertThat(written("select * from (values (null::varchar, -3::bigint, date '2026-10-01', true, null::varchar, "
                + "-0.5::double, 12.50::decimal(10, 2)), ('', 7, null, false, '', 3.0, 0.10)) "
                + "t(first, count, day, flag, note, rate, amount)"))
                .isEqualTo("first,count,day,flag,note,rate,amount\n\"\",-3,2026-10-01,true,,-0.5,12.5\n"
                        + "\"\",7,,false,,3,0.1\n");
    }

    @Test
    void decimalsArePlainWithoutTrailingZeros() throws Exception {
        assertThat(SpreadsheetCsv.decimal(0.25)).isEqualTo("0.25");
        assertThat(SpreadsheetCsv.decimal(1.0)).isEqualTo("1");
        assertThat(SpreadsheetCsv.decimal(2.0 / 3)).isEqualTo("0.666667");
        assertThat(SpreadsheetCsv.decimal(2781.0650887)).isEqualTo("2781.065089");
        assertThat(SpreadsheetCsv.decimal(1e-9)).isEqualTo("0");
        assertThat(SpreadsheetCsv.decimal(1.0 / 640)).isEqualTo("0.001563");
    }

    @Test
    void theCsvWriterRoundsAsTheReportDoes() throws Exception {
        // Ties at the seventh place (1/640, 1/128, 2.5e-6), values near zero of either sign,
        // exponents in the shortest form (1e15, 1e-9): DuckDB's text must be Java's, digit for digit.
        double[] values = {0.25, 1.0, 2.0 / 3, 2781.0650887, 1e-9, 1.0 / 640, 1.0 / 128, 2.5e-6, -1e-7, -0.0000005,
                1e15, 123456789.123456789, -0.5, 0.1 + 0.2, 100.0, 0.0, 999999999999.5, 1e12, -2.5e13};
        StringBuilder rows = new StringBuilder();
        StringBuilder expected = new StringBuilder("v\n");
        for (double value : values) {
            rows.append(rows.isEmpty() ? "" : ", ").append("(").append(Double.toString(value)).append("::double)");
            expected.append(SpreadsheetCsv.decimal(value)).append('\n');
        }
        assertThat(written("select * from (values " + rows + ") t(v)")).isEqualTo(expected.toString());
        assertThat(expected.toString()).isEqualTo("v\n0.25\n1\n0.666667\n2781.065089\n0\n0.001563\n0.007813\n0.000003\n"
                + "0\n-0.000001\n1000000000000000\n123456789.123457\n-0.5\n0.3\n100\n0\n999999999999.5\n1000000000000\n-25000000000000\n");
    }
}
