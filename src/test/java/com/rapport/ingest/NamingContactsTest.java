package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.identity.IdentityStep;
import com.rapport.identity.MergeResult;
import com.rapport.identity.ReferenceResolver;
import com.rapport.core.ColumnMappings;
import com.rapport.core.Settings;
import com.rapport.testing.ImportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a contact row can name its partner: a person's full name, first and last
 * names (either alone), an organisation with no person (a front desk, a school's athletics
 * office, a law firm), or only an e-mail. Only a row naming nobody is rejected, and says so.
 * Fixtures: {@code src/test/resources/people}, with the mappings in its rapport.properties.
 */
class NamingContactsTest {

    static final Path PEOPLE = Path.of("src/test/resources/people");
    private static final String NOBODY = "full_name|the row names nobody: no name, no organisation and no e-mail";

    @TempDir
    Path folder;
    ImportFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ImportFixture(folder, Settings.load(PEOPLE).columnMappings());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String load(String file) throws Exception {
        FileImportResult r = fixture.importer.importFile(PEOPLE.resolve(file), "contacts/" + file,
                InputKind.CONTACTS);
        return r.format() + " read " + r.read() + " loaded " + r.loaded() + " rejected " + r.rejected()
                + " duplicates " + r.duplicates();
    }

    private List<String> loaded(String file) {
        return fixture.rows("select line, contact_id, full_name, organization, email from raw_contacts "
                + "where source_file = 'contacts/" + file + "' order by record_no");
    }

    /** A derived id (a hash) as {@code id}, keeping a {@code -2} for the second record of a name. */
    private static List<String> idsMasked(List<String> rows) {
        return rows.stream().map(r -> r.replaceFirst("\\|[a-z]+-[0-9a-f]{10}(-2)?\\|", "|id$1|")).toList();
    }

    private List<String> issues(String file) {
        return fixture.rows("select line, \"column\", reason from import_issues where file = 'contacts/" + file
                + "' order by line");
    }

    @Test
    void canonicalRowsNamedByTheirOrganisationOrEmailLoadAndARowNamingNobodyIsRejected() throws Exception {
        assertThat(load("crm-organisations.csv")).isEqualTo("canonical read 5 loaded 4 rejected 1 duplicates 0");
        assertThat(loaded("crm-organisations.csv")).containsExactly(
                "2|O1|Westbrook High School Athletics|Westbrook High School Athletics|athletics@westbrook.example.com",
                "3|O2|Marrow & Finch LLP|Marrow & Finch LLP|",
                "4|O3|Harriet Okafor|Lakeview Orthopedics|harriet.okafor@lakeview.example.com",
                "6|O5|pat@cobaltlogistics.example.com||pat@cobaltlogistics.example.com");
        assertThat(issues("crm-organisations.csv")).containsExactly("5|" + NOBODY);
    }

    /** An export without ids (Outlook) derives one from the organisation when no person is named. */
    @Test
    void anOutlookRowWithOnlyACompanyGetsAnIdFromTheOrganisation() throws Exception {
        assertThat(load("outlook-front-desk.csv")).isEqualTo("outlook read 4 loaded 3 rejected 1 duplicates 0");
        assertThat(idsMasked(loaded("outlook-front-desk.csv"))).containsExactly(
                "2|id|Lakeview Orthopedics Front Desk|Lakeview Orthopedics Front Desk|frontdesk@lakeview.example.com",
                "3|id|Harriet Okafor|Lakeview Orthopedics|harriet.okafor@lakeview.example.com",
                "5|id|Marrow & Finch LLP|Marrow & Finch LLP|");
        assertThat(issues("outlook-front-desk.csv")).containsExactly("4|" + NOBODY);
    }

    /**
     * A mapping naming people by first and last name only (no full_name, no contact_id):
     * ids derived from the names, a first or last name alone is enough, an exact repeat is a
     * duplicate and a second record of the same name (another e-mail) gets the {@code -2} id.
     */
    @Test
    void aMappedRosterWithFirstAndLastNamesGetsDerivedIds() throws Exception {
        assertThat(load("roster.csv")).isEqualTo("mapped read 8 loaded 6 rejected 1 duplicates 1");
        List<String> rows = loaded("roster.csv");
        assertThat(idsMasked(rows)).containsExactly(
                "2|id|Harriet Okafor|Lakeview Orthopedics|harriet.okafor@lakeview.example.com",
                "3|id|Lakeview Orthopedics Front Desk|Lakeview Orthopedics Front Desk|frontdesk@lakeview.example.com",
                "4|id|Dmitri||",
                "5|id|Vasquez-Lind|Northgate Chiropractic|",
                "7|id|info@westbrook-athletics.example.com||info@westbrook-athletics.example.com",
                "9|id-2|Harriet Okafor|Lakeview Orthopedics|h.okafor@lakeview.example.com");
        assertThat(rows.get(5).split("\\|")[1]).isEqualTo(rows.get(0).split("\\|")[1] + "-2");
        assertThat(fixture.rows("select first_name, last_name from raw_contacts where line = 2 "
                + "and source_file = 'contacts/roster.csv'")).containsExactly("Harriet|Okafor");
        assertThat(issues("roster.csv")).extracting(r -> r.replaceFirst("'mapped-[0-9a-f]{10}'", "'id'"))
                .containsExactly("6|" + NOBODY, "8|contact_id|duplicate contact_id 'id' (first at line 2)");
    }

