package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * docs/prospects.md with the practice found by its NPI (Ben Brown's, practising at 97301: area
 * 973) and the specialties set: RegistryModelsTest's registry and partners, other settings.
 */
class ProspectSettingsModelTest extends RegistryModelsTest.WithSettings {

    @Override
    String properties() {
        return "practice.npi=1000000020\npractice.postal_code=97205\nprospects.taxonomies=207q, 2084N\n";
    }

    @Test
    void thePracticeNpisAddressWinsOverItsPostalCode() {
        // area 973, not 972: only Pol Four (family medicine, 97301); Paz Eight (neurology) is in 972
        assertThat(built.rows("select rank, npi, name from prospects")).containsExactly("1,2000000044,POL FOUR");
    }
}
