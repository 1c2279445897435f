package com.rapport.report.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProspectsPageTest {

    @Test
    void theMedicareCountStandsOnItsOwnLineAboveItsYear() {
        assertThat(ProspectsPage.medicarePatients(Map.of("medicare_patients", 1065L, "medicare_year", 2024)))
                .isEqualTo("1,065\nin 2024");
    }

    @Test
    void aClinicianMissingFromTheMedicareDataIsNotKnown() {
        Map<String, Object> row = new HashMap<>();
        row.put("medicare_patients", null);
        assertThat(ProspectsPage.medicarePatients(row)).isEqualTo("not known");
    }
}