    /** The same person gets the same id whichever way a mapping names them: full name or first and last. */
    @Test
    void theIdOfANameIsTheSameFromFirstAndLastAsFromTheFullName() throws Exception {
        Path full = Files.writeString(folder.resolve("roster.csv"),
                "Name,Practice\nHarriet Okafor,Lakeview Orthopedics\n");
        ColumnMappings byFullName = ColumnMappings.from(properties("import.roster.csv.column.full_name=Name",
                "import.roster.csv.column.organization=Practice"));
        try (ImportFixture other = new ImportFixture(folder.resolve("other"), byFullName)) {
            other.importer.importFile(full, "contacts/roster.csv", InputKind.CONTACTS);
            load("roster.csv");
            assertThat(other.rows("select contact_id from raw_contacts"))
                    .containsExactly(loaded("roster.csv").get(0).split("\\|")[1]);
        }
    }

    /** A mapping with no person's column at all: organisations and inboxes are enough. */
    @Test
    void aMappingOfOrganisationsAloneIsNotRefused() throws Exception {
        assertThat(load("front-desks.csv")).isEqualTo("mapped read 3 loaded 2 rejected 1 duplicates 0");
        assertThat(idsMasked(loaded("front-desks.csv"))).containsExactly(
                        "2|id|Granite Peak Sports Medicine|Granite Peak Sports Medicine|desk@granitepeak.example.com",
                        "4|id-2|Granite Peak Sports Medicine|Granite Peak Sports Medicine|");
        assertThat(issues("front-desks.csv")).containsExactly("3|" + NOBODY);
    }

    /**
     * Fifteen records of the four files become nine partners: Harriet Okafor by e-mail and by
     * name with organisation, the front desk by e-mail, the law firm and the sports-medicine
     * site by their organisation (name_org), each shown by its organisation; the school's
     * inbox alone stays apart from the school (no shared key).
     */
    @Test
    void organisationRecordsMergeByOrganisationAndKeepTheirName() throws Exception {
        for (String file : List.of("crm-organisations.csv", "outlook-front-desk.csv", "roster.csv", "front-desks.csv")) {
            load(file);
        }
        MergeResult merged = new IdentityStep(fixture.database, "US").run();
        assertThat(fixture.rows("select count(*) from contact_assignments")).containsExactly("15");
        assertThat(fixture.rows("select name, records, organization, email from partners order by name")).containsExactly(
                "Dmitri|1||",
                "Granite Peak Sports Medicine|2|Granite Peak Sports Medicine|desk@granitepeak.example.com",
                "Harriet Okafor|4|Lakeview Orthopedics|harriet.okafor@lakeview.example.com",
                "Lakeview Orthopedics Front Desk|2|Lakeview Orthopedics Front Desk|frontdesk@lakeview.example.com",
                "Marrow & Finch LLP|2|Marrow & Finch LLP|",
                "Vasquez-Lind|1|Northgate Chiropractic|",
                "Westbrook High School Athletics|1|Westbrook High School Athletics|athletics@westbrook.example.com",
                "info@westbrook-athletics.example.com|1||info@westbrook-athletics.example.com",
                "pat@cobaltlogistics.example.com|1||pat@cobaltlogistics.example.com");
        assertThat(fixture.rows("select file, \"row\", name, matched_by from contact_assignments "
                + "where name in ('Marrow & Finch LLP', 'Granite Peak Sports Medicine') order by file, \"row\""))
                .containsExactly(
                        "contacts/crm-organisations.csv|2|Marrow & Finch LLP|",
                        "contacts/front-desks.csv|1|Granite Peak Sports Medicine|",
                        "contacts/front-desks.csv|3|Granite Peak Sports Medicine|name_org",
                        "contacts/outlook-front-desk.csv|4|Marrow & Finch LLP|name_org");
        // An activity log may name such a partner by its organisation, as it names a person by name.
        ReferenceResolver resolver = new ReferenceResolver(merged.assignments());
        assertThat(fixture.rows("select partner_id from partners where name = 'Marrow & Finch LLP'"))
                .containsExactly(resolver.resolve("marrow & finch llp").partnerId());
    }

    private static Properties properties(String... lines) {
        Properties properties = new Properties();
        for (String line : lines) {
            properties.setProperty(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return properties;
    }
}
