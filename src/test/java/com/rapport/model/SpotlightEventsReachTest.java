package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Golden rows for spotlight (eligibility and every tie-break), events and their summary (new contacts, the
 * same-day rule) and network_reach (score ties), report month 2026-10, pick for 2026-11.
 */
class SpotlightEventsReachTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        return fixture
                .partner("A", "Ada Alpha", "physician")
                .partner("B", "Ben Beta", "chiropractor")
                .partner("C", "Cy Gamma", "dentist")
                .contact("D,Dee Delta,,fitness,,,,,yes")
                .partner("E", "Eli Epsilon", "physician")
                .contact("F,Fay Zeta,,therapist,,,,E,")
                .contact("G,Gil Eta,,physician,,,,F,")
                .partner("H", "Hal Theta", "physician")
                .partner("S", "Sam Spot", "therapist")
                .referral("a1,2026-06-01,in,A,,").referral("a2,2026-07-01,in,A,,").referral("a3,2026-08-01,in,A,,")
                .referral("b1,2026-05-01,in,B,,").referral("b2,2026-06-01,in,B,,").referral("b3,2026-07-01,in,B,,")
                .referral("b4,2026-08-01,in,B,,").referral("b5,2026-09-01,in,B,,")
                .referral("c1,2026-05-01,in,C,,").referral("c2,2026-06-01,in,C,,").referral("c3,2026-07-01,in,C,,")
                .referral("d1,2026-06-01,in,D,,").referral("d2,2026-07-01,in,D,,").referral("d3,2026-08-01,in,D,,")
                .referral("d4,2026-09-01,in,D,,")
                .referral("e1,2026-10-01,in,E,,").referral("e2,2025-12-01,in,E,,").referral("e3,2026-10-02,out,E,,")
                .referral("f1,2026-09-01,in,F,,")
                .referral("g1,2025-11-15,in,G,,")
                .referral("h1,2024-12-01,in,H,,")
                .interaction("i01,2026-09-01,B,gift,outbound,,40")
                .interaction("i02,2026-07-05,C,gift,outbound,,40")
                .interaction("i03,2026-06-05,D,co_marketing,outbound,,100")
                .interaction("i04,2026-07-05,D,card_display,outbound,,")
                // A meets us at two events on the same first day: new only at the smaller event id
                .interaction("i05,2026-03-10,A,event,outbound,E2,")
                .interaction("i06,2026-03-10,A,event,outbound,E1,")
                // H was known before the event: met, not new
                .interaction("i07,2026-01-01,H,email,outbound,,")
                .interaction("i08,2026-03-10,H,event,outbound,E2,")
                .interaction("i09,2025-10-15,S,event,outbound,E3,")
                .event("E1,2026-03-10,Breakfast,networking")
                .event("E2,2026-03-10,Fair,community")
                .event("E3,2025-10-15,Gala,other")
                // attended, but nobody logged as met there
                .event("E4,2026-09-20,Open house,community")
                // B was featured on the first month of the window (a give too: B scores 3*5 + 2 gives + 1 touch = 18);
                // the N-1 pick was a therapist
                .spotlight("2025-11,B")
                .spotlight("2026-10,S")
                // after as_of: loaded, listed in records_after_as_of, and ignored by every model (A would
                // be featured, and score 2 more, if they leaked)
                .referral("a4,2026-11-02,in,A,,")
                .interaction("i10,2026-11-01,A,gift,outbound,,10")
                .event("E5,2026-11-05,Winter fair,community")
                .spotlight("2026-11,A")
                .build(YearMonth.of(2026, 10));
    }

    @Test
    void spotlightRanksEligiblePartnersByScoreThenReferralsThenFirstReferral() {
        assertThat(built.rows("select * from spotlight")).containsExactly(
                "1,C,Cy Gamma,dentist,10,3,3,under,0,3 referrals in 6 months; we owe them: little given back for "
                        + "3 referrals in 12 months",
                "2,A,Ada Alpha,physician,10,3,3,owed,0,3 referrals in 6 months; we owe them: nothing given back "
                        + "in 12 months",
                "3,E,Eli Epsilon,physician,4,1,2,balanced,2,1 referral in 6 months; introduced 2 partners",
                "4,G,Gil Eta,physician,4,0,1,owed,0,0 referrals in 6 months; we owe them: nothing given back "
                        + "in 12 months");
    }

    @Test
    void eligibilityCountsWhatExcludedTheReferringPartners() {
        // 7 referred in T12 (H's referral is older); D opted out, B was featured, F shares the last pick's category
        assertThat(built.rows("select * from spotlight_eligibility")).containsExactly("7,1,1,1,4");
    }

    @Test
    void eventsCountNewContactsOnceAndOnlyWhenFirstMetThere() {
        assertThat(built.rows("select * from events")).containsExactly(
                "E1,2026-03-10,Breakfast,networking,1,1,1",
                "E2,2026-03-10,Fair,community,2,0,0",
                "E4,2026-09-20,Open house,community,0,0,0");
    }

    /** E3 is older than 12 months; of E1, E2 and E4, only E4 had nobody logged as met. */
    @Test
    void eventsSummaryCountsTheEventsAndThoseWithNobodyMet() {
        assertThat(built.rows("select * from events_summary")).containsExactly("3,1");
    }

    @Test
    void networkReachBreaksScoreTiesByReferralsThenNameThenId() {
        assertThat(built.rows("select rank, partner_id, score, network_size from network_reach")).containsExactly(
                "1,B,18,250", "2,D,16,250", "3,A,11,250", "4,C,11,250", "5,E,8,250", "6,F,3,250", "7,G,3,250",
                "8,H,2,250", "9,S,1,250");
        assertThat(built.rows("select potential_reach_top10 from network_reach_summary")).containsExactly("2250");
    }

    /** The map's line weights: referrals each way in T12 (H's only referral is older; S never referred). */
    @Test
    void networkMapAddsEachTopPartnersReferralsBothWays() {
        assertThat(built.rows("select rank, partner_id, in_12m, out_12m from network_map")).containsExactly(
                "1,B,5,0", "2,D,4,0", "3,A,3,0", "4,C,3,0", "5,E,2,1", "6,F,1,0", "7,G,1,0", "8,H,0,0", "9,S,0,0");
    }

    /** The spotlights up to as_of, each dated its month's first day; A's of 2026-11 is after as_of. */
    @Test
    void scopedSpotlightsStopAtAsOf() {
        assertThat(built.rows("select * from scoped_spotlights order by month")).containsExactly(
                "2025-11-01,B,B", "2026-10-01,S,S");
    }

    /** E5 (11-05) is after as_of; E3, older than T12, is still in scope (the window is the marts' business). */
    @Test
    void scopedEventsStopAtAsOf() {
        assertThat(built.rows("select * from scoped_events order by event_id")).containsExactly(
                "E1,2026-03-10,Breakfast,networking",
                "E2,2026-03-10,Fair,community",
                "E3,2025-10-15,Gala,other",
                "E4,2026-09-20,Open house,community");
    }

    /** A's referral a4 (11-02) and gift i10 (11-01) are after as_of. */
    @Test
    void scopedReferralsAndInteractionsStopAtAsOf() {
        assertThat(built.rows("select referral_id, date, direction, partner_id from scoped_referrals "
                + "where partner_id = 'A' order by referral_id"))
                .containsExactly("a1,2026-06-01,in,A", "a2,2026-07-01,in,A", "a3,2026-08-01,in,A");
        assertThat(built.rows("select * from scoped_interactions where partner_id = 'A' order by event_id"))
                .containsExactly("2026-03-10,A,event,outbound,E1,", "2026-03-10,A,event,outbound,E2,");
    }

    /** One row after as_of in each of the four dated files. */
    @Test
    void recordsAfterAsOfCountsEachFile() {
        assertThat(built.rows("select * from records_after_as_of")).containsExactly(
                "events.csv,1", "interactions.csv,1", "referrals.csv,1", "spotlights.csv,1");
    }

    /**
     * The seven who referred in T12 (from 2025-11-01; H's is older, S never referred): D opted out,
     * B was featured in 2025-11 (within M-11..M), F is a therapist like S, last issue's pick.
     */
    @Test
    void spotlightExclusionsNameEachRule() {
        assertThat(built.rows("select * from int_spotlight_exclusions order by partner_id")).containsExactly(
                "A,false,false,false",
                "B,false,true,false",
                "C,false,false,false",
                "D,true,false,false",
                "E,false,false,false",
                "F,false,false,true",
                "G,false,false,false");
    }

    /**
     * C: 2 x 3 in T6 + 4 (under: one gift back for 3) = 10; A: 2 x 3 + 4 (owed) = 10, C first by its
     * earlier first referral (05-01 before 06-01); E: 2 x 1 + 2 introductions (F, and G through F) = 4;
     * G: 4 (owed), after E by referrals in 12 months (1 against 2).
     */
    @Test
    void spotlightCandidatesAreTheRankedEligiblePartners() {
        assertThat(built.rows("select rank, partner_id, name, category, score, in_t6, in_12m, gap, introduced_total "
                + "from spotlight_candidates")).containsExactly(
                "1,C,Cy Gamma,dentist,10,3,3,under,0",
                "2,A,Ada Alpha,physician,10,3,3,owed,0",
                "3,E,Eli Epsilon,physician,4,1,2,balanced,2",
                "4,G,Gil Eta,physician,4,0,1,owed,0");
    }

    /**
     * The pick is C: partner since its first referral (05-01, before its first touch, the gift of 07-05),
     * one touch, 3 referrals in 12 months, one give back, nobody introduced, no network size given.
     */
    @Test
    void spotlightPickGathersThePicksFacts() {
        assertThat(built.rows("select partner_id, name, organization, category, partner_since, touches_total, in_12m, "
                + "giveback_12m, introduced_total, network_size from spotlight_pick"))
                .containsExactly("C,Cy Gamma,,dentist,2026-05-01,1,3,1,0,");
    }

    /** C's referrals in per month over T12 (2025-11..2026-10): one each in May, June and July; none out. */
    @Test
    void spotlightPickMonthlyCoversTwelveMonths() {
        assertThat(built.rows("select * from spotlight_pick_monthly")).containsExactly(
                "2025-11,0,0", "2025-12,0,0", "2026-01,0,0", "2026-02,0,0", "2026-03,0,0", "2026-04,0,0",
                "2026-05,1,0", "2026-06,1,0", "2026-07,1,0", "2026-08,0,0", "2026-09,0,0", "2026-10,0,0");
    }
}
