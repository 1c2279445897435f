package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.ColumnMappings;
import com.rapport.testing.ImportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An activity log exported again a month later is the old file with rows appended: only
 * the new rows are read, and the database ends exactly as if the whole file had been read
 * once (same rows, record numbers, lines, rejects and duplicates).
 */
class AppendedExportTest {

    private static final String FIRST = """
            interaction_id,date,contact,type,direction,event_id,amount,note
            I1,2026-01-05,C1,call,outbound,,,
            I2,2026-01-06,C1,meeting,outbound,,,"a note
            over two lines"
            I3,2026-01-07,C2,email,outbound,,,
            """;
    private static final String APPENDED = """
            I4,2026-02-03,C2,call,outbound,,,
            I2,2026-02-04,C3,call,outbound,,,same id as an earlier row
            I5,2026-02-30,C3,call,outbound,,,impossible date

            I6,2026-02-05,C3,meeting,outbound,,,"a note
            over two lines"
            I4,2026-02-06,C3,call,outbound,,,same id as a row appended with it
            I7,2026-2-7,C3,call,outbound,,,short month and day
            """;

    @TempDir
    Path folder;

    @Test
    void onlyTheAppendedRowsAreReadAndTheResultEqualsOneFullRead() throws Exception {
        Path file = Files.writeString(folder.resolve("interactions.csv"), FIRST);
        List<String> appended;
        try (ImportFixture fixture = importedOnce(file, "monthly.duckdb")) {
            Files.writeString(file, APPENDED, StandardOpenOption.APPEND);
            FileImportResult month = fixture.importer.importFile(file, "interactions.csv", InputKind.INTERACTIONS);
            assertThat(month.read() + " read, " + month.loaded() + " loaded, " + month.rejected() + " rejected, "
                    + month.duplicates() + " duplicates").isEqualTo("6 read, 3 loaded, 1 rejected, 2 duplicates");
            assertThat(month.message()).isEqualTo("interactions.csv: 6 appended rows read after the 3 imported before");
            appended = state(fixture);
            assertThat(fixture.importer.importFile(file, "interactions.csv", InputKind.INTERACTIONS).status())
                    .isEqualTo(FileImportResult.Status.UNCHANGED);
        }
        try (ImportFixture whole = importedOnce(file, "whole.duckdb")) {
            assertThat(appended).containsExactlyElementsOf(state(whole));
        }
        assertThat(appended).contains("4|6|I4|2026-02-03|C2",
                "7|interaction_id|duplicate interaction_id 'I2' (first at line 3)|duplicate",
                "8|date|'2026-02-30' is not a calendar date|rejected",
                "12|interaction_id|duplicate interaction_id 'I4' (first at line 6)|duplicate",
                "9|13|I7|2026-02-07|C3",
                "ledger 9 read, 6 loaded, 1 rejected, 2 duplicates, 13 lines");
    }

    /**
     * A re-export whose old part changed is read whole, though its appended part is read while
     * the old part's checksum is taken: here an edited note leaves the old end inside a quoted
     * field, so reading from there alone would go wrong.
     */
    @Test
    void aFileWhoseOldPartChangedIsReadWhole() throws Exception {
        Path file = Files.writeString(folder.resolve("interactions.csv"), FIRST);
        List<String> reread;
        try (ImportFixture fixture = importedOnce(file, "changed.duckdb")) {
            Files.writeString(file, FIRST.replace("I1,2026-01-05,C1,call,outbound,,,\n",
                    "I1,2026-01-05,C9,call,outbound,,,\"an edited note, long enough to\nreach past the old end\"\n")
                    + APPENDED);
            FileImportResult month = fixture.importer.importFile(file, "interactions.csv", InputKind.INTERACTIONS);
            assertThat(month.status()).isEqualTo(FileImportResult.Status.LOADED);
            assertThat(month.read()).isEqualTo(9);
            reread = state(fixture);
        }
        try (ImportFixture whole = importedOnce(file, "whole.duckdb")) {
            assertThat(reread).containsExactlyElementsOf(state(whole));
        }
        assertThat(reread).contains("1|2|I1|2026-01-05|C9");
    }

    /** A database with the file imported once, by the reader its kind and shape choose. */
    private ImportFixture importedOnce(Path file, String database) throws Exception {
        ImportFixture fixture = new ImportFixture(folder, database, ColumnMappings.none(), true);
        fixture.importer.importFile(file, "interactions.csv", InputKind.INTERACTIONS);
        return fixture;
    }

    private static List<String> state(ImportFixture fixture) throws Exception {
        List<String> state = new ArrayList<>(fixture.rows("select record_no, line, interaction_id, date, contact "
                + "from raw_interactions order by record_no"));
        state.addAll(fixture.rows("select line, \"column\", reason, kind from import_issues order by line"));
        state.addAll(fixture.rows("select 'ledger ' || rows_read || ' read, ' || rows_loaded || ' loaded, ' "
                + "|| rows_rejected || ' rejected, ' || rows_duplicate || ' duplicates, ' || lines || ' lines' "
                + "from import_ledger"));
        return state;
    }
}
