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
}
