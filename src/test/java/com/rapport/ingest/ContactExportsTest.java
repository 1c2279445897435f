package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.Settings;
import com.rapport.testing.ImportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each real export format from the fixture files in {@code src/test/resources/exports}:
 * recognised from its header, decoded, and mapped onto the canonical contact fields.
 */
class ContactExportsTest {

    static final Path EXPORTS = Path.of("src/test/resources/exports");

    @TempDir
    Path folder;
    ImportFixture fixture;
    FileImporter importer;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(folder, Settings.load(EXPORTS).columnMappings());
        importer = fixture.importer;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private FileImportResult load(String file) throws Exception {
        return importer.importFile(EXPORTS.resolve(file), "contacts/" + file, InputKind.CONTACTS);
    }

    private List<String> rows(String sql) throws Exception {
        return fixture.rows(sql);
    }

    private static String counts(FileImportResult r) {
        return r.format() + " " + r.encoding() + " read " + r.read() + " loaded " + r.loaded() + " rejected "
                + r.rejected() + " duplicates " + r.duplicates();
    }

    /** Notes and formatted addresses span lines, so records start on the lines a reader would point at. */
    @Test
    void googleCsvWithBomMultiLineNotesAndSeveralEmailsInOneCell() throws Exception {
        assertThat(counts(load("google.csv"))).isEqualTo("google UTF-8 with BOM read 5 loaded 5 rejected 0 duplicates 0");
        assertThat(rows("select line, full_name, organization, category, email, other_emails, phone, postal_code "
                + "from raw_contacts order by record_no")).containsExactly(
                "2|José Müller|Riverside Physical Therapy|therapist|jose.muller@riverside.example.com||(503) 555-0101|97201",
                "5|Siobhan O’Brien|Northside Family Medicine|physician|siobhan.obrien@northside.example.com||503-555-0110|",
                "6|Tom Baker||other|||+1 503-555-0142|",
                "7|Benjamin Ortiz|Ortiz Family Dental|dentist|ben@ortizdental.example.com|benjamin.ortiz@mail.example.com"
                        + "|(617) 555-0123|02134",
                "9|Dana \"DJ\" Jones|Peak Fitness|fitness||||");
    }

    @Test
    void olderGoogleFormatInUtf16() throws Exception {
        assertThat(counts(load("google-old.csv")))
                .isEqualTo("google (older format) UTF-16LE with BOM read 2 loaded 2 rejected 0 duplicates 0");
        assertThat(rows("select full_name, first_name, last_name, organization, category, email from raw_contacts "
                + "order by record_no")).containsExactly(
                "Søren Kjær|Søren|Kjær|Kjær Chiropractic|chiropractor|soren@kjaer.example.com",
                "Siobhan O'Brien|Siobhan|O'Brien|Northside Family Medicine|other|Siobhan.OBrien@northside.example.com");
    }

    @Test
    void outlookInWindows1252WithCrlfAndEmptyDates() throws Exception {
        FileImportResult result = load("outlook.csv");
        assertThat(counts(result)).isEqualTo("outlook Windows-1252 read 5 loaded 5 rejected 0 duplicates 0");
        assertThat(result.warnings()).as("0/0/00 is Outlook's empty date, not a bad one").isZero();
        assertThat(rows("select line, full_name, last_name, organization, role, category, postal_code, updated_at "
                + "from raw_contacts order by record_no")).containsExactly(
                "2|José Müller|Müller|Riverside Physical Therapy|Physical Therapist|therapist|97201|",
                "4|Anita Patel, MD|Patel, MD|Bayview Family Medicine|Family Physician|physician|02139|",
                "5|Robert Nguyen|Nguyen|Lakeside Chiropractic, LLC|Chiropractor|chiropractor|97301|",
                "6|Ben Ortiz|Ortiz|Ortiz Family Dental||other|02134|",
                "7|Renée Nuñez|Nuñez|Community Health Alliance|Outreach Coordinator|community|97211|");
    }

    @Test
    void outlookComLayout() throws Exception {
        assertThat(counts(load("outlook-com.csv"))).isEqualTo("outlook.com UTF-8 read 2 loaded 2 rejected 0 duplicates 0");
        assertThat(rows("select full_name, organization, role, category, email from raw_contacts order by record_no"))
                .containsExactly(
                        "Grace Kim|Kim Sports Medicine|Sports Medicine Physician|physician|grace.kim@kimsports.example.com",
                        "Liam O’Connor|Harbor High School|Athletic Director|school|");
    }

