package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Golden rows for what the data-quality section shows beyond the quality CSVs: the merged
 * partners, the evidence, rejected rows, refused merges and the counts, month 2026-10.
 */
class DataQualitySummaryModelsTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        fixture
                // A2 joins A1 by name and organisation, B2 joins B1 by e-mail
                .contact("A1,Ann Lee,Clinic,physician,ann@x.example.com,1111111112,,,")
                .contact("A2,Ann Lee,Clinic,physician,,,,,")
                .contact("B1,Bo Chen,Gym,fitness,bo@x.example.com,2222222228,,,")
                .contact("B2,Bo Chen,Other Gym,fitness,BO@x.example.com,,,,")
                // confirmed as one in merges.csv, but two NPIs are two providers
                .contact("N1,Nia Park,,physician,,3333333334,,,")
                .contact("N2,Nia Parks,,physician,,1234567893,,,")
                .merge("N1,N2");
        // twenty good referrals and one with a month 13 (1 in 21 is under the 5 % that refuses a file)
        for (int day = 1; day <= 20; day++) {
            fixture.referral(String.format("r%d,2026-10-%02d,in,A1,,", day, day));
        }
        return fixture.referral("r21,2026-13-01,in,A1,,").build(YearMonth.of(2026, 10));
    }

    @Test
    void mergedPartnersListTheirExportsAndEvidenceMostRecordsFirst() {
        assertThat(built.rows("select * from merged_partners")).containsExactly(
                "A1,Ann Lee,2,contacts.csv,name_org",
                "B1,Bo Chen,2,contacts.csv,email");
        assertThat(built.rows("select * from merge_evidence")).containsExactly("email,1", "name_org,1");
    }

    @Test
    void rejectedRowsAndRefusedMergesAreListedWithWhere() {
        // the header is line 1, r1..r20 lines 2..21
        assertThat(built.rows("select * from rejected_rows")).containsExactly(
                "referrals.csv,22,date,'2026-13-01' is not a calendar date");
        assertThat(built.rows("select * from refused_merges")).containsExactly("merges.csv,1,N2");
    }

    /**
     * Six files (five inputs and merges.csv); six contact records became four partners, two of
     * them from more than one record; one rejected row; nothing unmatched; Nia Park and Nia
     * Parks have two NPIs and other surnames, so no possible duplicate.
     */
    @Test
    void theSummaryCountsWhatTheSectionOpensWith() {
        assertThat(built.rows("select * from data_quality_summary")).containsExactly("6,canonical,6,4,2,1,0,0");
    }
}
