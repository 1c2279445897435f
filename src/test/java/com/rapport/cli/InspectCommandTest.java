package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.ingest.format.SuggestedMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rapport inspect} on the fixture folder {@code src/test/resources/inspect} and the
 * dialect fixtures: what it prints for a recognised, an unrecognised and a spreadsheet file,
 * that it writes nothing, and what an import then says of the spreadsheet.
 */
class InspectCommandTest {

    static final Path INSPECT = Path.of("src/test/resources/inspect");

    @TempDir
    Path folder;

    private static List<String> lines(RapportCliTest.Run run) {
        return run.out().lines().toList();
    }

    @Test
    void aLogSavedInASpreadsheetShowsItsDateOrderMappingAndFirstRecordsWithoutPatientIds() throws IOException {
        List<String> before = listing(INSPECT);
        RapportCliTest.Run run = RapportCliTest.run("inspect", "--data", INSPECT.toString(), "referrals.csv");
        assertThat(run.exit()).isZero();
        assertThat(lines(run)).containsExactly(
                "referrals.csv (referrals)",
                "  format:       canonical",
                "  encoding:     UTF-8",
                "  delimiter:    comma",
                "  header line:  1",
                "  dates:        M/D/Y (read from the values)",
                "  mapping:      referral_id \u2190 referral_id",
                "                date \u2190 date",
                "                direction \u2190 direction",
                "                partner \u2190 partner",
                "                patient_id \u2190 patient_id",
                "                service \u2190 service",
                "                status \u2190 status",
                "  ignored:      patient_name",
                "  footer:       none",
                "  records:      4",
                "  first records as they would load:",
                "    line 2: referral_id=R1, date=2026-07-01, direction=in, partner=Harriet Vance, "
                        + "patient_id=(hashed at load), service=rehab, status=seen",
                "    line 3: referral_id=R2, date=2026-07-14, direction=in, partner=Mira Okafor, "
                        + "patient_id=(hashed at load), service=rehab, status=received",
                "    line 4: rejected, column direction: unknown direction 'sideways'",
                "");
        assertThat(run.out()).doesNotContain("P-3001").doesNotContain("Ada Lovelace");
        assertThat(listing(INSPECT)).as("inspect writes nothing").isEqualTo(before);
    }

    @Test
    void aMappedReportShowsItsDialectMappingAndIgnoredColumns() {
        RapportCliTest.Run run = RapportCliTest.run("inspect", "--data", "src/test/resources/dialects",
                "crm-report.csv");
        assertThat(run.exit()).isZero();
        assertThat(lines(run)).startsWith(
                "contacts/crm-report.csv (contacts)",
                "  format:       mapped",
                "  encoding:     Windows-1252",
                "  delimiter:    semicolon",
                "  header line:  3 (the 2 lines above it are skipped)",
                "  mapping:      contact_id \u2190 derived from the name",
                "                full_name \u2190 name",
                "                organization \u2190 firma",
                "                postal_code \u2190 plz",
                "  ignored:      e-mail, e-mail",
                "  footer:       2 lines after the data are skipped",
                "  records:      3",
                "  first records as they would load:");
        assertThat(lines(run).get(13)).startsWith("    line 4: contact_id=mapped-")
                .endsWith("full_name=Harriet Vance, organization=Vance Orthopädie, category=other, postal_code=02134");
    }

    @Test
    void aLogOfAnotherNameIsReadAsTheKindSaidWithItsPreambleAndFooter() {
        RapportCliTest.Run run = RapportCliTest.run("inspect", "--data", "src/test/resources/dialects", "--as",
                "referrals", "report-referrals.csv");
        assertThat(run.exit()).isZero();
        assertThat(lines(run)).contains(
                "report-referrals.csv (referrals)",
                "  header line:  4 (the 3 lines above it are skipped)",
                "  footer:       3 lines after the data are skipped",
                "  records:      4",
                "    line 7: rejected, column direction: unknown direction 'sideways'");
    }

    @Test
    void anUnrecognisedExportGetsASuggestedMappingAndASpreadsheetOneLine() {
        RapportCliTest.Run run = RapportCliTest.run("inspect", "--data", INSPECT.toString());
        assertThat(run.exit()).as("an import would refuse two of the files").isEqualTo(ExitCode.INPUT_REFUSED);
        List<String> out = lines(run);
        assertThat(out.subList(0, 4)).containsExactly(
                "contacts/praxis-kontakte.csv (contacts)",
                "  format:       not recognised",
                "  encoding:     UTF-8",
                "  delimiter:    semicolon");
        assertThat(out).containsSubsequence(
                "  suggested rapport.properties lines (check them, add them to rapport.properties in the data folder, "
                        + "run again):",
                "    import.praxis-kontakte.csv.column.first_name=Vorname",
                "    import.praxis-kontakte.csv.column.last_name=Nachname",
                "    import.praxis-kontakte.csv.column.organization=Firma",
                "    import.praxis-kontakte.csv.column.email=E-Mail-Adresse",
                "    import.praxis-kontakte.csv.column.phone=Telefon",
                "    import.praxis-kontakte.csv.column.city=Ort",
                "    import.praxis-kontakte.csv.column.postal_code=PLZ");
        assertThat(out).contains("contacts/partners.xlsx (contacts)",
                "  contacts/partners.xlsx: a spreadsheet, not a CSV file; save it as CSV and put the .csv here (Excel: "
                        + "File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\"; Numbers: File > Export To > CSV..., "
                        + "Text Encoding Unicode (UTF-8); Google Sheets: File > Download > Comma-separated values)");
    }

