package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Golden rows for reciprocation, follow_up, thank_you and the introduction walk, report
 * month 2026-10 (as_of 2026-10-31, T12 from 2025-11-01, D(90) from 2026-08-03).
 */
class RelationshipModelsTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        return fixture
                .partner("O", "Olga Owed", "physician")
                .partner("U", "Uma Under", "chiropractor")
                .partner("W", "Walt Oneway", "fitness")
                .partner("Z", "Zed Balanced", "dentist")
                .partner("N", "Nina None", "other")
                .partner("T", "Tia Thanks", "therapist")
                // an introduction loop I1 -> I2 -> I3 -> I4 -> I1, and I1 -> I5
                .contact("I1,Ivy One,,other,,,,I4,")
                .contact("I2,Ian Two,,other,,,,I1,")
                .contact("I3,Isa Three,,other,,,,I2,")
                .contact("I4,Ike Four,,other,,,,I3,")
                .contact("I5,Ida Five,,other,,,,Ivy One,")
                .referral("o1,2026-09-01,in,O,p1,")
                .referral("u1,2026-03-01,in,U,p2,")
                .referral("u2,2026-04-01,in,U,p3,")
                .referral("u3,2026-05-01,in,U,p4,")
                .referral("u4,2026-06-01,in,U,p5,")
                .referral("u5,2026-07-01,in,U,p6,")
                .referral("z1,2026-09-10,in,Z,p7,")
                .referral("z2,2026-09-20,in,Z,p8,")
                .referral("z3,2026-10-02,out,Z,p9,")
                .referral("t1,2026-08-03,in,T,p10,")
                .referral("t2,2026-10-25,in,T,p11,")
                // an inbound gift is a touch, not a give
                .interaction("i01,2026-09-15,O,gift,inbound,,20")
                .interaction("i02,2026-05-05,U,gift,outbound,,50")
                .interaction("i03,2026-01-01,W,gift,outbound,,30")
                .interaction("i04,2026-02-01,W,co_marketing,outbound,,200")
                .interaction("i05,2026-03-01,W,card_display,,,")
                .interaction("i06,2026-04-01,N,invitation,outbound,,")
                // thank-you notes: day 7 (thanked), day 8 (late), and one after as_of (ignored)
                .interaction("i07,2026-08-10,T,thank_you_note,outbound,,")
                .interaction("i08,2026-09-18,Z,thank_you_note,outbound,,")
                .interaction("i09,2026-11-02,O,thank_you_note,outbound,,")
                // a spotlight on the first day of T12 is a give
                .spotlight("2025-11,Z")
                .build(YearMonth.of(2026, 10));
    }

    @Test
    void reciprocationGapsTakeTheFirstRuleThatApplies() {
        assertThat(built.rows("select * from reciprocation")).containsExactly(
                "N,Nina None,other,0,0,1,1,,none",
                "O,Olga Owed,physician,1,0,0,0,0,owed",
                "T,Tia Thanks,therapist,2,0,0,0,0,owed",
                "U,Uma Under,chiropractor,5,0,1,1,0.2,under",
                "W,Walt Oneway,fitness,0,0,3,3,,one_way",
                "Z,Zed Balanced,dentist,2,1,1,2,1,balanced");
        assertThat(built.rows("select * from reciprocation_summary")).containsExactly("0.5,4,2,1,1,1");
    }

    /** The scatter's points: by referrals plus gives back (U 6, Z 4, W 3, T 2, then N and O at 1 by name), of 6. */
    @Test
    void reciprocationScatterRanksByReferralsAndGivesBack() {
        assertThat(built.rows("select * from reciprocation_scatter")).containsExactly(
                "U,Uma Under,chiropractor,5,0,1,1,0.2,under,1,6",
                "Z,Zed Balanced,dentist,2,1,1,2,1,balanced,2,6",
                "W,Walt Oneway,fitness,0,0,3,3,,one_way,3,6",
                "T,Tia Thanks,therapist,2,0,0,0,0,owed,4,6",
                "N,Nina None,other,0,0,1,1,,none,5,6",
                "O,Olga Owed,physician,1,0,0,0,0,owed,6,6");
    }

    @Test
    void followUpStagesCadencesAndOverdue() {
        assertThat(built.rows("select * from follow_up")).containsExactly(
                "N,Nina None,other,1,0,2026-04-01,213,new,14,2026-04-15,true",
                "O,Olga Owed,physician,1,1,2026-09-15,46,new,14,2026-09-29,true",
                "T,Tia Thanks,therapist,1,1,2026-08-10,82,new,14,2026-08-24,true",
                "U,Uma Under,chiropractor,1,0,2026-05-05,179,partnership,30,2026-06-04,true",
                "W,Walt Oneway,fitness,3,0,2026-03-01,244,developing,21,2026-03-22,true",
                "Z,Zed Balanced,dentist,1,1,2026-09-18,43,partnership,30,2026-10-18,true");
        assertThat(built.rows("select * from touch_funnel")).containsExactly(
                "0,5", "1,5", "2,0", "3,1", "4,0", "5,0", "6,0", "7+,0");
    }

    /**
     * Every partner at one stage, the first that applies: U and Z refer and got something back
     * (partnership), W has three touches (developing), N, O and T one each (new), and the five
     * introduced contacts I1..I5 none (none); nobody reaches seven touches (established). 2+1+3+5 = 11 partners.
     */
    @Test
    void partnersByStageCountsEveryPartnerOnce() {
        assertThat(built.rows("select * from partners_by_stage")).containsExactly(
                "partnership,2", "established,0", "developing,1", "new,3", "none,5");
    }

    /**
     * The month's headline numbers: October has one referral in (t2, from T, who first referred
     * in August: no new referrer) and one out (z3); t2 is still within its seven days, so no
     * referral of the month is decided and the thank-you rate is empty; reciprocation 0.5 as in
     * reciprocation_summary; U and Z in partnership; all six followed-up partners overdue.
     */
    @Test
    void summaryKpisGatherTheMonthsHeadlineNumbers() {
        assertThat(built.rows("select * from summary_kpis")).containsExactly("2026-10,1,1,1,0,,0.5,2,6");
    }

    @Test
    void thankYouStatusOnTheSeventhAndEighthDay() {
        assertThat(built.rows("select * from thank_you")).containsExactly(
                "o1,2026-09-01,O,Olga Owed,missed,60",
                "t1,2026-08-03,T,Tia Thanks,thanked,",
                "t2,2026-10-25,T,Tia Thanks,pending,6",
                "z1,2026-09-10,Z,Zed Balanced,late,",
                "z2,2026-09-20,Z,Zed Balanced,missed,41");
    }

    @Test
    void introductionsFollowChainsOfAnyDepthAndCountALoopOnce() {
        assertThat(built.rows("select * from int_introductions where partner_id like 'I%' order by partner_id"))
                .containsExactly("I1,2,4,0", "I2,1,4,0", "I3,1,4,0", "I4,1,4,0", "I5,0,0,0");
        assertThat(built.rows("select partners, introduced_partners from network_reach_summary"))
                .containsExactly("11,5");
    }

    /**
     * Outbound gift, co_marketing, invitation and card_display (direction defaults to outbound),
     * and the spotlight on its month's first day; O's inbound gift (i01) and the notes are not gives.
     */
    @Test
    void givesAreOutboundGiftsAndSpotlights() {
        assertThat(built.rows("select * from int_gives order by partner_id, date")).containsExactly(
                "N,2026-04-01,invitation",
                "U,2026-05-05,gift",
                "W,2026-01-01,gift",
                "W,2026-02-01,co_marketing",
                "W,2026-03-01,card_display",
                "Z,2025-11-01,spotlight");
    }

    /**
     * Per partner: in_m, out_m, in_t3 (Aug-Oct), in_p3 (May-Jul), in_t6 (May-Oct), in_12m, out_12m,
     * seen_12m (no statuses: 0), referrals_total, first_in, last_in, gives_12m, giveback_12m,
     * touches_total, touches_12m, touches_90d (from 08-03), last_touch. O's note of 11-02 is after
     * as_of and not a touch; Z's spotlight is a give but not a touch; T's note of 08-10 is in D(90).
     */
    @Test
    void partnerActivityCountsEachWindow() {
        assertThat(built.rows("select * from int_partner_activity where partner_id not like 'I%' order by partner_id"))
                .containsExactly(
                        "N,Nina None,other,0,0,0,0,0,0,0,0,0,,,1,1,1,1,0,2026-04-01",
                        "O,Olga Owed,physician,0,0,1,0,1,1,0,0,1,2026-09-01,2026-09-01,0,0,1,1,1,2026-09-15",
                        "T,Tia Thanks,therapist,1,0,2,0,2,2,0,0,2,2026-08-03,2026-10-25,0,0,1,1,1,2026-08-10",
                        "U,Uma Under,chiropractor,0,0,0,3,3,5,0,0,5,2026-03-01,2026-07-01,1,1,1,1,0,2026-05-05",
                        "W,Walt Oneway,fitness,0,0,0,0,0,0,0,0,0,,,3,3,3,3,0,2026-03-01",
                        "Z,Zed Balanced,dentist,0,1,2,0,2,2,1,0,3,2026-09-10,2026-09-20,1,2,1,1,1,2026-09-18");
        assertThat(built.rows("select count(*), sum(referrals_total + touches_total + gives_12m) from int_partner_activity "
                + "where partner_id like 'I%'")).containsExactly("5,0");
    }

    /** U and Z refer and get something back; W has 3 touches (developing, under 7); N, O, T one; I1..I5 none. */
    @Test
    void partnerStageTakesTheFirstThatApplies() {
        assertThat(built.rows("select partner_id, stage from int_partner_stage order by partner_id")).containsExactly(
                "I1,none", "I2,none", "I3,none", "I4,none", "I5,none",
                "N,new", "O,new", "T,new", "U,partnership", "W,developing", "Z,partnership");
    }

    /**
     * October (T3 Aug-Oct, P3 May-Jul, P9 Nov-Jul): O, T and Z first referred in T3 (new); U none in
     * T3 but 5 in P9 (dormant). September (T3 Jul-Sep, P3 Apr-Jun): U has 1 in T3 (07-01) and 3 in P3,
     * 1 * 2 <= 3 (declining); O, T, Z still first in T3 (new). Without referrals: inactive.
     */
    @Test
    void partnerTrendsForTheMonthAndTheMonthBefore() {
        assertThat(built.rows("select * from int_partner_trends where partner_id not like 'I%' order by partner_id, period"))
                .containsExactly(
                        "N,current,inactive", "N,previous,inactive",
                        "O,current,new", "O,previous,new",
                        "T,current,new", "T,previous,new",
                        "U,current,dormant", "U,previous,declining",
                        "W,current,inactive", "W,previous,inactive",
                        "Z,current,new", "Z,previous,new");
        assertThat(built.rows("select distinct trend from int_partner_trends where partner_id like 'I%'"))
                .containsExactly("inactive");
    }

    /**
     * t1 has a note on day 7 (thanked); z1's next note (09-18) is day 8 (late); z2 (09-20) has no note
     * after it and o1's only note (11-02) is after as_of, both past day 7 (missed); t2 (10-25) + 7 is
     * after as_of (pending). Outbound referral z3 is not listed.
     */
    @Test
    void thankYouStatusOfEveryInboundReferral() {
        assertThat(built.rows("select * from int_thank_you_status order by referral_id")).containsExactly(
                "o1,2026-09-01,O,missed",
                "t1,2026-08-03,T,thanked",
                "t2,2026-10-25,T,pending",
                "u1,2026-03-01,U,missed",
                "u2,2026-04-01,U,missed",
                "u3,2026-05-01,U,missed",
                "u4,2026-06-01,U,missed",
                "u5,2026-07-01,U,missed",
                "z1,2026-09-10,Z,late",
                "z2,2026-09-20,Z,missed");
    }

    /**
     * Pending and missed notes of D(90) (from 08-03), oldest first: o1 (60 days open), z2 (41), t2 (6);
     * U's missed referrals of March to July are before D(90) and not listed.
     */
    @Test
    void thankYouNotesOwedOldestFirst() {
        assertThat(built.rows("select * from thank_you_notes_owed")).containsExactly(
                "2026-09-01,O,Olga Owed,missed,60,o1",
                "2026-09-20,Z,Zed Balanced,missed,41,z2",
                "2026-10-25,T,Tia Thanks,pending,6,t2");
    }

    /** Every followed-up partner is overdue: partnership U then Z (by next due), developing W, new N, T, O. */
    @Test
    void followUpsDueByStageThenLongestOverdue() {
        assertThat(built.rows("select * from follow_ups_due")).containsExactly(
                "U,Uma Under,chiropractor,partnership,2026-05-05,179,30,2026-06-04",
                "Z,Zed Balanced,dentist,partnership,2026-09-18,43,30,2026-10-18",
                "W,Walt Oneway,fitness,developing,2026-03-01,244,21,2026-03-22",
                "N,Nina None,other,new,2026-04-01,213,14,2026-04-15",
                "T,Tia Thanks,therapist,new,2026-08-10,82,14,2026-08-24",
                "O,Olga Owed,physician,new,2026-09-15,46,14,2026-09-29");
    }

    /** Owed and under partners, biggest senders first: U (5 in, 1 back: under), T (2, none), O (1, none). */
    @Test
    void reciprocateListsOwedAndUnderBiggestSendersFirst() {
        assertThat(built.rows("select * from reciprocate")).containsExactly(
                "U,Uma Under,chiropractor,5,1,under",
                "T,Tia Thanks,therapist,2,0,owed",
                "O,Olga Owed,physician,1,0,owed");
    }
}
