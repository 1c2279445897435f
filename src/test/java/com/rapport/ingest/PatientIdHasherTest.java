package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.ColumnMappings;
import com.rapport.testing.ImportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patient hash is written twice, in Java for the row-by-row reader and in SQL for
 * DuckDB's reader: the same ids must give the same hashes both ways, or one patient would
 * become two depending on the size and shape of the file that carried them.
 */
class PatientIdHasherTest {

    /** Plain, padded with spaces and other whitespace, NFC and NFD spellings, beyond ASCII. */
    private static final List<String> IDS = List.of("PT-001", "  PT-001  ", "PT-001\u00A0", "\u00A0PT-001",
            "\u3000PT-001\u2003", "\tPT-001\t", "Jos\u00E9-7", "Jose\u0301-7", "李伟-42", "PT-\uD83D\uDE00", "ß-ẞ");

    @TempDir
    Path folder;

    @Test
    void theSqlHashIsTheJavaHashOfTheSameText() throws Exception {
        PatientIdHasher hasher = new PatientIdHasher("a practice's secret".getBytes());
        try (ImportFixture fixture = new ImportFixture(folder, ColumnMappings.none());
             PreparedStatement query = fixture.database.connection().prepareStatement(
                     "select " + PatientIdHasher.sqlExpression("?::VARCHAR"))) {
            for (String id : IDS) {
                String stripped = id.strip();
                query.setBytes(1, hasher.outerPad());
                query.setBytes(2, hasher.innerPad());
                query.setString(3, stripped);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).as(id).isEqualTo(hasher.hash(id)).hasSize(64);
                }
            }
        }
    }

    /** A key longer than the hash's block is hashed first, in both implementations alike. */
    @Test
    void aLongKeyHashesAlikeBothWays() throws Exception {
        PatientIdHasher hasher = new PatientIdHasher("k".repeat(100).getBytes());
        try (ImportFixture fixture = new ImportFixture(folder, ColumnMappings.none());
             PreparedStatement query = fixture.database.connection().prepareStatement(
                     "select " + PatientIdHasher.sqlExpression("?::VARCHAR"))) {
            query.setBytes(1, hasher.outerPad());
            query.setBytes(2, hasher.innerPad());
            query.setString(3, "PT-001");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(hasher.hash("PT-001"));
            }
        }
    }

    /** Through each reader, with its own stripping of the value: the stored keys are equal row for row. */
    @Test
    void bothReadersStoreTheSameKeysForTheSameIds() throws Exception {
        StringBuilder csv = new StringBuilder("referral_id,date,direction,partner,patient_id,patient_name,service,status\n");
        for (int i = 0; i < IDS.size(); i++) {
            csv.append("R").append(i).append(",2026-01-05,in,C1,\"").append(IDS.get(i)).append("\",,rehab,seen\n");
        }
        Files.writeString(folder.resolve("referrals.csv"), csv);
        List<List<String>> keys = new ArrayList<>();
        for (boolean engineReader : new boolean[] {false, true}) {
            try (ImportFixture fixture = new ImportFixture(folder, "hash-" + engineReader + ".duckdb",
                    ColumnMappings.none(), engineReader)) {
                FileImportResult result = fixture.importer.importFile(folder.resolve("referrals.csv"), "referrals.csv",
                        InputKind.REFERRALS);
                assertThat(result.loaded()).isEqualTo(IDS.size());
                keys.add(fixture.rows("select patient_key from raw_referrals order by record_no"));
            }
        }
        PatientIdHasher hasher = new PatientIdHasher("k".getBytes());
        assertThat(keys.get(0)).containsExactlyElementsOf(IDS.stream().map(hasher::hash).toList());
        assertThat(keys.get(1)).as("DuckDB's reader").containsExactlyElementsOf(keys.get(0));
        // Whitespace String.strip removes is not part of the id; a no-break space is, as Java keeps it.
        assertThat(keys.get(0).get(1)).isEqualTo(keys.get(0).get(0)).isEqualTo(keys.get(0).get(5))
                .isEqualTo(keys.get(0).get(4)).isNotEqualTo(keys.get(0).get(2));
    }
}
