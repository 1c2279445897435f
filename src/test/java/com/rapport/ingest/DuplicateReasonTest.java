package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.ColumnMappings;
import com.rapport.testing.ImportFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duplicate reason is one definition: its SQL gives the text its Java gives, quotes and all. */
class DuplicateReasonTest {

    @TempDir
    Path folder;

    @Test
    void theJavaTextReadsAsTheContractSaysIt() {
        assertThat(DuplicateReason.text("referral_id", "R1", 3L)).isEqualTo("duplicate referral_id 'R1' (first at line 3)");
        assertThat(DuplicateReason.text("referral_id", "R1", null))
                .isEqualTo("duplicate referral_id 'R1' (first in an earlier import)");
    }

    @Test
    void theSqlGivesTheSameTextAsTheJava() {
        try (ImportFixture fixture = new ImportFixture(folder, ColumnMappings.none())) {
            assertThat(fixture.rows("select " + DuplicateReason.sql("interaction_id", "'O''Brien, I-7'", "12")))
                    .containsExactly(DuplicateReason.text("interaction_id", "O'Brien, I-7", 12L));
            assertThat(fixture.rows("select " + DuplicateReason.sql("referral_id", "'R1'", "null::bigint")))
                    .containsExactly(DuplicateReason.text("referral_id", "R1", null));
        }
    }
}
