package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rapport.core.Settings;
import com.rapport.testing.ImportFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV dialects of the data contract's common rules, from the fixture files in
 * {@code src/test/resources/dialects}: other delimiters, Excel's Unicode Text, preambles and
 * footers in any file, repeated and blank header names, trailing delimiters, dates and ZIP
 * codes as a spreadsheet re-saves them. Activity files go through both load paths (row by
 * row, and DuckDB's reader) and must come out the same.
 */
class DialectsTest {

    static final Path DIALECTS = Path.of("src/test/resources/dialects");
    private static final String LEDGER = "select file, format, encoding, rows_read, rows_loaded, rows_rejected, "
            + "rows_duplicate, delimiter, header_line, footer_lines, date_order, postal_codes_padded from import_ledger";
    private static final String ISSUES = "select line, \"column\", reason, kind from import_issues order by line";

    @TempDir
    Path folder;
    /** Whether the last activity file loaded was read by DuckDB's reader when its threshold was 0. */
    boolean engineRead;

    /** The ledger row, the rows as loaded and the issues, read row by row and (activity files) by the engine. */
    private List<String> load(String file, InputKind kind, String rowsQuery) throws Exception {
        List<List<String>> results = new ArrayList<>();
        // DuckDB may read only inside the database's folder.
        Path copy = java.nio.file.Files.copy(DIALECTS.resolve(file), folder.resolve(file));
        boolean[] readers = kind == InputKind.CONTACTS ? new boolean[] {false} : new boolean[] {false, true};
        for (boolean engineReader : readers) {
            try (ImportFixture fixture = new ImportFixture(folder, "db" + engineReader + ".duckdb",
                    Settings.load(DIALECTS).columnMappings(), engineReader)) {
                String name = kind == InputKind.CONTACTS ? "contacts/" + file : file;
                FileImportResult imported = fixture.importer.importFile(copy, name, kind);
                if (engineReader) {
                    // A preamble or footer sends the file row by row: the engine expects line 1 and no footer.
                    engineRead = imported.message().contains("DuckDB");
                }
                List<String> result = new ArrayList<>(fixture.rows(LEDGER));
                result.addAll(fixture.rows(rowsQuery));
                result.addAll(fixture.rows(ISSUES));
                results.add(result);
            }
        }
        if (results.size() == 2) {
            assertThat(results.get(1)).as("the engine path reads it as row by row does").isEqualTo(results.get(0));
        }
        return results.get(0);
    }

    @Test
    void semicolonsWithDecimalCommasAndAQuotedSemicolon() throws Exception {
        assertThat(load("semicolon-interactions.csv", InputKind.INTERACTIONS,
                "select line, interaction_id, date, contact, type, amount from raw_interactions order by line"))
                .containsExactly(
                        "semicolon-interactions.csv|canonical|UTF-8|5|4|1|0|semicolon|1|0||0",
                        "2|I1|2026-09-01|Harriet Vance|gift|24.9",
                        "3|I2|2026-09-02|Oskar Lindqvist|call|",
                        "4|I3|2026-09-03|Mira Okafor|co_marketing|1250.0",
                        "6|I5|2026-09-05|Jonas Brekke|meeting|",
                        "5|type|unknown interaction type 'fax'|rejected");
    }

    @Test
    void pipesWithATrailingPipeOnEveryLine() throws Exception {
        assertThat(load("pipe-events.csv", InputKind.EVENTS, "select line, event_id, date, name, kind from raw_events "
                + "order by line")).containsExactly(
                "pipe-events.csv|canonical|UTF-8|3|3|0|0|pipe|1|0||0",
                "2|E1|2026-09-10|Chamber breakfast|networking",
                "3|E2|2026-09-17|Sports medicine symposium|conference",
                "4|E3|2026-09-24|Open house|",
                "4|kind|unknown event kind 'party'; the value was left out|warning");
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() throws Exception {
        assertThat(load("unicode-text.csv", InputKind.CONTACTS, "select line, contact_id, full_name, organization, "
                + "postal_code from raw_contacts order by line")).containsExactly(
                "contacts/unicode-text.csv|canonical|UTF-16LE with BOM|3|3|0|0|tab|1|0||0",
                "2|U1|Zoë Ferreira|Harbour Chiropractic|02134",
                "3|U2|Łukasz Nowicki|Nowicki Dental|10115",
                "4|U3|Amara Nwosu||");
    }

    @Test
    void aPreambleAndAFooterAroundACanonicalLogAreSkippedAndReported() throws Exception {
        assertThat(load("report-referrals.csv", InputKind.REFERRALS, "select line, referral_id, date, direction, "
                + "partner from raw_referrals order by line")).containsExactly(
                "report-referrals.csv|canonical|UTF-8|4|3|1|0|comma|4|3||0",
                "5|R1|2026-09-01|in|Harriet Vance",
                "6|R2|2026-09-03|out|Oskar Lindqvist",
                "8|R4|2026-09-05|in|Mira Okafor",
                "7|direction|unknown direction 'sideways'|rejected");
        assertThat(engineRead).isFalse();
    }

    @Test
    void whatLooksLikeAFooterButHasDataAfterItIsDataAndRejected() throws Exception {
        assertThat(load("footer-then-data-events.csv", InputKind.EVENTS, "select line, event_id, name from raw_events "
                + "order by line")).containsExactly(
                "footer-then-data-events.csv|canonical|UTF-8|3|2|1|0|comma|1|0||0",
                "2|E1|Chamber breakfast",
                "5|E2|Sports medicine symposium",
                "4||the row has 2 fields, the header has 4|rejected");
    }

    @Test
    void recordsAppendedToASemicolonLogAreReadWithItsDelimiter() throws Exception {
        Path log = folder.resolve("interactions.csv");
        String first = java.nio.file.Files.readString(DIALECTS.resolve("semicolon-interactions.csv"));
        java.nio.file.Files.writeString(log, first);
        try (ImportFixture fixture = new ImportFixture(folder, Settings.load(DIALECTS).columnMappings())) {
            fixture.importer.importFile(log, "interactions.csv", InputKind.INTERACTIONS);
            java.nio.file.Files.writeString(log, first + "I6;2026-10-01;Harriet Vance;gift;outbound;;12,50;\"Blumen; Karte\"\n");
            FileImportResult appended = fixture.importer.importFile(log, "interactions.csv", InputKind.INTERACTIONS);
            assertThat(appended.status()).isEqualTo(FileImportResult.Status.APPENDED);
            assertThat(appended.read()).isEqualTo(1);
            assertThat(fixture.rows("select line, interaction_id, amount from raw_interactions where interaction_id = 'I6'"))
                    .containsExactly("7|I6|12.5");
            assertThat(fixture.rows("select rows_read, rows_loaded, rows_rejected, delimiter from import_ledger"))
                    .containsExactly("6|5|1|semicolon");
        }
    }

    @Test
    void aMappedReportWithPreambleFooterRepeatedAndBlankHeadersAndShortZipCodes() throws Exception {
        assertThat(load("crm-report.csv", InputKind.CONTACTS, "select line, full_name, organization, postal_code, "
                + "email from raw_contacts order by line")).containsExactly(
                "contacts/crm-report.csv|mapped|Windows-1252|3|3|0|0|semicolon|3|2||2",
                "4|Harriet Vance|Vance Orthopädie|02134|",
                "5|Mira Okafor|Okafor Family Medicine|02139|",
                "6|Jonas Brekke|Brekke Sports Club|09021|");
    }

    @Test
    void aRepeatedColumnTheLayoutReadsIsRefusedSayingHowToMapIt() throws Exception {
        Path file = folder.resolve("twice.csv");
        java.nio.file.Files.writeString(file, "referral_id,date,direction,partner,Partner\nR1,2026-09-01,in,A,B\n");
        try (ImportFixture fixture = new ImportFixture(folder, Settings.load(DIALECTS).columnMappings())) {
            assertThatThrownBy(() -> fixture.importer.importFile(file, "referrals.csv", InputKind.REFERRALS))
                    .isInstanceOf(InputRefusedException.class)
                    .hasMessage("referrals.csv: column 'partner' appears 2 times in the header (columns 4, 5) and "
                            + "Rapport reads it for partner; rename all but one in the export, or map partner to a "
                            + "column that appears once: import.referrals.csv.column.partner=<header>; "
                            + "'rapport inspect referrals.csv' shows how Rapport reads the file");
        }
    }

    @Test
    void usDatesAsExcelSavesThemAreReadMonthFirst() throws Exception {
        assertThat(load("excel-us-referrals.csv", InputKind.REFERRALS, "select line, referral_id, date from "
                + "raw_referrals order by line")).containsExactly(
                "excel-us-referrals.csv|canonical|UTF-8|4|3|1|0|comma|1|0|M/D/Y|0",
                "2|R1|2026-07-01",
                "3|R2|2026-07-14",
                "4|R3|2026-08-02",
                "5|date|'2/30/2026' is not a date in this column's order (M/D/Y)|rejected");
        assertThat(engineRead).isTrue();
    }

    @Test
    void ukDatesWithTwoDigitYearsAreReadDayFirst() throws Exception {
        assertThat(load("uk-events.csv", InputKind.EVENTS, "select line, event_id, date from raw_events order by line"))
                .containsExactly(
                        "uk-events.csv|canonical|UTF-8|3|3|0|0|comma|1|0|D/M/Y|0",
                        "2|E1|2026-09-03",
                        "3|E2|2026-09-24",
                        "4|E3|2026-10-01");
        assertThat(engineRead).isTrue();
    }

    @Test
    void timestampsAreCutToTheirDate() throws Exception {
        assertThat(load("timestamp-interactions.csv", InputKind.INTERACTIONS, "select line, interaction_id, date "
                + "from raw_interactions order by line")).containsExactly(
                "timestamp-interactions.csv|canonical|UTF-8|2|2|0|0|comma|1|0||0",
                "2|I1|2026-09-30",
                "3|I2|2026-10-01");
        assertThat(engineRead).isTrue();
    }

    @Test
    void datesWhoseDaysAreAllTwelveOrLessNeedTheOrderSaid() throws Exception {
        assertRefusedLoadingNothing("ambiguous-referrals.csv",
                "referrals.csv: the dates in column date could be month/day or day/month (no day is "
                        + "above 12); say which in rapport.properties: import.referrals.csv.date_order=MDY (or DMY, "
                        + "YMD); 'rapport inspect referrals.csv' shows how the file reads");
    }

    /** Rows typed in by hand in another order: the refusal names the two lines, not "not a date (YYYY-MM-DD)". */
    @Test
    void aColumnWrittenInBothOrdersIsRefusedNamingARowOfEach() throws Exception {
        assertRefusedLoadingNothing("mixed-order-referrals.csv",
                "referrals.csv: the dates in column date are written month first (line 3: "
                        + "'7/14/2026') and day first (line 4: '15/7/2026'); correct the rows written the other "
                        + "way, or say which order holds in rapport.properties: "
                        + "import.referrals.csv.date_order=MDY (or DMY); 'rapport inspect referrals.csv' shows how "
                        + "the file reads");
    }

    /** Imports the fixture as referrals.csv: refused with this message, and no row of it loaded. */
    private void assertRefusedLoadingNothing(String fixtureFile, String message) throws Exception {
        try (ImportFixture fixture = new ImportFixture(folder, Settings.load(DIALECTS).columnMappings())) {
            assertThatThrownBy(() -> fixture.importer.importFile(DIALECTS.resolve(fixtureFile), "referrals.csv",
                    InputKind.REFERRALS)).isInstanceOf(InputRefusedException.class).hasMessage(message);
            assertThat(fixture.rows("select count(*) from raw_referrals")).containsExactly("0");
        }
    }

    @Test
    void theOrderSaidInTheSettingsReadsAnAmbiguousColumn() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("import.referrals.csv.date_order", "DMY");
        try (ImportFixture fixture = new ImportFixture(folder,
                com.rapport.core.ColumnMappings.from(properties))) {
            // DuckDB may read only inside the database's folder.
            Path copy = java.nio.file.Files.copy(DIALECTS.resolve("ambiguous-referrals.csv"),
                    folder.resolve("ambiguous-referrals.csv"));
            fixture.importer.importFile(copy, "referrals.csv", InputKind.REFERRALS);
            assertThat(fixture.rows("select referral_id, date from raw_referrals order by line")).containsExactly(
                    "R1|2026-01-07", "R2|2026-02-08", "R3|2026-03-09");
            assertThat(fixture.rows("select date_order from import_ledger")).containsExactly("D/M/Y");
        }
    }

    @Test
    void outsideTheUsAFourDigitPostalCodeIsLeftAsWritten() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        properties.load(java.nio.file.Files.newBufferedReader(DIALECTS.resolve("rapport.properties")));
        properties.setProperty("practice.country", "AT");
        try (ImportFixture fixture = new ImportFixture(folder,
                com.rapport.core.ColumnMappings.from(properties))) {
            fixture.importer.importFile(DIALECTS.resolve("crm-report.csv"), "contacts/crm-report.csv",
                    InputKind.CONTACTS);
            assertThat(fixture.rows("select postal_code from raw_contacts order by line"))
                    .containsExactly("2134", "02139", "9021");
            assertThat(fixture.rows("select postal_codes_padded from import_ledger")).containsExactly("0");
        }
    }

    /** A reject in a file read through a mapping names the user's own column, as their header writes it. */
    @Test
    void aRejectInAMappedFileNamesTheUsersColumn() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("import.referrals.csv.column.referral_id", "Ref No");
        properties.setProperty("import.referrals.csv.column.date", "Referral Date");
        properties.setProperty("import.referrals.csv.column.partner", "Referrer");
        properties.setProperty("import.referrals.csv.column.direction", "Way");
        StringBuilder csv = new StringBuilder("Ref No,Referral Date,Way,Referrer,Status\n");
        csv.append("R1,someday,in,C1,seen\n").append("R2,2026-01-05,sideways,C1,seen\n")
                .append("R3,2026-01-05,in,,seen\n");
        for (int i = 4; i < 80; i++) {
            csv.append('R').append(i).append(",2026-01-05,in,C1,seen\n");
        }
        Path file = folder.resolve("referrals.csv");
        java.nio.file.Files.writeString(file, csv);
        try (ImportFixture fixture = new ImportFixture(folder, com.rapport.core.ColumnMappings.from(properties))) {
            fixture.importer.importFile(file, "referrals.csv", InputKind.REFERRALS);
            assertThat(fixture.rows("select line, \"column\" from import_issues order by line")).containsExactly(
                    "2|Referral Date", "3|Way", "4|Referrer");
        }
    }
}
