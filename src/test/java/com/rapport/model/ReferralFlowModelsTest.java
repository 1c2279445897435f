package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.store.SqlResources;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Golden rows for referral_flow_monthly and referral_flow_by_partner, report month 2026-10
 * (as_of 2026-10-31; T3 = Aug..Oct 2026, P3 = May..Jul 2026, T12 = Nov 2025..Oct 2026).
 * Referrals sit on the first and last day of the windows on purpose. The checks of models/8-checks/
 * pass on this data and fail, each with its row, on a table broken for the test.
 */
class ReferralFlowModelsTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        return fixture
                .partner("A", "Ann Able", "physician")
                .partner("B", "Bob Baker", "chiropractor")
                .partner("C", "Cara Cole", "dentist")
                .partner("D", "Dan Drew", "physician")
                .partner("E", "Eve Earl", "fitness")
                .partner("F", "Finn Ford", "attorney")
                .partner("G", "Gus Gray", "other")
                // A: first day of T12, last day of P3, first day of T3, as_of itself, and one after as_of
                .referral("r01,2025-11-01,in,A,p1,seen")
                .referral("r02,2026-07-31,in,A,p2,seen")
                .referral("r03,2026-08-01,in,A,p3,seen")
                .referral("r04,2026-10-31,in,A,p4,received")
                .referral("r05,2026-11-01,in,A,p5,received")
                // B: the day before T12 (outside it), one in P9, none in T3 -> dormant; one outbound this month
                .referral("r06,2025-10-31,in,B,p6,seen")
                .referral("r07,2026-02-10,in,B,p7,lost")
                .referral("r08,2026-10-01,out,B,p8,sent")
                // C: first referral ever inside T3 -> new
                .referral("r09,2026-08-15,in,C,p9,scheduled")
                // D: 4 in P3, 1 in T3 -> declining
                .referral("r10,2026-05-01,in,D,p10,declined")
                .referral("r11,2026-06-10,in,D,p11,lost")
                .referral("r12,2026-07-01,in,D,p12,lost")
                .referral("r13,2026-07-20,in,D,p13,lost")
                .referral("r14,2026-09-09,in,D,p14,lost")
                // E: 1 in P3, 1 in T3 -> steady
                .referral("r15,2026-06-01,in,E,p15,")
                .referral("r16,2026-09-01,in,E,p16,")
                // F: only outbound -> listed, inactive
                .referral("r17,2026-03-03,out,F,p17,accepted")
                // a reference that matches nobody: counts in the monthly total only
                .referral("r18,2026-10-05,in,Nobody Known,p18,received")
                // thank-you notes: C's on day 7 (thanked), A's on day 8 after 08-01 (late)
                .interaction("i1,2026-08-22,C,thank_you_note,outbound,,")
                .interaction("i2,2026-08-09,A,thank_you_note,outbound,,")
                .build(YearMonth.of(2026, 10));
    }

    @Test
    void byPartnerHasEveryPartnerWithAReferralAndItsTrend() {
        assertThat(built.rows("select * from referral_flow_by_partner")).containsExactly(
                "A,Ann Able,physician,1,0,2,1,4,0,3,0.75,2025-11-01,2026-10-31,growing",
                "B,Bob Baker,chiropractor,0,1,0,0,1,1,0,0,2025-10-31,2026-02-10,dormant",
                "C,Cara Cole,dentist,0,0,1,0,1,0,0,0,2026-08-15,2026-08-15,new",
                "D,Dan Drew,physician,0,0,1,4,5,0,0,0,2026-05-01,2026-09-09,declining",
                "E,Eve Earl,fitness,0,0,1,1,2,0,0,0,2026-06-01,2026-09-01,steady",
                "F,Finn Ford,attorney,0,0,0,0,0,1,0,,,,inactive");
    }

    /** One partner of each trend above, in the trend's order, the inactive one (F, no referral in 24 months) too. */
    @Test
    void partnersByTrendCountsEachPartnerUnderItsTrend() {
        assertThat(built.rows("select * from partners_by_trend")).containsExactly(
                "new,1", "growing,1", "steady,1", "declining,1", "dormant,1", "inactive,1");
    }

    @Test
    void monthlyHasTwentyFourMonthsEndingWithTheReportMonth() {
        var rows = built.rows("select * from referral_flow_monthly");
        assertThat(rows).hasSize(24);
        assertThat(rows.get(0)).isEqualTo("2024-11,0,0,0,0,");
        assertThat(rows.get(23)).startsWith("2026-10,");
    }

    @Test
    void monthlyCountsUnmatchedInTotalsAndRatesThanksPerMonth() {
        assertThat(built.rows("select * from referral_flow_monthly where month >= '2025-10'")).containsExactly(
                "2025-10,1,0,1,1,0",
                "2025-11,1,0,1,1,0",
                "2025-12,0,0,0,0,",
                "2026-01,0,0,0,0,",
                "2026-02,1,0,1,0,0",
                "2026-03,0,1,0,0,",
                "2026-04,0,0,0,0,",
                "2026-05,1,0,1,1,0",
                "2026-06,2,0,2,1,0",
                "2026-07,3,0,2,0,0",
                "2026-08,2,0,2,1,0.5",
                "2026-09,2,0,2,0,0",
                // r04 on as_of is pending (undecided), r18 is unmatched: no rate
                "2026-10,2,1,1,0,");
    }

    @Test
    void byCategoryAndConcentrationUseMatchedReferralsInT12() {
        assertThat(built.rows("select * from referral_flow_by_category")).containsExactly(
                "attorney,0,0,0,1,0",
                "chiropractor,0,1,1,1,0.076923",
                "dentist,0,0,1,0,0.076923",
                "fitness,0,0,2,0,0.153846",
                "physician,1,0,9,0,0.692308");
        // shares 5/13, 4/13, 2/13, 1/13, 1/13: HHI = 100^2 * (25+16+4+1+1)/169
        assertThat(built.rows("select * from referral_concentration")).containsExactly("1,2781.065089,5");
    }

    /** The bar chart's ten: in_12m > 0, most first, ties by name (Bob before Cara); F sent nothing in. */
    @Test
    void topReferrersAreThoseWhoSentMostIn12Months() {
        assertThat(built.rows("select * from top_referrers")).containsExactly(
                "Dan Drew,5,D", "Ann Able,4,A", "Eve Earl,2,E", "Bob Baker,1,B", "Cara Cole,1,C");
    }

    @Test
    void slowingReferrersAreTheDecliningAndDormantMostReferralsFirst() {
        assertThat(built.rows("select * from slowing_referrers")).containsExactly(
                "D,Dan Drew,declining,5,1,4,2026-09-09",
                "B,Bob Baker,dormant,1,0,0,2026-02-10");
    }

    /** The last twelve of referral_flow_monthly's rates (above): Nov 2025 to Oct 2026. */
    @Test
    void thankYouRateMonthlyIsTheTwelveMonthsEndingM() {
        assertThat(built.rows("select * from thank_you_rate_monthly")).containsExactly(
                "2025-11,0", "2025-12,", "2026-01,", "2026-02,0", "2026-03,", "2026-04,",
                "2026-05,0", "2026-06,0", "2026-07,0", "2026-08,0.5", "2026-09,0", "2026-10,");
    }

    /** r05 (11-01) is after as_of; r18, matched to nobody, stays in scope without a partner; r04 on as_of is in. */
    @Test
    void scopedReferralsKeepUnmatchedRowsUpToAsOf() {
        assertThat(built.rows("select referral_id, date, direction, partner_id, status from scoped_referrals "
                + "where referral_id in ('r04', 'r05', 'r18') order by referral_id"))
                .containsExactly("r04,2026-10-31,in,A,received", "r18,2026-10-05,in,,received");
        assertThat(built.rows("select count(*) from scoped_referrals")).containsExactly("17");
    }

    /** The data is whole, so no check of models/8-checks/ returns a row (the build would have stopped on one). */
    @Test
    void noCheckFailsOnWholeData() {
        for (ModelDefinition check : ModelCatalogue.load().checks()) {
            assertThat(built.rows(check(check.name()))).as(check.name()).isEmpty();
        }
    }

    /** Partner A listed twice under one id; rolled back after, as every break of these tests. */
    @Test
    void uniquePartnerIdsFailsOnAnIdNamingTwoPartners() throws Exception {
        assertThat(built.rowsAfter(check("unique_partner_ids"),
                "insert into partners select * from partners where partner_id = 'A'")).containsExactly("A,2");
        assertThat(built.rows(check("unique_partner_ids"))).isEmpty();
    }

    /** A's reciprocation row twice: the only per-partner model with a doubled row. */
    @Test
    void uniquePartnerRowsFailsOnAPartnerTwiceInAModel() throws Exception {
        assertThat(built.rowsAfter(check("unique_partner_rows"),
                "insert into reciprocation select * from reciprocation where partner_id = 'A'"))
                .containsExactly("reciprocation,A,2");
    }

    /**
     * C taken off the partner list after the models were built: C (one referral in, r09 of 08-15, and one
     * note) is in referral_flow_by_partner, reciprocation, follow_up (touched once), thank_you (r09 is in
     * D(90)), network_reach (score 3 + 1) and spotlight (one of the five who referred in T12); not in
     * ask_ready (one touch) nor gift_limits (a dentist).
     */
    @Test
    void resolvablePartnerRowsFailsOnAPartnerNotInTheList() throws Exception {
        assertThat(built.rowsAfter("select * from (" + check("resolvable_partner_rows") + ") order by model",
                "delete from partners where partner_id = 'C'")).containsExactly(
                "follow_up,C", "network_reach,C", "reciprocation,C", "referral_flow_by_partner,C", "spotlight,C",
                "thank_you,C");
    }

    /** The ledger says referrals.csv loaded 19 of its 18 rows read (none rejected, none duplicate). */
    @Test
    void importReconciliationFailsOnAFileThatDoesNotAddUp() throws Exception {
        assertThat(built.rowsAfter(check("import_reconciliation"),
                "update import_ledger set rows_loaded = rows_loaded + 1 where file = 'referrals.csv'"))
                .containsExactly("referrals.csv,18,19,0,0");
    }

    /**
     * October's totals are 2 in (r04, and the unmatched r18) and 1 out (r08); by partner 1 in (A) and 1 out
     * (B), which passes. Two more in for A makes 3 matched against 2 in all: the failing row is
     * referrals_in, referrals_out, in_m, out_m.
     */
    @Test
    void referralTotalsFailsWhenPartnersAddUpToMoreThanTheMonth() throws Exception {
        assertThat(built.rowsAfter(check("referral_totals"),
                "update referral_flow_by_partner set in_m = in_m + 2 where partner_id = 'A'"))
                .containsExactly("2,1,3,1");
    }

    private static String check(String name) {
        return ModelCatalogue.load().checks().stream().filter(check -> check.name().equals(name))
                .map(check -> SqlResources.read(check.resource())).findFirst().orElseThrow();
    }
}
