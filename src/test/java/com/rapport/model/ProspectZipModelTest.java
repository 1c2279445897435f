package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** docs/prospects.md with prospects.zip3 overriding the practice's own area (972) with two others. */
class ProspectZipModelTest extends RegistryModelsTest.WithSettings {

    @Override
    String properties() {
        return "practice.postal_code=97205\nprospects.zip3=973, 974\nprospects.taxonomies=207Q,207X\n";
    }

    @Test
    void theListedZipPrefixesReplaceThePracticesArea() {
        // 973: Pol Four (207Q); Pam One (207X) is in 972, no longer looked at
        assertThat(built.rows("select rank, npi, why from prospects")).containsExactly("1,2000000044,taxonomy "
                + "207Q00000X matches 207Q; ZIP 97301 in area 973; not in the Medicare data; "
                + "not a partner yet");
        // located by the ZIP areas named, with the practice's own ZIP beside them
        assertThat(built.rows("select * from prospects_summary")).containsExactly("1,true");
    }
}