    @Test
    void synonymsInEnglishFrenchAndSpanishSuggestTheFields() {
        assertThat(SuggestedMapping.forHeader("contacts/a.csv", List.of("Display Name", "Organisation", "E-mail",
                "Mobile", "Zip"))).containsExactly("import.a.csv.column.full_name=Display Name",
                "import.a.csv.column.organization=Organisation", "import.a.csv.column.email=E-mail",
                "import.a.csv.column.phone=Mobile", "import.a.csv.column.postal_code=Zip");
        assertThat(SuggestedMapping.forHeader("b.csv", List.of("Nom", "Prénom", "Société", "Courriel", "Téléphone",
                "Code postal"))).containsExactly("import.b.csv.column.first_name=Prénom",
                "import.b.csv.column.last_name=Nom", "import.b.csv.column.organization=Société",
                "import.b.csv.column.email=Courriel", "import.b.csv.column.phone=Téléphone",
                "import.b.csv.column.postal_code=Code postal");
        assertThat(SuggestedMapping.forHeader("c.csv", List.of("Apellido", "Nombre", "Empresa", "Correo electrónico",
                "Teléfono", "Ciudad"))).containsExactly("import.c.csv.column.first_name=Nombre",
                "import.c.csv.column.last_name=Apellido", "import.c.csv.column.organization=Empresa",
                "import.c.csv.column.email=Correo electrónico", "import.c.csv.column.phone=Teléfono",
                "import.c.csv.column.city=Ciudad");
        // what a German Outlook writes for the mobile number
        assertThat(SuggestedMapping.forHeader("d.csv", List.of("Vorname", "Nachname", "Mobiltelefon")))
                .contains("import.d.csv.column.phone=Mobiltelefon");
    }

    @Test
    void anImportRefusesTheUnrecognisedFileNamingInspectAndTheSpreadsheetInOneLine() throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data.resolve("contacts"));
        for (String file : List.of("contacts/praxis-kontakte.csv", "contacts/partners.xlsx", "referrals.csv")) {
            Files.copy(INSPECT.resolve(file), data.resolve(file));
        }
        RapportCliTest.Run run = RapportCliTest.run("import", "--quiet", "--data", data.toString(), "--out",
                folder.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(run.err().lines().filter(line -> !line.contains("patient-id key")).toList()).containsExactly(
                "rapport: contacts/praxis-kontakte.csv: not a contact export Rapport recognises (found Nachname, "
                        + "Vorname, Firma, E-Mail-Adresse, Telefon, PLZ, Ort, Notizen); export from Google Contacts, "
                        + "Outlook, LinkedIn, HubSpot or Salesforce, use the canonical columns (contact_id, full_name "
                        + "...), or map the columns in rapport.properties with "
                        + "import.praxis-kontakte.csv.column.<field>=<header>; 'rapport inspect "
                        + "contacts/praxis-kontakte.csv' shows how Rapport reads the file",
                "rapport: contacts/partners.xlsx: a spreadsheet, not a CSV file; save it as CSV and put the .csv "
                        + "here (Excel: File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\"; Numbers: File > "
                        + "Export To > CSV..., Text Encoding Unicode (UTF-8); Google Sheets: File > Download > "
                        + "Comma-separated values)");
        assertThat(run.out()).contains("referrals.csv").contains("loaded");
    }

    /** Excel's "Unicode Text" is saved as .txt (a tab-separated file as .tsv): inspect and import both read it. */
    @Test
    void excelsUnicodeTextSavedAsTxtIsAContactExportOfTheFolder() throws IOException {
        Path data = dataFolder(UNICODE_TEXT, "contacts/partners.txt", UNICODE_TEXT, "contacts/more.tsv");
        assertThat(lines(RapportCliTest.run("inspect", "--data", data.toString())))
                .contains("contacts/partners.txt (contacts)", "contacts/more.tsv (contacts)");
        RapportCliTest.Run run = importOf(data);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(lines(run)).anySatisfy(line -> assertThat(line.split("\\s+")).containsExactly(
                "contacts/partners.txt", "loaded", "UTF-16LE", "with", "BOM", "3", "3", "0", "0"));
        assertThat(lines(run)).anySatisfy(line -> assertThat(line).startsWith("contacts/more.tsv ").contains("loaded"));
    }

    /** Excel's "Save As CSV" leaves the workbook beside the CSV: the CSV is read, the workbook blocks nothing. */
    @Test
    void aSpreadsheetBesideTheCsvSavedFromItIsLeftAlone() throws IOException {
        Path workbook = INSPECT.resolve("contacts/partners.xlsx");
        Path data = dataFolder(workbook, "contacts/partners.xlsx", UNICODE_TEXT, "contacts/partners.csv",
                workbook, "referrals.xlsx");
        RapportCliTest.Run run = importOf(data);
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("contacts/partners.csv").doesNotContain(".xlsx");
        assertThat(RapportCliTest.run("inspect", "--data", data.toString()).out()).doesNotContain(".xlsx");
    }

    private static final Path UNICODE_TEXT = Path.of("src/test/resources/dialects/unicode-text.csv");

    /** A data folder with the inspect fixture's referrals.csv and each source copied to the name after it. */
    private Path dataFolder(Object... sourcesAndNames) throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data.resolve("contacts"));
        Files.copy(INSPECT.resolve("referrals.csv"), data.resolve("referrals.csv"));
        for (int i = 0; i < sourcesAndNames.length; i += 2) {
            Files.copy((Path) sourcesAndNames[i], data.resolve((String) sourcesAndNames[i + 1]));
        }
        return data;
    }

    private RapportCliTest.Run importOf(Path data) {
        return RapportCliTest.run("import", "--quiet", "--data", data.toString(), "--out",
                folder.resolve("out").toString());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(Path::toString).sorted().toList();
        }
    }
}
