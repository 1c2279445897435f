package com.rapport.model;

import static com.rapport.testing.RegistryFiles.deactivated;
import static com.rapport.testing.RegistryFiles.medicare;
import static com.rapport.testing.RegistryFiles.person;
import static com.rapport.testing.RegistryFiles.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.Npi;
import com.rapport.testing.RegistryFiles;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden rows for docs/registry.md and docs/prospects.md, report month 2026-10, practice at ZIP 97205 (area 972).
 * A monthly NPPES file (V2 layout) is followed by a weekly one in the V1 layout ("Provider
 * Gender Code"), which speaks for the NPIs it carries; CMS files for 2023 and 2024.
 */
class RegistryModelsTest extends GoldenModelTest {

    /** A golden test on these registry files and partners with rapport.properties of its own. */
    abstract static class WithSettings extends GoldenModelTest {

        abstract String properties();

        @Override
        ModelFixture.Built build(ModelFixture fixture) throws Exception {
            writeRegistry(fixture.dataFolder().resolve("registry"));
            return partners(fixture.properties(properties())).build(YearMonth.of(2026, 10));
        }
    }

    // partners
    static final String ADA = "1000000012";
    static final String BEN = "1000000020";
    static final String CARA = "1000000038";
    static final String DAN = "1000000046";
    static final String EVE = "1000000053";
    static final String LAKESIDE = "1000000061";
    static final String GUS = "1000000079";
    static final String HAL = "1000000087";
    static final String CARA_NOW = "1000000095";
    // clinicians near (and not so near) the practice
    static final String P1 = "2000000010";
    static final String P2 = "2000000028";
    static final String P3 = "2000000036";
    static final String P4 = "2000000044";
    static final String P5 = "2000000051";
    static final String P6 = "2000000069";
    static final String P7 = "2000000077";
    static final String P8 = "2000000085";
    static final String P9 = "2000000093";

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        writeRegistry(fixture.dataFolder().resolve("registry"));
        return partners(fixture.properties("practice.postal_code=97205\ngift.cap.2026=500\n"))
                .build(YearMonth.of(2026, 10));
    }

    /** The registry files: monthly and weekly NPPES, CMS for 2023 and 2024. */
    static void writeRegistry(Path registry) throws java.io.IOException {
        List<Map<String, String>> monthly = List.of(
                // the primary taxonomy is the one switched Y, here the second
                primaryIsSecond(person(ADA, "ADA", "ALVAREZ", "MD", "1 FIRST ST", "PORTLAND", "972011234", "5035550101",
                        "208100000X"), "207X00000X"),
                person(BEN, "BEN", "BROWN", "DC", "2 SECOND ST", "SALEM", "97301", "5035550102", "111N00000X"),
                with(deactivated(CARA, "03/15/2025"), "Replacement NPI", CARA_NOW),
                // a misspelt surname: Evans in the contacts, EVANSON in the registry
                person(EVE, "EVE", "EVANSON", "PT", "5 FIFTH ST", "SALEM", "97302", "5035550105", "225100000X"),
                organisation(LAKESIDE, "LAKESIDE ORTHOPEDICS", "6 SIXTH ST", "97210", "207X00000X"),
                person(GUS, "GUS", "GREEN", "NP", "7 OLD RD", "PORTLAND", "97201", "5035550107", "363L00000X"),
                person(HAL, "HAL", "HILL", "MD", "8 EIGHTH ST", "SALEM", "97303", "5035550108", "207R00000X"),
                person(P2, "PAT", "TWO", "DO", "22 ELM ST", "PORTLAND", "97210", "5035550202", "2081P2900X"),
                person(P1, "PAM", "ONE", "MD", "11 OAK ST", "PORTLAND", "972091234", "5035550201", "207X00000X"),
                person(P3, "PIA", "THREE", "DC", "33 ASH ST", "GRESHAM", "97230", "5035550203", "111N00000X"),
                person(P4, "POL", "FOUR", "MD", "44 FIR ST", "SALEM", "97301", "5035550204", "207Q00000X"),
                organisation(P5, "BONE AND JOINT GROUP", "55 YEW ST", "97205", "207X00000X"),
                person(P6, "PEG", "SIX", "MD", "66 ELM ST", "PORTLAND", "97206", "5035550206", "207R00000X"),
                person(P7, "PER", "SEVEN", "PT", "77 OAK ST", "PORTLAND", "97207", "5035550207", "225100000X"),
                person(P8, "PAZ", "EIGHT", "MD", "88 PINE ST", "PORTLAND", "97220", "5035550208", "2084N0400X"),
                // an orthopaedic code first, but the primary is physical therapy
                primaryIsSecond(person(P9, "PIP", "NINE", "PT", "99 BIRCH ST", "PORTLAND", "97221", "5035550209",
                        "207X00000X"), "225100000X"));
        RegistryFiles.write(registry.resolve("npidata_pfile_20050523-20261011.csv"), RegistryFiles.nppesV2(), monthly);
        RegistryFiles.write(registry.resolve("npidata_pfile_20261012-20261018.csv"), RegistryFiles.nppesV1(), List.of(
                // Gus moved: the weekly file is newer
                with(person(GUS, "GUS", "GREEN", "NP", "9 NEW RD", "PORTLAND", "97206", "5035550109", "363L00000X"),
                        "Provider Gender Code", "M"),
                deactivated(P6, "10/14/2026")));
        RegistryFiles.write(registry.resolve("MUP_PHY_R25_P04_V10_D23_Prov.csv"), RegistryFiles.CMS_HEADER, List.of(
                medicare(ADA, "Alvarez", "Ada", "Orthopedic Surgery", "400"),
                medicare(P8, "Eight", "Paz", "Neurology", "150")));
        RegistryFiles.write(registry.resolve("MUP_PHY_R26_P05_V10_D24_Prov.csv"), RegistryFiles.CMS_HEADER, List.of(
                medicare(ADA, "Alvarez", "Ada", "Orthopedic Surgery", "512"),
                medicare(DAN, "Dorsey", "Dan", "Internal Medicine", "300"),
                medicare(P2, "Two", "Pat", "Physical Medicine and Rehabilitation", "800"),
                medicare(P1, "One", "Pam", "Orthopedic Surgery", "800")));
    }

    /** An organisation (entity type 2) in Portland. */
    private static Map<String, String> organisation(String npi, String name, String street, String zip, String taxonomy) {
        return with(person(npi, "", "", "", street, "PORTLAND", zip, "5035550100", taxonomy), "Entity Type Code", "2",
                "Provider Organization Name (Legal Business Name)", name);
    }

    /** The row with a second taxonomy, which is the primary one (switched Y), the first switched N. */
    private static Map<String, String> primaryIsSecond(Map<String, String> row, String code) {
        return with(row, "Healthcare Provider Primary Taxonomy Switch_1", "N", "Healthcare Provider Taxonomy Code_2", code,
                "Healthcare Provider Primary Taxonomy Switch_2", "Y");
    }

    /** The partners, their referrals and a gift. */
    static ModelFixture partners(ModelFixture fixture) {
        return fixture
                .contact("A,\"Dr. Ada Alvarez, MD\",,physician,,1000000012,400,,")
                .contact("B,Ben Brown,,other,,1000000020,,,")
                .contact("C,Cara Chen,,,,1000000038,,,")
                .contact("D,Dan Dorsey,,physician,,1000000046,,,")
                .contact("E,Eve Evans,,therapist,,1000000053,,,")
                .contact("F,Lakeside Orthopedics,Lakeside Orthopedics,physician,,1000000061,,,")
                .contact("G,Gus Green,,other,,1000000079,,,")
                .contact("H,Hal Hill,,other,,1000000087,,,")
                .partner("Z", "Zoe Zed", "fitness")
                .referral("a1,2026-08-01,in,A,p1,").referral("a2,2026-09-01,in,A,p2,").referral("a3,2026-10-01,in,A,p3,")
                .referral("d1,2026-09-05,in,D,p4,").referral("d2,2026-10-05,in,D,p5,")
                .referral("b1,2026-10-07,in,B,p6,")
                .referral("f1,2026-10-09,out,F,p7,")
                // Hal's category is other in the contacts; the registry makes him a physician, so the gift counts
                .interaction("i1,2026-05-01,H,gift,outbound,,100");
    }

    @Test
    void everyFixtureNpiHasAValidCheckDigit() {
        assertThat(Stream.of(ADA, BEN, CARA, DAN, EVE, LAKESIDE, GUS, HAL, CARA_NOW, P1, P2, P3, P4, P5, P6, P7, P8, P9))
                .allMatch(Npi::isValid);
    }

    @Test
    void registryPartnersVerifiesEveryPartnerNpi() {
        assertThat(built.rows("select * from registry_partners")).containsExactly(
                // primary taxonomy from the switch; the surname matches once Dr. and MD are left out; 2024 beats 2023
                "A,Dr. Ada Alvarez,1000000012,active,ADA ALVAREZ,true,MD,1 FIRST ST,PORTLAND,OR,972011234,207X00000X,"
                        + "physician,512,2024",
                "B,Ben Brown,1000000020,active,BEN BROWN,true,DC,2 SECOND ST,SALEM,OR,97301,111N00000X,chiropractor,,",
                // deactivated: only the NPI and the date in the file, so nothing else is known
                "C,Cara Chen,1000000038,deactivated,,,,,,,,,,,",
                // not in NPPES, but CMS knows the patients
                "D,Dan Dorsey,1000000046,not_in_registry,,,,,,,,,,300,2024",
                "E,Eve Evans,1000000053,active,EVE EVANSON,false,PT,5 FIFTH ST,SALEM,OR,97302,225100000X,therapist,,",
                "F,Lakeside Orthopedics,1000000061,active,LAKESIDE ORTHOPEDICS,true,,6 SIXTH ST,PORTLAND,OR,97210,"
                        + "207X00000X,physician,,",
                // the weekly file is newer: Gus's new address; a nurse practitioner has no contract category
                "G,Gus Green,1000000079,active,GUS GREEN,true,NP,9 NEW RD,PORTLAND,OR,97206,363L00000X,,,",
                "H,Hal Hill,1000000087,active,HAL HILL,true,MD,8 EIGHTH ST,SALEM,OR,97303,207R00000X,physician,,");
    }

    /** docs/registry.md's category_from_registry, prefix by prefix. */
    @Test
    void taxonomyRulesAreTheDocumentedPrefixes() {
        assertThat(built.rows("select * from registry_taxonomy_rules order by prefix")).containsExactly(
                "111N,chiropractor", "1223,dentist", "20,physician", "224Z,therapist", "2251,therapist",
                "2252,therapist", "2255A2300X,therapist", "225700000X,therapist", "225X,therapist", "235Z,therapist");
    }

    /**
     * One row per partner with an NPI (Z has none): the NPPES row (G's from the newer weekly file; C's
     * holds only the deactivation and its replacement; D is not in NPPES) and the newest CMS year
     * (A: 2024's 512 over 2023's 400; D: 300 in 2024).
     */
    @Test
    void registryPartnerRowsJoinEachNpiToItsNewestRows() {
        assertThat(built.rows("select partner_id, npi, in_nppes, entity_type, replacement_npi, city, postal_code, "
                + "deactivation_date, primary_taxonomy, medicare_patients, medicare_year "
                + "from int_registry_partner_rows order by partner_id")).containsExactly(
                "A,1000000012,true,1,,PORTLAND,972011234,,207X00000X,512,2024",
                "B,1000000020,true,1,,SALEM,97301,,111N00000X,,",
                "C,1000000038,true,,1000000095,,,2025-03-15,,,",
                "D,1000000046,false,,,,,,,300,2024",
                "E,1000000053,true,1,,SALEM,97302,,225100000X,,",
                "F,1000000061,true,2,,PORTLAND,97210,,207X00000X,,",
                "G,1000000079,true,1,,PORTLAND,97206,,363L00000X,,",
                "H,1000000087,true,1,,SALEM,97303,,207R00000X,,");
    }

    @Test
    void dataQualityListsDeactivatedMissingAndMismatchedNpis() {
        assertThat(built.rows("select * from registry_npi_problems")).containsExactly(
                "C,Cara Chen,1000000038,deactivated,,2025-03-15,1000000095",
                "E,Eve Evans,1000000053,name_mismatch,EVE EVANSON,,",
                "D,Dan Dorsey,1000000046,not_in_registry,,,");
    }

    @Test
    void dataQualityCountsTheCheckedNpisFromTheRowsAbove() {
        // eight NPIs (A to H); active: all but C (deactivated) and D (not in NPPES); the registry's
        // name: A, B, F, G, H (E is EVANSON, C and D have no registry name); in Medicare: A and D;
        // problems: C, D and E; files read: two NPPES files and two CMS years
        assertThat(built.rows("select * from registry_partners_summary")).containsExactly("8,6,5,2,3,4");
    }

    @Test
    void dataQualityNamesThePartnersWhoseCategoryCameFromTheRegistry() {
        // B (no category: chiropractor from 111N) and H (other: physician from 207R), by name
        assertThat(built.rows("select * from registry_categorised_partners")).containsExactly(
                "B,Ben Brown,chiropractor", "H,Hal Hill,physician");
    }

    @Test
    void anEmptyOrOtherCategoryTakesTheRegistrysInEveryModel() {
        assertThat(built.rows("select * from int_partner_categories order by partner_id")).containsExactly(
                "A,physician,contact", "B,chiropractor,registry", "C,other,contact", "D,physician,contact",
                "E,therapist,contact", "F,physician,contact", "G,other,contact", "H,physician,registry",
                "Z,fitness,contact");
        assertThat(built.rows("select partner_id, category from referral_flow_by_partner where partner_id = 'B'"))
                .containsExactly("B,chiropractor");
        assertThat(built.rows("select partner_id, gifts_ytd, amount_ytd, status from gift_limits"))
                .containsExactly("H,1,100,ok");
    }

    @Test
    void networkReachShowsMedicarePatientsBesideTheAssumedSize() {
        // scores: A 3 in = 9, D 2 in = 6, B 1 in = 3, F 1 out = 2, H a gift (a give and a touch) = 2; H before F by name
        assertThat(built.rows("select rank, partner_id, category, score, network_size, medicare_patients, medicare_year "
                + "from network_reach")).containsExactly(
                "1,A,physician,9,400,512,2024",
                "2,D,physician,6,250,300,2024",
                "3,B,chiropractor,3,250,,",
                "4,H,physician,2,250,,",
                "5,F,physician,2,250,,");
        // assumed 400 + 4 × 250; measured 512 + 300, and the assumed 3 × 250 where CMS does not know them
        assertThat(built.rows("select potential_reach_top10, measured_reach_top10, measured_partners_top10 "
                + "from network_reach_summary")).containsExactly("1400,1562,2");
    }

    @Test
    void prospectsAreNearbyCliniciansInReferringSpecialtiesRankedByMedicarePatients() {
        // P1 and P2 tie on 800 patients: the lower NPI first; P8's latest year is 2023; P3 is unknown to CMS.
        // Left out: P4 (area 973), P5 (an organisation), P6 (deactivated in the weekly file), P7 and P9
        // (physical therapy is their primary), and the partners Ada and Lakeside (area 972 too).
        assertThat(built.rows("select rank, npi, name, credential, specialty, address, city, postal_code, phone, "
                + "medicare_patients, medicare_year from prospects")).containsExactly(
                "1,2000000010,PAM ONE,MD,Orthopedic Surgery,11 OAK ST,PORTLAND,972091234,5035550201,800,2024",
                "2,2000000028,PAT TWO,DO,Physical Medicine and Rehabilitation,22 ELM ST,PORTLAND,97210,5035550202,800,2024",
                "3,2000000085,PAZ EIGHT,MD,Neurology,88 PINE ST,PORTLAND,97220,5035550208,150,2023",
                "4,2000000036,PIA THREE,DC,111N00000X,33 ASH ST,GRESHAM,97230,5035550203,,");
        assertThat(built.rows("select why from prospects where rank in (1, 4) order by rank")).containsExactly(
                "taxonomy 207X00000X matches 207X; ZIP 97209 in area 972; "
                        + "800 traditional-Medicare patients in 2024; not a partner yet",
                "taxonomy 111N00000X matches 111N; ZIP 97230 in area 972; "
                        + "not in the Medicare data; not a partner yet");
        // the four above; the practice is located by its ZIP
        assertThat(built.rows("select * from prospects_summary")).containsExactly("4,true");
    }
}
