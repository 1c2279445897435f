package com.rapport.registry;

import static com.rapport.testing.RegistryFiles.deactivated;
import static com.rapport.testing.RegistryFiles.medicare;
import static com.rapport.testing.RegistryFiles.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.testing.RegistryFiles;
import com.rapport.testing.ImportFixture;
import com.rapport.core.ColumnMappings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading registry/: by header name, once per checksum, a bad file refused alone, a removed file forgotten. */
class RegistryImporterTest {

    @TempDir
    Path folder;
    private ImportFixture fixture;
    private Path registry;
    private final List<String> heard = new ArrayList<>();
    private final RegistryListener listener = new RegistryListener() {
        @Override
        public void registryFile(RegistryFileResult result) {
            heard.add(result.file() + " " + result.status() + " " + result.rows());
        }
    };

    @BeforeEach
    void open() throws Exception {
        fixture = new ImportFixture(folder, ColumnMappings.none());
        registry = folder.resolve("data").resolve("registry");
        RegistryFiles.write(registry.resolve("npidata_pfile_20050523-20261011.csv"), RegistryFiles.nppesV1(), List.of(
                person("1000000012", "ADA", "ALVAREZ", "MD", "1 FIRST ST", "PORTLAND", "97201", "5035550101", "207X00000X"),
                deactivated("1000000038", "03/15/2025")));
        RegistryFiles.write(registry.resolve("MUP_PHY_R26_P05_V10_D24_Prov.csv"), RegistryFiles.CMS_HEADER, List.of(
                medicare("1000000012", "Alvarez", "Ada", "Orthopedic Surgery", "1,512")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<RegistryFileResult> importFolder() throws Exception {
        return new RegistryImporter(fixture.database.connection(), listener).importFolder(folder.resolve("data"));
    }

    @Test
    void readsTheV1LayoutByHeaderNameAndTheDataYearFromTheName() throws Exception {
        importFolder();
        assertThat(heard).containsExactly("registry/MUP_PHY_R26_P05_V10_D24_Prov.csv READ 1",
                "registry/npidata_pfile_20050523-20261011.csv READ 2");
        assertThat(fixture.rows("select npi, entity_type, last_name, first_name, postal_code, deactivation_date, "
                + "primary_taxonomy from registry_nppes order by npi")).containsExactly(
                "1000000012|1|ALVAREZ|ADA|97201||207X00000X", "1000000038|||||2025-03-15|");
        assertThat(fixture.rows("select data_year, npi, provider_type, medicare_patients, services from registry_medicare"))
                .containsExactly("2024|1000000012|Orthopedic Surgery|1512|2345.0");
    }

    @Test
    void aFileWithTheSameChecksumIsNotReadAgain() throws Exception {
        importFolder();
        String readAt = fixture.rows("select read_at from registry_files order by file").toString();
        heard.clear();
        importFolder();
        // touched (a copy, a restore from backup): the checksum says it is the same content
        Path nppes = registry.resolve("npidata_pfile_20050523-20261011.csv");
        Files.setLastModifiedTime(nppes, FileTime.fromMillis(Files.getLastModifiedTime(nppes).toMillis() + 60_000));
        importFolder();
        assertThat(heard).containsExactly(
                "registry/MUP_PHY_R26_P05_V10_D24_Prov.csv ALREADY_READ 1",
                "registry/npidata_pfile_20050523-20261011.csv ALREADY_READ 2",
                "registry/MUP_PHY_R26_P05_V10_D24_Prov.csv ALREADY_READ 1",
                "registry/npidata_pfile_20050523-20261011.csv ALREADY_READ 2");
        assertThat(fixture.rows("select read_at from registry_files order by file").toString()).isEqualTo(readAt);
        assertThat(fixture.rows("select count(*) from registry_nppes")).containsExactly("2");
    }

    @Test
    void aMissingRequiredColumnRefusesThatFileAloneWithOneMessage() throws Exception {
        List<String> header = RegistryFiles.nppesV2().stream().filter(c -> !c.equals("NPI Deactivation Date")).toList();
        RegistryFiles.write(registry.resolve("npidata_pfile_20261012-20261018.csv"), header, List.of(
                person("1000000020", "BEN", "BROWN", "DC", "2 SECOND ST", "SALEM", "97301", "5035550102", "111N00000X")));
        List<RegistryFileResult> results = importFolder();
        assertThat(results.get(2).status()).isEqualTo(RegistryFileResult.Status.REFUSED);
        assertThat(results.get(2).message()).isEqualTo("registry/npidata_pfile_20261012-20261018.csv: missing column "
                + "NPI Deactivation Date; the file has 329 columns (NPI, Entity Type Code, Replacement NPI, Employer "
                + "Identification Number (EIN), Provider Organization Name (Legal Business Name), Provider Last Name "
                + "(Legal Name), …); is it the nppes file as published?");
        assertThat(fixture.rows("select file from registry_files order by file")).containsExactly(
                "registry/MUP_PHY_R26_P05_V10_D24_Prov.csv", "registry/npidata_pfile_20050523-20261011.csv");
        assertThat(fixture.rows("select count(*) from registry_nppes")).containsExactly("2");
    }

    @Test
    void aFileThatLeftTheFolderTakesItsRowsWithIt() throws Exception {
        importFolder();
        Files.delete(registry.resolve("MUP_PHY_R26_P05_V10_D24_Prov.csv"));
        importFolder();
        assertThat(fixture.rows("select file from registry_files")).containsExactly(
                "registry/npidata_pfile_20050523-20261011.csv");
        assertThat(fixture.rows("select count(*) from registry_medicare")).containsExactly("0");
    }

    @Test
    void aFileReplacedUnderItsNameIsReadAgainAndItsOldRowsGo() throws Exception {
        importFolder();
        RegistryFiles.write(registry.resolve("MUP_PHY_R26_P05_V10_D24_Prov.csv"), RegistryFiles.CMS_HEADER, List.of(
                medicare("1000000046", "Dorsey", "Dan", "Internal Medicine", "300")));
        importFolder();
        assertThat(fixture.rows("select npi, medicare_patients from registry_medicare")).containsExactly("1000000046|300");
    }

    @Test
    void aCsvWithAnUnknownNameIsNamedAndIgnored() throws Exception {
        // the NPPES download's header-only companion is not the data file
        Files.writeString(registry.resolve("npidata_pfile_20050523-20261011_fileheader.csv"), "\"NPI\"\r\n");
        List<RegistryFileResult> results = importFolder();
        assertThat(results.get(2).message()).isEqualTo("registry/npidata_pfile_20050523-20261011_fileheader.csv: not a "
                + "registry file Rapport knows by its published name (npidata_pfile_YYYYMMDD-YYYYMMDD.csv, "
                + "MUP_PHY_*_D<yy>_Prov.csv, nucc_taxonomy_*.csv); ignored");
    }

    @Test
    void aLinkToAFileOutsideTheDataFolderIsRefusedByItsNameAndNothingOfItIsRead() throws Exception {
        Path outside = Files.writeString(folder.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(registry.resolve("npidata_pfile_20000101-20000102.csv"), outside);
        List<RegistryFileResult> results = importFolder();
        assertThat(results.get(1).status()).isEqualTo(RegistryFileResult.Status.REFUSED);
        assertThat(results.get(1).message()).isEqualTo("registry/npidata_pfile_20000101-20000102.csv: a link to a file "
                + "outside the data folder; copy the file into the folder instead");
        assertThat(fixture.rows("select file from registry_files order by file")).containsExactly(
                "registry/MUP_PHY_R26_P05_V10_D24_Prov.csv", "registry/npidata_pfile_20050523-20261011.csv");
    }
}
