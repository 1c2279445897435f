package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * docs/prospects.md for a chiropractic practice found by its own clinician's NPI (Pia Three, 111N,
 * Gresham 97230: area 972), with the default specialties, chiropractic among them.
 */
class ProspectOwnNpiModelTest extends RegistryModelsTest.WithSettings {

    @Override
    String properties() {
        return "practice.npi=2000000036\n";
    }

    @Test
    void thePracticeIsNotItsOwnProspect() {
        // RegistryModelsTest's four prospects but Pia Three herself
        assertThat(built.rows("select rank, npi from prospects")).containsExactly("1,2000000010", "2,2000000028",
                "3,2000000085");
    }
}
