package com.rapport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The practice's location and the prospects' area and specialties from rapport.properties. */
class ProspectSettingsTest {

    private static ProspectSettings load(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return ProspectSettings.from(Path.of("data/rapport.properties"), properties);
    }

    @Test
    void defaultsLookForThePhysicalTherapyReferrersAroundThePractice() throws Exception {
        assertThat(load("")).isEqualTo(new ProspectSettings(null, null, List.of(),
                List.of("207X", "2081", "207Q", "207R", "2084N", "207RR0500X", "207QS0010X", "207XX0005X", "213E", "111N")));
    }

    @Test
    void listsAreCommaSeparatedAndCodesUpperCased() throws Exception {
        assertThat(load("practice.npi=1000000012\npractice.postal_code=97205-1234\nprospects.zip3=972, 973\n"
                + "prospects.taxonomies=207x, 111n\n"))
                .isEqualTo(new ProspectSettings("1000000012", "972051234", List.of("972", "973"), List.of("207X", "111N")));
    }

    @Test
    void anNpiWithAWrongCheckDigitIsRefusedByName() {
        assertThatThrownBy(() -> load("practice.npi=1000000013\n")).isInstanceOf(RapportException.class)
                .hasMessage("data/rapport.properties: practice.npi must be the practice's 10-digit NPI (its check digit "
                        + "valid), was '1000000013'");
    }

    @Test
    void aZipPrefixMustBeThreeDigits() {
        assertThatThrownBy(() -> load("prospects.zip3=972, 97\n")).isInstanceOf(RapportException.class)
                .hasMessage("data/rapport.properties: prospects.zip3 must list 3-digit ZIP prefixes separated by commas, "
                        + "such as 021, 024; '97' is not one");
    }
}
