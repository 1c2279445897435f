package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.testing.RegistryFiles;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/registry.md when an NPPES file carries one NPI twice (NPPES never does; a generated or
 * hand-joined file may): the partner keeps one row, the first read, in every model, so the
 * checks of one row per partner hold and the review is drawn; a clinician repeated near the
 * practice is one prospect.
 */
class RegistryRepeatedNpiModelTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        RegistryFiles.write(fixture.dataFolder().resolve("registry/npidata_pfile_20050523-20261011.csv"),
                RegistryFiles.nppesV2(), List.of(
                        RegistryFiles.person(RegistryModelsTest.ADA, "ADA", "ALVAREZ", "MD", "1 FIRST ST", "PORTLAND",
                                "97201", "5035550101", "207X00000X"),
                        RegistryFiles.person(RegistryModelsTest.ADA, "ADA", "ALVAREZ", "MD", "2 OTHER ST", "SALEM",
                                "97301", "5035550102", "207X00000X"),
                        // the practice's own clinician and a clinician near it, each twice
                        RegistryFiles.person(RegistryModelsTest.P3, "PIA", "THREE", "DC", "33 ASH ST", "GRESHAM",
                                "97230", "5035550203", "111N00000X"),
                        RegistryFiles.person(RegistryModelsTest.P3, "PIA", "THREE", "DC", "34 ASH ST", "GRESHAM",
                                "97230", "5035550203", "111N00000X"),
                        RegistryFiles.person(RegistryModelsTest.P1, "PAM", "ONE", "MD", "11 OAK ST", "PORTLAND",
                                "972091234", "5035550201", "207X00000X"),
                        RegistryFiles.person(RegistryModelsTest.P1, "PAM", "ONE", "MD", "12 OAK ST", "PORTLAND",
                                "972091234", "5035550201", "207X00000X")));
        return fixture.properties("practice.npi=" + RegistryModelsTest.P3 + "\n")
                .contact("A,Ada Alvarez,,,,1000000012,,,")
                .referral("a1,2026-10-01,in,A,p1,")
                .build(YearMonth.of(2026, 10));
    }

    @Test
    void thePartnerKeepsTheFirstRowRead() {
        assertThat(built.rows("select partner_id, npi, npi_status, address, city, category_from_registry "
                + "from registry_partners")).containsExactly("A,1000000012,active,1 FIRST ST,PORTLAND,physician");
    }

    /** The practice found by its repeated NPI, and a repeated clinician near it listed once, as first read. */
    @Test
    void aProspectIsListedOnce() {
        assertThat(built.rows("select rank, npi, address from prospects")).containsExactly("1,2000000010,11 OAK ST");
    }

    /** The build ran every check (one row per partner among them); the flow by partner shows it. */
    @Test
    void everyModelKeepsOneRowForThePartner() {
        assertThat(built.rows("select partner_id, category, in_m from referral_flow_by_partner"))
                .containsExactly("A,physician,1");
    }
}