    @Test
    void linkedInPreambleIsSkippedAndRowsCountFromTheHeader() throws Exception {
        assertThat(counts(load("Connections.csv"))).isEqualTo("linkedin UTF-8 read 3 loaded 3 rejected 0 duplicates 0");
        assertThat(rows("select record_no, line, full_name, organization, role, email, updated_at from raw_contacts "
                + "order by record_no")).containsExactly(
                "1|5|Jose Muller|Riverside Physical Therapy|Physical Therapist||2024-03-15",
                "2|6|Wei Chen|Summit Spine Center|Spine Surgeon||2025-01-02",
                "3|7|Priya Shah|Shah Wellness, Inc.|Owner, Yoga Instructor|priya.shah@shahwellness.example.com|2023-11-07");
    }

    /** A row with no name and no organisation but an e-mail names its partner by the e-mail (data contract). */
    @Test
    void hubSpotKeepsIdsAsTextAndNamesARowWithOnlyAnEmailByIt() throws Exception {
        assertThat(counts(load("hubspot.csv"))).isEqualTo("hubspot UTF-8 read 4 loaded 4 rejected 0 duplicates 0");
        assertThat(rows("select contact_id, full_name, organization, npi, postal_code, updated_at from raw_contacts "
                + "order by record_no")).containsExactly(
                "00451|Anita Patel|Bayview Family Medicine|1234567893|02139|2026-09-30",
                "00452|Bob Nguyen|Lakeside Chiropractic||97301|2026-08-01",
                "00453|Maria Garcia|Eastside Pediatrics|1345678902|97030|2026-07-15",
                "00454|info@unknown.example.com||||2026-07-15");
        assertThat(rows("select file, line, \"column\", reason from import_issues")).isEmpty();
    }

    @Test
    void salesforceFooterIsNeitherDataNorARejectedRow() throws Exception {
        FileImportResult result = load("salesforce.csv");
        assertThat(counts(result)).isEqualTo("salesforce UTF-8 read 3 loaded 3 rejected 0 duplicates 0");
        assertThat(result.message()).contains("footer (2 lines after the data)");
        assertThat(rows("select line, contact_id, full_name, last_name, organization, updated_at from raw_contacts "
                + "order by record_no")).containsExactly(
                "2|0035e00000AbC1|Thomas Baker|Baker|Harbor Orthopedics|2026-03-14",
                "4|0035e00000AbC2|Wei Chen MD PhD|Chen MD PhD|Summit Spine Center|2025-11-02",
                "5|0035e00000AbC3|Maria Garcia|Garcia|Eastside Pediatrics|2026-01-05");
    }

    @Test
    void anUnknownExportIsReadThroughTheMappingInRapportProperties() throws Exception {
        assertThat(counts(load("practice-mate.csv"))).isEqualTo("mapped UTF-8 read 2 loaded 2 rejected 0 duplicates 0");
        assertThat(rows("select full_name, organization, role, category, email, postal_code from raw_contacts "
                + "order by record_no")).containsExactly(
                "Grace Kim|Kim Sports Medicine|Sports Medicine|physician|grace.kim@kimsports.example.com|97034",
                "Dr. Alan Reyes|Harbor Orthopedics|Orthopedic Surgeon|physician|alan.reyes@harbor.example.com|97201");
    }

    @Test
    void derivedIdsAreStableAcrossAReExportAndTheSecondImportChangesNothing() throws Exception {
        load("google.csv");
        List<String> first = rows("select contact_id from raw_contacts order by record_no");
        Path copy = folder.resolve("google-again.csv");
        Files.copy(EXPORTS.resolve("google.csv"), copy);
        Files.writeString(copy, "\n", java.nio.file.StandardOpenOption.APPEND);
        FileImportResult again = importer.importFile(copy, "contacts/google.csv", InputKind.CONTACTS);
        assertThat(again.status()).isEqualTo(FileImportResult.Status.LOADED);
        assertThat(rows("select contact_id from raw_contacts order by record_no")).isEqualTo(first);
        assertThat(first).hasSize(5).allMatch(id -> id.matches("google-[0-9a-f]{10}"));
    }

    @Test
    void aFileNoFormatRecognisesIsRefusedWithWhatWasFound() throws Exception {
        Path odd = folder.resolve("odd.csv");
        Files.writeString(odd, "Person,Clinic\nAnn Lee,Gym\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importFile(odd, "contacts/odd.csv",
                        InputKind.CONTACTS))
                .hasMessageStartingWith("contacts/odd.csv: not a contact export Rapport recognises (found Person, Clinic)")
                .hasMessageContaining("import.odd.csv.column.<field>=<header>");
    }
}
