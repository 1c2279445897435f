package com.rapport.model;

import static com.rapport.testing.RegistryFiles.person;
import static com.rapport.testing.RegistryFiles.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.testing.RegistryFiles;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/registry.md, name_matches: the registry's folded surname against the partner's name, whose
 * surname may be several words (De La Cruz), written without the registry's hyphen (Smith Jones),
 * a word that is also a degree (Do), or a letter that does not decompose (Ø); and an
 * organisation's NPI against the partner's organisation.
 */
class RegistryNameMatchModelTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        RegistryFiles.write(fixture.dataFolder().resolve("registry/npidata_pfile_20050523-20261011.csv"),
                RegistryFiles.nppesV2(), List.of(
                        person("3000000000", "MARIA", "DE LA CRUZ", "MD", "1 A ST", "PORTLAND", "97201", "", "207X00000X"),
                        person("3000000018", "SAM", "DO", "MD", "2 B ST", "PORTLAND", "97201", "", "207X00000X"),
                        person("3000000026", "SOREN", "ODEGAARD", "MD", "3 C ST", "PORTLAND", "97201", "", "207X00000X"),
                        person("3000000034", "ANN", "SMITH-JONES", "PT", "4 D ST", "PORTLAND", "97201", "", "225100000X"),
                        person("3000000042", "ANN", "SMITH", "MD", "5 E ST", "PORTLAND", "97201", "", "207X00000X"),
                        with(person("3000000059", "", "", "", "6 F ST", "PORTLAND", "97201", "", "207X00000X"),
                                "Entity Type Code", "2",
                                "Provider Organization Name (Legal Business Name)", "HARBOR ORTHOPEDICS")));
        return fixture
                .contact("A,Maria de la Cruz,,physician,,3000000000,,,")
                .contact("B,Sam Do,,physician,,3000000018,,,")
                .contact("C,Søren Ødegaard,,physician,,3000000026,,,")
                .contact("D,Ann Smith Jones,,therapist,,3000000034,,,")
                // a longer surname that ends in the registry's is another name
                .contact("E,Ann Goldsmith,,physician,,3000000042,,,")
                // a person at the organisation, carrying the organisation's NPI
                .contact("F,Tom Lee,Harbor Orthopedics,physician,,3000000059,,,")
                .referral("r1,2026-10-01,in,A,p1,")
                .build(YearMonth.of(2026, 10));
    }

    @Test
    void theRegistrysSurnameMatchesTheLastWordsOfThePartnersName() {
        assertThat(built.rows("select partner_id, name, registry_name, name_matches from registry_partners"))
                .containsExactly(
                        "A,Maria de la Cruz,MARIA DE LA CRUZ,true",
                        "B,Sam Do,SAM DO,true",
                        "C,Søren Ødegaard,SOREN ODEGAARD,true",
                        "D,Ann Smith Jones,ANN SMITH-JONES,true",
                        "E,Ann Goldsmith,ANN SMITH,false",
                        "F,Tom Lee,HARBOR ORTHOPEDICS,true");
    }
}
