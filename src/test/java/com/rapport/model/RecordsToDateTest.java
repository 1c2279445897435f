package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Golden row for records_to_date, month 2026-10: a practice whose contact export holds nobody
 * yet, with one referral in the month and one dated after it.
 */
class RecordsToDateTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        return fixture
                .referral("r1,2026-10-05,in,Ann Lee,,")
                .referral("r2,2026-11-02,in,Ann Lee,,")
                .build(YearMonth.of(2026, 10));
    }

    /** No partner; the referral of 2026-11 is after as_of; the one in the month counts, matched or not. */
    @Test
    void countsThePartnersAndTheReferralsUpToAsOf() {
        assertThat(built.rows("select * from records_to_date")).containsExactly("0,1");
    }
}
