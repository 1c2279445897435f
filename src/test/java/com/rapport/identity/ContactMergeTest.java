package com.rapport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.ingest.FileImporter;
import com.rapport.ingest.InputKind;
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
 * Twenty-six contact records from eight exports of seven systems become nineteen partners:
 * merged by NPI, e-mail (any of a record's addresses) and name with organisation; never
 * across two NPIs; weaker evidence listed as possible duplicates; confirmed pairs merged.
 */
class ContactMergeTest {

    private static final Path EXPORTS = Path.of("src/test/resources/exports");
    private static final List<String> FILES = List.of("Connections.csv", "google-old.csv", "google.csv", "hubspot.csv",
            "outlook-com.csv", "outlook.csv", "practice-mate.csv", "salesforce.csv");

    @TempDir
    Path folder;
    ImportFixture fixture;
    FileImporter importer;

    @BeforeEach
    void importEveryExport() throws Exception {
        fixture = new ImportFixture(folder, Settings.load(EXPORTS).columnMappings());
        importer = fixture.importer;
        for (String file : FILES) {
            importer.importFile(EXPORTS.resolve(file), "contacts/" + file, InputKind.CONTACTS);
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> rows(String sql) throws Exception {
        return fixture.rows(sql);
    }

    /**
     * Each field comes from the most recently updated record (ties: the file that sorts
     * first); the name keeps the richest spelling of the same name (José over Jose, ’ over ').
     */
    @Test
    void twentySixRecordsBecomeNineteenPartners() throws Exception {
        new IdentityStep(fixture.database, "US").run();
        assertThat(rows("select count(*) from contact_assignments")).containsExactly("26");
        assertThat(rows("select name, records, organization, email, npi from partners order by name, npi")).containsExactly(
                "Anita Patel|2|Bayview Family Medicine|anita.patel@bayview.example.com|1234567893",
                "Benjamin Ortiz|2|Ortiz Family Dental|ben@ortizdental.example.com|",
                "Bob Nguyen|1|Lakeside Chiropractic|bob@lakeside.example.com|",
                "Dana \"DJ\" Jones|1|Peak Fitness||",
                "Dr. Alan Reyes|1|Harbor Orthopedics|alan.reyes@harbor.example.com|",
                "Grace Kim|2|Kim Sports Medicine|grace.kim@kimsports.example.com|",
                "José Müller|3|Riverside Physical Therapy|jose.muller@riverside.example.com|",
                "Liam O’Connor|1|Harbor High School||",
                "Maria Garcia|1|Eastside Pediatrics|frontdesk@eastside.example.com|1345678902",
                "Maria Garcia|1|Eastside Pediatrics|frontdesk@eastside.example.com|1456789019",
                "Priya Shah|1|Shah Wellness, Inc.|priya.shah@shahwellness.example.com|",
                "Renée Nuñez|1|Community Health Alliance||",
                "Robert Nguyen|1|Lakeside Chiropractic, LLC|robert.nguyen@lakeside.example.com|",
                "Siobhan O’Brien|2|Northside Family Medicine|Siobhan.OBrien@northside.example.com|",
                "Søren Kjær|1|Kjær Chiropractic|soren@kjaer.example.com|",
                "Thomas Baker|1|Harbor Orthopedics|tbaker@harbor.example.com|",
                "Tom Baker|1|||",
                "Wei Chen|2|Summit Spine Center|wchen@summit.example.com|",
                // HubSpot's row with only an e-mail: a partner named by it, not a rejected row
                "info@unknown.example.com|1||info@unknown.example.com|");
        assertThat(rows("select name, credential from partners where credential is not null order by name"))
                .as("Outlook's 'Patel, MD' and Salesforce's 'Chen MD PhD' keep their credentials apart from the name")
                .containsExactly("Anita Patel|MD", "Wei Chen|MD, PhD");
    }

    @Test
    void everyRecordSaysWhichPartnerItBecameAndWhy() throws Exception {
        new IdentityStep(fixture.database, "US").run();
        assertThat(rows("select a.file, a.row, a.matched_by from contact_assignments a join contact_assignments f "
                + "on f.partner_id = a.partner_id where f.name = 'José Müller' group by all order by 1, 2"))
                .containsExactly(
                        "contacts/Connections.csv|1|",
                        "contacts/google.csv|1|email",
                        "contacts/outlook.csv|1|email");
        assertThat(rows("select matched_by from contact_assignments where file = 'contacts/outlook.csv' and row = 4"))
                .as("Ben Ortiz matches Benjamin through the second address of a Google ' ::: ' cell")
                .containsExactly("email");
    }

    @Test
    void weakerEvidenceIsListedForReviewNotMerged() throws Exception {
        new IdentityStep(fixture.database, "US").run();
        assertThat(rows("select name_a, name_b, evidence from duplicate_candidates")).containsExactlyInAnyOrder(
                "Bob Nguyen|Robert Nguyen|same phone and organisation; nickname Bob / Robert",
                "Thomas Baker|Tom Baker|same phone; nickname Tom / Thomas");
    }

    @Test
    void aConfirmedPairMergesOnTheNextRunAndADifferentNpiStaysApart() throws Exception {
        Path merges = folder.resolve("merges.csv");
        Files.writeString(merges, "reference_a,reference_b\n"
                + "Tom Baker,0035e00000AbC1\n"
                + "salesforce.csv:0035e00000AbC3,00453\n"
                + "Nobody Here,Grace Kim\n");
        importer.importFile(merges, "merges.csv", InputKind.MERGES);
        new IdentityStep(fixture.database, "US").run();
        assertThat(rows("select count(*) from partners")).containsExactly("18");
        assertThat(rows("select name, records from partners where name like '%Baker'")).containsExactly("Thomas Baker|2");
        assertThat(rows("select file, row, matched_by from contact_assignments where matched_by = 'confirmed'"))
                .containsExactly("contacts/salesforce.csv|1|confirmed");
        assertThat(rows("select * from merge_problems order by row")).containsExactly(
                "merges.csv|2|reference_b|00453|different_npi",
                "merges.csv|3|reference_a|Nobody Here|no_match");
        assertThat(rows("select count(*) from duplicate_candidates where name_a like '%Baker'")).containsExactly("0");
    }
}
