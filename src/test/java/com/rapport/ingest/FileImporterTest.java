package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rapport.ingest.FileImportResult.Status;
import com.rapport.report.ReportData;
import com.rapport.core.ColumnMappings;
import com.rapport.store.Database;
import com.rapport.testing.ImportFixture;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One file into a real DuckDB file: rejects with lines, reconciliation, idempotency, encodings. */
class FileImporterTest {

    @TempDir
    Path folder;
    ImportFixture fixture;
    Database database;
    FileImporter importer;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(folder, ColumnMappings.none());
        database = fixture.database;
        importer = fixture.importer;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path file(String name, String content) throws Exception {
        Path path = folder.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private List<Map<String, Object>> rows(String sql) {
        return new ReportData(database.connection()).rows(sql);
    }

    @Test
    void aBadDateIsRejectedWithItsPhysicalLineAndTheRestLoads() throws Exception {
        Path path = file("interactions.csv", "interaction_id,date,contact,type,note\n"
                + "i1,2026-01-05,C1,call,\"a note\nover two lines\"\n"
                + "i2,2026-02-30,C1,call,\n"
                + "i3,2026-03-01,C1,gift,\n");
        FileImportResult result = importer.importFile(path, "interactions.csv", InputKind.INTERACTIONS);
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.loaded()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(rows("select line, \"column\", reason from import_issues")).containsExactly(
                Map.of("line", 4L, "column", "date", "reason", "'2026-02-30' is not a calendar date"));
        assertThat(rows("select interaction_id, line from raw_interactions order by line")).containsExactly(
                Map.of("interaction_id", "i1", "line", 2L), Map.of("interaction_id", "i3", "line", 5L));
    }

    @Test
    void theSameFileTwiceChangesNothing() throws Exception {
        Path path = file("referrals.csv", "referral_id,date,direction,partner,patient_id\nr1,2026-01-05,in,C1,P-77\n");
        importer.importFile(path, "referrals.csv", InputKind.REFERRALS);
        FileImportResult again = importer.importFile(path, "referrals.csv", InputKind.REFERRALS);
        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
        assertThat(rows("select count(*) as n from raw_referrals")).containsExactly(Map.of("n", 1L));
        assertThat(rows("select count(*) as n from import_ledger")).containsExactly(Map.of("n", 1L));
    }

    @Test
    void aNewerOverlappingExportUpdatesInsteadOfDuplicating() throws Exception {
        importer.importFile(file("referrals.csv", "referral_id,date,direction,partner,status\n"
                + "r1,2026-01-05,in,C1,received\nr2,2026-01-06,in,C1,received\n"), "referrals.csv", InputKind.REFERRALS);
        importer.importFile(file("referrals.csv", "referral_id,date,direction,partner,status\n"
                + "r2,2026-01-06,in,C1,seen\nr3,2026-02-01,out,C2,sent\n"), "referrals.csv", InputKind.REFERRALS);
        assertThat(rows("select referral_id, status from raw_referrals order by referral_id")).containsExactly(
                Map.of("referral_id", "r1", "status", "received"), Map.of("referral_id", "r2", "status", "seen"),
                Map.of("referral_id", "r3", "status", "sent"));
    }

    @Test
    void aDuplicateIdLoadsTheFirstAndCountsTheRestAsDuplicates() throws Exception {
        FileImportResult result = importer.importFile(file("events.csv", "event_id,date,name\n"
                + "E1,2026-01-05,Breakfast\nE1,2026-01-06,Lunch\nE2,2026-01-07,Dinner\n"), "events.csv", InputKind.EVENTS);
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.loaded() + result.rejected() + result.duplicates()).isEqualTo(3);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(rows("select name from raw_events order by event_id")).containsExactly(
                Map.of("name", "Breakfast"), Map.of("name", "Dinner"));
        assertThat(rows("select reason from import_issues")).containsExactly(
                Map.of("reason", "duplicate event_id 'E1' (first at line 2)"));
    }

    @Test
    void patientIdsAreStoredOnlyAsAKeyedHashAndNamesNotAtAll() throws Exception {
        importer.importFile(file("referrals.csv", "referral_id,date,direction,partner,patient_id,patient_name\n"
                + "r1,2026-01-05,in,C1,PT-123456,Jane Canary\n"), "referrals.csv", InputKind.REFERRALS);
        Map<String, Object> row = rows("select * from raw_referrals").get(0);
        assertThat(row.values().toString()).doesNotContain("PT-123456").doesNotContain("Jane Canary");
        assertThat(row.get("patient_key")).isEqualTo(new PatientIdHasher("k".getBytes()).hash("PT-123456"));
    }

