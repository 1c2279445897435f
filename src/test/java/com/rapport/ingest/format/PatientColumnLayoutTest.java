package com.rapport.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.ColumnMappings;
import com.rapport.ingest.InputKind;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The column a mapping names as the patient id feeds patient_id (hashed) and nothing else. */
class PatientColumnLayoutTest {

    /**
     * The export's patient chart numbers sit in a column headed "status"; the practice maps
     * patient_id to it and maps nothing to status. The status field must not fall back to that
     * column by its name: it would store and print the raw patient id.
     */
    @Test
    void aFieldDoesNotFallBackToTheColumnMappedToPatientId() {
        Properties settings = new Properties();
        settings.setProperty("import.referrals.csv.column.patient_id", "Status");
        RecordLayout layout = new Layouts(ColumnMappings.from(settings)).forHeader("referrals.csv", InputKind.REFERRALS,
                List.of("referral_id", "date", "direction", "partner", "service", "status"));

        String[] read = layout.read(new String[] {"R1", "2026-10-01", "in", "C1", "TMJ", "PT-123456"});

        assertThat(read).containsExactly("R1", "2026-10-01", "in", "C1", "PT-123456", "TMJ", null);
    }
}
