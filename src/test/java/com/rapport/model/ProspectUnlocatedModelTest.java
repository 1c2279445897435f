package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** docs/prospects.md for a practice that set neither its NPI, its ZIP nor ZIP areas: nowhere to look. */
class ProspectUnlocatedModelTest extends RegistryModelsTest.WithSettings {

    @Override
    String properties() {
        return "prospects.taxonomies=207X\n";
    }

    @Test
    void aPracticeNotLocatedHasNoProspectsAndSaysWhy() {
        assertThat(built.rows("select * from prospects_summary")).containsExactly("0,false");
    }
}