    @Test
    void windows1252IsTranscodedSoAccentsSurvive() throws Exception {
        Path path = folder.resolve("contacts.csv");
        Files.write(path, "contact_id,full_name,organization\r\nC1,José Müller,O’Brien Dental\r\n"
                .getBytes(Charset.forName("windows-1252")));
        FileImportResult result = importer.importFile(path, "contacts/contacts.csv", InputKind.CONTACTS);
        assertThat(result.encoding()).isEqualTo("Windows-1252");
        assertThat(rows("select full_name, organization from raw_contacts")).containsExactly(
                Map.of("full_name", "José Müller", "organization", "O’Brien Dental"));
    }

    @Test
    void aMissingRequiredColumnRefusesTheFileNamingWhatWasFound() throws Exception {
        Path path = file("interactions.csv", "interaction_id;day;contact;kind\ni1;2026-01-05;C1;call\n");
        assertThatThrownBy(() -> importer.importFile(path, "interactions.csv", InputKind.INTERACTIONS))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("interactions.csv: missing required column(s) date, type; found interaction_id, day, "
                        + "contact, kind; 'rapport inspect interactions.csv' shows how Rapport reads the file");
        assertThat(rows("select count(*) as n from raw_interactions")).containsExactly(Map.of("n", 0L));
    }

    @Test
    void aFileOfMostlyBadRowsIsRefusedWhole() throws Exception {
        StringBuilder csv = new StringBuilder("referral_id,date,direction,partner\n");
        for (int i = 0; i < 20; i++) {
            csv.append("r").append(i).append(",2026-01-0").append(i % 9 + 1).append(",").append(i < 12 ? "sideways" : "in")
                    .append(",C1\n");
        }
        Path path = file("referrals.csv", csv.toString());
        assertThatThrownBy(() -> importer.importFile(path, "referrals.csv", InputKind.REFERRALS))
                .hasMessageContaining("12 of 20 rows rejected");
        assertThat(rows("select count(*) as n from raw_referrals")).containsExactly(Map.of("n", 0L));
        assertThat(rows("select count(*) as n from import_issues")).containsExactly(Map.of("n", 0L));
    }

    @Test
    void anUnterminatedQuoteRefusesTheFileAtTheLineWhereItOpens() throws Exception {
        Path path = file("events.csv", "event_id,date,name\nE1,2026-01-05,Breakfast\nE2,2026-01-06,\"Lunch\nE3,2026-01-07,Dinner\n");
        assertThatThrownBy(() -> importer.importFile(path, "events.csv", InputKind.EVENTS))
                .hasMessage("events.csv: line 3: a quoted field is never closed (unterminated quote); "
                        + "nothing from this file was imported");
    }

    /** Records are read and converted a batch ahead of the appends (ConvertedRecords): order and numbers must hold. */
    @Test
    void aFileOfManyBatchesLoadsEveryRowInOrder() throws Exception {
        Path path = file("interactions.csv", interactions(5000, -1));
        FileImportResult result = importer.importFile(path, "interactions.csv", InputKind.INTERACTIONS);
        assertThat(result.read()).isEqualTo(5000);
        assertThat(result.loaded()).isEqualTo(4999);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(rows("select count(*) as n, min(record_no) as first, max(record_no) as last, "
                + "bool_and(line = record_no + 1 and interaction_id = 'i' || record_no) as numbered "
                + "from raw_interactions")).containsExactly(Map.of("n", 4999L, "first", 1L, "last", 5000L,
                "numbered", true));
        assertThat(rows("select line, reason from import_issues")).containsExactly(
                Map.of("line", 3001L, "reason", "unknown interaction type 'fax'"));
    }

    @Test
    void anUnterminatedQuoteBatchesIntoTheFileStillRefusesItWhole() throws Exception {
        Path path = file("interactions.csv", interactions(5000, 4500));
        assertThatThrownBy(() -> importer.importFile(path, "interactions.csv", InputKind.INTERACTIONS))
                .hasMessage("interactions.csv: line 4501: a quoted field is never closed (unterminated quote); "
                        + "nothing from this file was imported");
        assertThat(rows("select count(*) as n from raw_interactions")).containsExactly(Map.of("n", 0L));
        assertThat(rows("select count(*) as n from import_issues")).containsExactly(Map.of("n", 0L));
    }

    /** Interactions i1..iN, one line each; record 3000 has an unknown type, and an unclosed quote opens at {@code quoteAt}. */
    private static String interactions(int count, int quoteAt) {
        StringBuilder csv = new StringBuilder("interaction_id,date,contact,type,note\n");
        for (int i = 1; i <= count; i++) {
            csv.append('i').append(i).append(",2026-01-05,C1,").append(i == 3000 ? "fax" : "call").append(',')
                    .append(i == quoteAt ? "\"open" : "").append('\n');
        }
        return csv.toString();
    }

    @Test
    void aHeaderOnlyFileLoadsNothingWithoutError() throws Exception {
        FileImportResult result = importer.importFile(file("events.csv", "event_id,date,name\n"), "events.csv",
                InputKind.EVENTS);
        assertThat(result.status()).isEqualTo(Status.EMPTY);
        assertThat(result.read()).isZero();
    }
}
