package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.ingest.FileImportResult;
import com.rapport.ingest.InputKind;
import com.rapport.core.ColumnMappings;
import com.rapport.testing.ImportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rapport runs from any folder a user has: the data, the outputs and the database under a
 * folder whose name holds a quote, a backslash, a space, {@code #}, {@code %} or letters
 * beyond ASCII. DuckDB is allowed exactly those folders, and it is asked for the same paths.
 * The one exception is the database under a backslash: DuckDB 2.0 reads it as a folder
 * separator, so such a {@code --db} is refused with one line and the database goes elsewhere.
 */
class FolderNamesTest {


    @TempDir
    static Path folder;

    @BeforeAll
    static void home() {
        System.setProperty("user.home", folder.resolve("home").toString());
    }

    /**
     * The row-by-row load, the models' CSVs written by DuckDB, and the PDF. A review is the costly
     * run, so one review has every name but the backslash as a folder of the path, nested, and
     * the backslash has its own (its database elsewhere).
     */
    @ParameterizedTest
    @ValueSource(strings = {"o'connor/two words/issue #4/100% sure/Müller/李小龙", "back\\slash"})
    void aReviewRunsWithDataOutputsAndDatabaseUnderTheFolder(String name) throws Exception {
        Path root = Files.createDirectories(folder.resolve("review").resolve(name));
        Path data = root.resolve("data " + name);
        Files.createDirectories(data.resolve("contacts"));
        Files.writeString(data.resolve("contacts/crm.csv"), """
                contact_id,full_name,organization,category
                C1,Ines Quarshie,Lakeshore Spine,physician
                C2,Tobias Fennimore,Fennimore Chiropractic,chiropractor
                """);
        Files.writeString(data.resolve("referrals.csv"), """
                referral_id,date,direction,partner
                R1,2026-09-14,in,C1
                R2,2026-10-02,in,C1
                R3,2026-10-20,in,C2
                """);
        Path out = root.resolve("out " + name);
        Path db = (name.contains("\\") ? folder.resolve("review") : root).resolve("db " + name.replace('\\', '-'))
                .resolve("rapport.duckdb");
        RapportCliTest.Run run = RapportCliTest.run("review", "--data", data.toString(), "--out", out.toString(),
                "--db", db.toString(), "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("2026-10/data/referral_flow_monthly.csv")))
                .contains("2026-10,2,0,2,1,");
        assertThat(ReviewPdfTest.extract(out.resolve("2026-10/partnership-review-2026-10.pdf")))
                .contains("Ines Quarshie");
    }

    /** DuckDB's own CSV reader, which reads a plain canonical activity file of any size, under each awkward name. */
    @ParameterizedTest
    @ValueSource(strings = {"o'connor", "back\\slash", "two words", "issue #4", "100% sure", "Müller", "李小龙"})
    void theEngineReadsAnActivityFileUnderTheFolder(String name) throws Exception {
        Path root = Files.createDirectories(folder.resolve("engine").resolve(name));
        Path file = Files.writeString(root.resolve("interactions.csv"), """
                interaction_id,date,contact,type,direction,event_id,amount,note
                I1,2026-10-01,C1,call,outbound,,,
                I2,2026-10-32,C1,call,outbound,,,not a date
                I3,2026-10-03,C2,gift,outbound,,40,
                """);
        String database = name.contains("\\") ? "../../engine-db/rapport.duckdb" : "rapport.duckdb";
        try (ImportFixture fixture = new ImportFixture(root, database, ColumnMappings.none(), true)) {
            FileImportResult result = fixture.importer.importFile(file, "interactions.csv", InputKind.INTERACTIONS);
            assertThat(result.message()).contains("DuckDB's CSV reader");
            assertThat(result.read() + " " + result.loaded() + " " + result.rejected()).isEqualTo("3 2 1");
            assertThat(fixture.rows("select line, interaction_id, amount from raw_interactions where record_no > 0 "
                    + "order by line")).containsExactly("2|I1|", "4|I3|40.0");
            assertThat(fixture.rows("select line, \"column\" from import_issues")).containsExactly("3|date");
        }
    }

    @Test
    void aDatabaseUnderABackslashIsRefusedInOneLine() throws Exception {
        Path db = folder.resolve("refused").resolve("back\\slash").resolve("rapport.duckdb");
        RapportCliTest.Run run = RapportCliTest.run("review", "--data", "sample-data", "--out",
                folder.resolve("refused-out").toString(), "--db", db.toString(), "--quiet");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("rapport: DuckDB reads the backslash in " + db + " as a folder "
                + "separator; give --db a path without one (the data and output folders may have one)");
        assertThat(db.getParent()).doesNotExist();
    }
}
