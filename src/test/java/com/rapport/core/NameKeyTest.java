package com.rapport.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void aPersonsKeyDropsTitlesDegreesCaseAccentsAndPunctuation() {
        // "dr" is a title, "md" a degree; "José Müller" folds to plain letters.
        assertThat(NameKey.person("Dr. José Müller, MD")).isEqualTo("jose muller");
        // Degrees come off from the end one by one: PhD, then DPT.
        assertThat(NameKey.person("Dr. Anna Lee DPT PhD")).isEqualTo("anna lee");
    }

    @Test
    void twoWordsStayEvenWhenTheLastLooksLikeADegree() {
        assertThat(NameKey.person("Sam Do")).isEqualTo("sam do");
        assertThat(NameKey.person("Dr.")).isEqualTo("dr");
    }

    @Test
    void anApostropheInsideAWordKeepsItOneWord() {
        assertThat(NameKey.person("Siobhán O’Brien")).isEqualTo("siobhan obrien");
        assertThat(NameKey.person("Siobhan O'Brien")).isEqualTo("siobhan obrien");
    }

    @Test
    void nothingLeftIsTheEmptyKey() {
        assertThat(NameKey.person(null)).isEmpty();
        assertThat(NameKey.person(" -- ")).isEmpty();
        assertThat(NameKey.organisation(null)).isEmpty();
    }

    @Test
    void anOrganisationsKeyKeepsEveryWordFolded() {
        // No titles or degrees for organisations; "LLC" is a word like any other here.
        assertThat(NameKey.organisation("Harbor Orthopedics, LLC")).isEqualTo("harbor orthopedics llc");
        assertThat(NameKey.organisation("Dr. Müller's  Clinic")).isEqualTo("dr mullers clinic");
    }

    /** Letters NFKD does not take apart are mapped by hand: Ø, ß, Ł, Æ. */
    @Test
    void foldingMapsLettersThatDoNotDecompose() {
        assertThat(NameKey.fold("Øster Straße Łódź Æsir")).isEqualTo("oster strasse lodz aesir");
        assertThat(NameKey.fold(null)).isEmpty();
    }
}
