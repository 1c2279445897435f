package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Golden rows for the data-quality outputs and the "established" stage, month 2026-10. */
class DataQualityModelsTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        fixture
                .contact("A1,Ann Lee,Clinic,physician,ann@x.example.com,,,,")
                .contact("A2,Ann Lee MD,Other Org,physician,ANN@x.example.com,,,,")
                .contact("B1,Bo Chen,Gym,fitness,,,,Nobody,")
                .contact("C1,Cy Park,Gym,fitness,,,,,")
                .contact("C2,Cy Park,Gym,fitness,,,,,")
                .contact("D1,Dan Fox,Gym,fitness,,,,,")
                .contact("D2,Danny Fox,Gym,fitness,,,,,")
                .referral("r1,2026-10-10,in,A2,,");
        for (int day = 1; day <= 7; day++) {
            fixture.interaction("i" + day + ",2026-10-0" + day + ",B1,call,outbound,,");
        }
        return fixture.interaction("i8,2026-10-08,Ghost,call,outbound,,").build(YearMonth.of(2026, 10));
    }

    @Test
    void everyContactRecordAppearsWithThePartnerItBecameAndTheEvidence() {
        assertThat(built.rows("select * from partner_records")).containsExactly(
                "contacts/contacts.csv,1,A1,Ann Lee,",
                "contacts/contacts.csv,2,A1,Ann Lee,email",
                "contacts/contacts.csv,3,B1,Bo Chen,",
                "contacts/contacts.csv,4,C1,Cy Park,",
                "contacts/contacts.csv,5,C1,Cy Park,name_org",
                "contacts/contacts.csv,6,D1,Dan Fox,",
                "contacts/contacts.csv,7,D2,Danny Fox,");
        assertThat(built.rows("select * from possible_duplicates")).containsExactly(
                "D1,Dan Fox,D2,Danny Fox,same organisation; nickname Dan / Danny");
    }

    @Test
    void unmatchedReferencesAreListedWithTheirText() {
        assertThat(built.rows("select * from unmatched_references")).containsExactly(
                "contacts/contacts.csv,3,introduced_by,Nobody,no_match",
                "interactions.csv,8,contact,Ghost,no_match");
    }

    @Test
    void importFilesReconcileEveryFile() {
        assertThat(built.rows("select * from import_files")).containsExactly(
                "contacts/contacts.csv,canonical,UTF-8,7,7,0,0,comma,1,0,,0",
                "events.csv,canonical,UTF-8,0,0,0,0,comma,1,0,,0",
                "interactions.csv,canonical,UTF-8,8,8,0,0,comma,1,0,,0",
                "referrals.csv,canonical,UTF-8,1,1,0,0,comma,1,0,,0",
                "spotlights.csv,canonical,UTF-8,0,0,0,0,comma,1,0,,0");
    }

    @Test
    void sevenTouchesWithoutReferralsIsAnEstablishedRelationship() {
        assertThat(built.rows("select * from follow_up where partner_id = 'B1'")).containsExactly(
                "B1,Bo Chen,fitness,7,7,2026-10-07,24,established,30,2026-11-06,false");
    }
}
