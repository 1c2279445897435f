package com.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells are safe to open in a spreadsheet, and numbers read as metrics.md asks. */
class SpreadsheetCsvTest {

    @Test
    void textThatStartsLikeAFormulaStaysText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetCsv.writeText(List.of("name"), List.of(List.of("=HYPERLINK(\"http://x\")"), List.of("+1"),
                List.of("-2"), List.of("@SUM(A1)"), List.of("\tTab"), List.of("O'Brien")), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name\n\"'=HYPERLINK(\"\"http://x\"\")\"\n'+1\n'-2\n"
                + "'@SUM(A1)\n'\tTab\nO'Brien\n");
    }

    @Test
    void decimalsArePlainWithoutTrailingZeros() {
        assertThat(SpreadsheetCsv.decimal(0.25)).isEqualTo("0.25");
        assertThat(SpreadsheetCsv.decimal(1.0)).isEqualTo("1");
        assertThat(SpreadsheetCsv.decimal(2.0 / 3)).isEqualTo("0.666667");
        assertThat(SpreadsheetCsv.decimal(2781.0650887)).isEqualTo("2781.065089");
        assertThat(SpreadsheetCsv.decimal(1e-9)).isEqualTo("0");
    }
}
