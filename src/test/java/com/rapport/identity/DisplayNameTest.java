package com.rapport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.NameKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spelling a person would write, and credentials in a field of their own. */
class DisplayNameTest {

    private static String split(String name) {
        DisplayName.Credentialed c = DisplayName.split(name);
        return c.name() + " | " + c.credential();
    }

    @Test
    void credentialsAfterTheNameGoToTheirOwnField() {
        assertThat(split("Anita Patel, MD")).isEqualTo("Anita Patel | MD");
        assertThat(split("Wei Chen MD PhD")).isEqualTo("Wei Chen | MD, PhD");
        assertThat(split("Marcus Feld, DPT, ATC")).isEqualTo("Marcus Feld | DPT, ATC");
        assertThat(split("Lena Brandt M.D.")).isEqualTo("Lena Brandt | M.D.");
        assertThat(split("Anika PatelDPT")).as("glued to the surname").isEqualTo("Anika Patel | DPT");
    }

    @Test
    void aSurnameThatSpellsADegreeStaysAName() {
        assertThat(split("Sam Do")).as("two words of name are kept").isEqualTo("Sam Do | null");
        assertThat(split("Anna Marie Do")).as("a credential is written in capitals").isEqualTo("Anna Marie Do | null");
        assertThat(split("Tomasz Md")).isEqualTo("Tomasz Md | null");
        assertThat(split("Priya MD")).as("one word of name left would be too little").isEqualTo("Priya MD | null");
        assertThat(split("Kai McDONALD")).isEqualTo("Kai McDONALD | null");
        assertThat(split("李小龙")).isEqualTo("李小龙 | null");
    }

    @Test
    void mixedCaseBeatsCapitalsAccentsBeatNoneAndTheTypographicApostropheBeatsTheStraightOne() {
        assertThat(DisplayName.best(List.of("Anika PATEL", "Anika Patel"), NameKey::person)).isEqualTo("Anika Patel");
        assertThat(DisplayName.best(List.of("ANIKA PATEL", "anika patel", "Anika Patel"), NameKey::person))
                .as("a name in lower case only is no better than one in capitals").isEqualTo("Anika Patel");
        assertThat(DisplayName.best(List.of("Jose Muller", "José Müller", "JOSÉ MÜLLER"), NameKey::person))
                .isEqualTo("José Müller");
        assertThat(DisplayName.best(List.of("Siobhan O'Brien", "Siobhan O’Brien"), NameKey::person))
                .isEqualTo("Siobhan O’Brien");
        assertThat(DisplayName.best(List.of("Renee Nunez", "RENÉE NUÑEZ"), NameKey::person))
                .as("capitals weigh more than accents").isEqualTo("Renee Nunez");
        assertThat(DisplayName.best(List.of("MARY-ANN O'NEIL MD", "Mary-Ann O'NEIL MD", "Mary-Ann O'Neil MD"),
                NameKey::person)).as("each run of letters is a word; a credential is written in capitals")
                .isEqualTo("Mary-Ann O'Neil MD");
    }

    /** The most recent spelling wins a tie, and a different name never replaces it. */
    @Test
    void onlySpellingsOfTheSameNameCompete() {
        assertThat(DisplayName.best(List.of("ANIKA PATEL", "Anika Sharma"), NameKey::person)).isEqualTo("ANIKA PATEL");
        assertThat(DisplayName.best(List.of("Anika Patel", "Anika Patel"), NameKey::person)).isEqualTo("Anika Patel");
        assertThat(DisplayName.best(List.of("HARBOR ORTHOPEDICS LLC", "Harbor Orthopedics, LLC"),
                NameKey::organisation)).isEqualTo("Harbor Orthopedics, LLC");
        assertThat(DisplayName.best(List.of(), NameKey::person)).isNull();
    }
}
