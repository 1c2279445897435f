package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rapport.core.ColumnMappings;
import com.rapport.testing.ImportFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data contract's common rules and the promises of docs/promises.md, one case each: byte-order
 * marks and line ends, UTF-16, a byte no encoding explains, duplicate headers, ragged
 * rows, RFC 4180 quoting, empty files, a configurable reject threshold; and for every
 * file read = loaded + rejected + duplicates, checked against the database.
 */
class InputRulesTest {

    @TempDir
    Path folder;
    ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(folder, ColumnMappings.none());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private FileImportResult load(String name, byte[] bytes, InputKind kind) throws Exception {
        Path path = folder.resolve(name);
        Files.write(path, bytes);
        return fixture.importer.importFile(path, name, kind);
    }

    private FileImportResult load(String name, String text, InputKind kind) throws Exception {
        return load(name, text.getBytes(StandardCharsets.UTF_8), kind);
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        return bytes;
    }

    @Test
    void aUtf8BomAndCrlfLineEndsAreNotPartOfTheData() throws Exception {
        byte[] bytes = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "event_id,date,name\r\nE1,2026-01-05,Chamber breakfast\r\n".getBytes(StandardCharsets.UTF_8));
        FileImportResult result = load("events.csv", bytes, InputKind.EVENTS);
        assertThat(result.encoding()).isEqualTo("UTF-8 with BOM");
        assertThat(fixture.rows("select event_id, name, length(name) from raw_events"))
                .containsExactly("E1|Chamber breakfast|17");
    }

    @Test
    void utf16WithABomIsDecoded() throws Exception {
        byte[] bytes = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "event_id,date,name\nE1,2026-01-05,Café Øster\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(load("events.csv", bytes, InputKind.EVENTS).encoding()).isEqualTo("UTF-16LE with BOM");
        assertThat(fixture.rows("select name from raw_events")).containsExactly("Café Øster");
    }

    @Test
    void aByteNoAcceptedEncodingExplainsIsRefusedWithItsOffset() throws Exception {
        byte[] bytes = "event_id,date,name\nE1,2026-01-05,Caf\u0000\n".getBytes(StandardCharsets.ISO_8859_1);
        bytes[bytes.length - 2] = (byte) 0x81;
        assertThatThrownBy(() -> load("events.csv", bytes, InputKind.EVENTS))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("events.csv: encoding is neither UTF-8 nor Windows-1252 (byte 0x81 at offset 36); "
                        + "save it as UTF-8 and import again");
        assertThat(fixture.rows("select count(*) from raw_events")).containsExactly("0");
    }

    @Test
    void aDuplicateHeaderIsRefusedRatherThanKeepingOneSilently() throws Exception {
        assertThatThrownBy(() -> load("events.csv", "event_id,date,name,Date\nE1,2026-01-05,A,2026-01-06\n",
                InputKind.EVENTS)).hasMessage("events.csv: column 'date' appears 2 times in the header (columns 2, 4) "
                + "and Rapport reads it for date; rename all but one in the export, or map date to a column that "
                + "appears once: import.events.csv.column.date=<header>; 'rapport inspect events.csv' shows how "
                + "Rapport reads the file");
    }

    @Test
    void headersMatchIgnoringCaseAndSpacesAndUnknownColumnsAreIgnored() throws Exception {
        load("events.csv", " Event_ID , DATE ,Name,Organiser\nE1,2026-01-05,Breakfast,Ann\n", InputKind.EVENTS);
        assertThat(fixture.rows("select event_id, date, name from raw_events")).containsExactly("E1|2026-01-05|Breakfast");
    }

    @Test
    void aRaggedRowIsRejectedWithItsLineAndTheRestLoads() throws Exception {
        StringBuilder csv = new StringBuilder("event_id,date,name\n");
        for (int i = 1; i <= 30; i++) {
            csv.append(i == 7 ? "E7,2026-01-07\n" : "E" + i + ",2026-01-05,Event " + i + "\n");
        }
        FileImportResult result = load("events.csv", csv.toString(), InputKind.EVENTS);
        assertThat(result.read() + " = " + result.loaded() + " + " + result.rejected() + " + " + result.duplicates())
                .isEqualTo("30 = 29 + 1 + 0");
        assertThat(fixture.rows("select line, reason from import_issues"))
                .containsExactly("8|the row has 2 fields, the header has 3");
    }

    @Test
    void quotedCommasQuotesAndLineBreaksAreData() throws Exception {
        load("events.csv", "event_id,date,name\nE1,2026-01-05,\"Breakfast, \"\"early\"\"\nand long\"\nE2,2026-01-06,Lunch\n",
                InputKind.EVENTS);
        assertThat(fixture.rows("select line, name from raw_events order by line"))
                .containsExactly("2|Breakfast, \"early\"\nand long", "4|Lunch");
    }

    @Test
    void anEmptyFileLoadsNothingAndSaysSo() throws Exception {
        FileImportResult result = load("events.csv", new byte[0], InputKind.EVENTS);
        assertThat(result.status()).isEqualTo(FileImportResult.Status.EMPTY);
        assertThat(result.message()).isEqualTo("events.csv: empty file, nothing to import");
    }

    @Test
    void theRejectThresholdIsConfigurable() throws Exception {
        StringBuilder csv = new StringBuilder("event_id,date,name\n");
        for (int i = 1; i <= 100; i++) {
            csv.append("E").append(i).append(i <= 12 ? ",someday," : ",2026-01-05,").append("Event\n");
        }
        assertThatThrownBy(() -> load("events.csv", csv.toString(), InputKind.EVENTS))
                .hasMessageStartingWith("events.csv: 12 of 100 rows rejected (12%, over the 5% limit)");
        FileImporter lenient = new FileImporter(fixture.database.connection(), new PatientIdHasher("k".getBytes()),
                new RejectThreshold(0.2), new com.rapport.ingest.format.Layouts(ColumnMappings.none()));
        Path path = folder.resolve("events.csv");
        FileImportResult result = lenient.importFile(path, "events.csv", InputKind.EVENTS);
        assertThat(result.loaded() + " loaded, " + result.rejected() + " rejected").isEqualTo("88 loaded, 12 rejected");
    }

    /** A file refused whole still says what was read of it, for the import's table; nothing of it loads. */
    @Test
    void aFileRefusedForItsRejectsShowsWhatWasRead() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("referrals.csv"), "referral_id,date,direction,partner,patient_id,patient_name,"
                + "service,status\nR1,2026-01-05,in,C1,PT-1,,,seen\nR2,someday,in,C1,PT-2,,,seen\n"
                + "R3,never,in,C1,PT-3,,,seen\nR4,2026-01-06,sideways,C1,PT-4,,,seen\nR1,2026-01-07,in,C1,PT-1,,,seen\n");
        ImportSummary summary = new DataFolderImporter(fixture.importer, ImportListener.SILENT).importFolder(data);
        FileImportResult referrals = summary.files().get(0);
        assertThat(referrals.status()).isEqualTo(FileImportResult.Status.REFUSED);
        assertThat(referrals.read() + " read, " + referrals.loaded() + " loaded, " + referrals.rejected()
                + " rejected, " + referrals.duplicates() + " duplicates, " + referrals.encoding())
                .isEqualTo("5 read, 0 loaded, 3 rejected, 1 duplicates, UTF-8");
        assertThat(referrals.message()).startsWith("referrals.csv: 3 of 5 rows rejected (60%");
        assertThat(fixture.rows("select count(*) from raw_referrals")).containsExactly("0");
    }

    /** Errors of the database during an import (a full disk) name the database, not the file imported. */
    @Test
    void theImporterKnowsTheDatabaseItWritesTo() throws Exception {
        assertThat(fixture.importer.database()).isEqualTo(folder.resolve("test.duckdb").toAbsolutePath());
        assertThat(com.rapport.store.Database.translate(fixture.importer.database(),
                new java.sql.SQLException("IO Error: No space left on device")).getMessage())
                .startsWith("the disk holding " + folder.resolve("test.duckdb").toAbsolutePath() + " is full");
    }

    @Test
    void everyFileReconcilesAgainstTheDatabase() throws Exception {
        load("events.csv", "event_id,date,name\nE1,2026-01-05,A\nE1,2026-01-06,B\nE2,bad,C\nE3,2026-01-07,D\n",
                InputKind.EVENTS);
        assertThat(fixture.rows("select rows_read, rows_loaded, rows_rejected, rows_duplicate, "
                + "(select count(*) from raw_events), (select count(*) from import_issues where kind = 'rejected'), "
                + "(select count(*) from import_issues where kind = 'duplicate') from import_ledger"))
                .containsExactly("4|2|1|1|2|1|1");
    }
}
