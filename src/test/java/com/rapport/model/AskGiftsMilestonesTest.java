package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Golden rows for ask_ready, gift_limits, relationship_milestones and trend_transitions, month 2026-10. */
class AskGiftsMilestonesTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        fixture.properties("gift.cap.2026=500\n");
        for (String id : new String[] {"K", "K2", "K3", "K4"}) {
            fixture.partner(id, "Kim " + id, "fitness");
            for (int day = 1; day <= 6; day++) {
                fixture.interaction(id + "c" + day + ",2026-04-0" + day + "," + id + ",call,outbound,,");
            }
        }
        fixture.interaction("Kg,2026-10-01,K,gift,outbound,,10")
                // asked within D(90): not ready
                .interaction("K2g,2026-10-01,K2,gift,outbound,,10")
                .interaction("K2a,2026-09-01,K2,referral_ask,outbound,,")
                // last touch 46 days before as_of: not ready; 45 days: ready
                .interaction("K3g,2026-09-15,K3,gift,outbound,,10")
                .interaction("K4g,2026-09-16,K4,gift,outbound,,10")
                .interaction("K4m,2026-09-16,K4,co_marketing,outbound,,90");
        fixture.partner("P1", "Pia One", "physician").partner("P2", "Pat Two", "physician")
                .partner("P3", "Per Three", "physician")
                .interaction("P1a,2026-02-01,P1,gift,outbound,,200")
                .interaction("P1b,2026-06-01,P1,gift,outbound,,250")
                .interaction("P1c,2025-12-01,P1,gift,outbound,,300")
                .interaction("P2a,2026-03-01,P2,gift,outbound,,")
                .interaction("P2b,2026-03-02,P2,gift,outbound,,100")
                .interaction("P3a,2026-05-01,P3,gift,outbound,,600")
                .interaction("Kx,2026-05-01,K,gift,outbound,,900");
        fixture.partner("R1", "Rae One", "dentist").partner("R2", "Rex Two", "dentist")
                .partner("R3", "Roy Three", "dentist").partner("R4", "Ria Four", "dentist")
                .interaction("R1a,2026-01-01,R1,call,outbound,,")
                .interaction("R1b,2026-01-02,R1,call,outbound,,")
                .interaction("R1c,2026-02-01,R1,call,outbound,,")
                .referral("r1,2026-02-01,in,R1,,")
                .referral("r2,2026-03-01,in,R2,,")
                .referral("r3,2026-05-01,in,R3,,")
                .referral("r4,2026-10-10,in,R4,,");
        for (int day = 1; day <= 8; day++) {
            fixture.interaction("R3" + day + ",2026-04-1" + day + ",R3,email,outbound,,");
        }
        return fixture.build(YearMonth.of(2026, 10));
    }

    @Test
    void askReadyNeedsSevenTouchesAGiveARecentTouchAndNoRecentAsk() {
        assertThat(built.rows("select * from ask_ready")).containsExactly(
                // equal gives and touches (K's May gift counts): the name decides
                "K,Kim K,fitness,8,2,2026-10-01",
                "K4,Kim K4,fitness,8,2,2026-09-16");
    }

    /**
     * The action list is ask_ready's rows: K (6 calls and 2 gifts, last touch 10-01) and K4 (6 calls, a
     * gift and a co_marketing on 09-16, 45 days before as_of); K2 asked on 09-01, K3's last touch is 46
     * days old, R3 referred in May. Both gave 2 and have 8 touches: by name, Kim K before Kim K4.
     */
    @Test
    void askForReferralListsTheReadyMostGivenFirst() {
        assertThat(built.rows("select * from ask_for_referral")).containsExactly(
                "K,Kim K,fitness,8,2,2026-10-01",
                "K4,Kim K4,fitness,8,2,2026-09-16");
    }

    @Test
    void giftLimitsSumPhysicianGiftsOfTheYearAgainstTheCap() {
        assertThat(built.rows("select * from gift_limits")).containsExactly(
                "P1,Pia One,2026,2,450,500,0.9,near",
                "P2,Pat Two,2026,2,100,500,0.2,ok",
                "P3,Per Three,2026,1,600,500,1.2,over");
        assertThat(built.rows("select * from gift_amounts_missing")).containsExactly("P2,1");
    }

    /** The review's list: gift_limits with each physician's gifts without amount, nearest the cap first. */
    @Test
    void giftsAgainstCapPutTheMostUsedCapFirstWithMissingAmounts() {
        assertThat(built.rows("select * from gifts_against_cap")).containsExactly(
                "P3,Per Three,2026,1,600,500,1.2,over,0",
                "P1,Pia One,2026,2,450,500,0.9,near,0",
                "P2,Pat Two,2026,2,100,500,0.2,ok,1");
    }

    @Test
    void milestonesCountTouchesStrictlyBeforeTheFirstReferral() {
        assertThat(built.rows("select * from relationship_milestones")).containsExactly(
                "R1,Rae One,2026-02-01,2", "R2,Rex Two,2026-03-01,0", "R3,Roy Three,2026-05-01,8",
                "R4,Ria Four,2026-10-10,0");
        assertThat(built.rows("select * from relationship_milestones_summary")).containsExactly("4,1,0.25");
    }

    @Test
    void trendTransitionsCompareLastMonthWithThisMonth() {
        assertThat(built.rows("select * from trend_transitions")).containsExactly(
                "new,0,0,0,0,0,0", "growing,0,0,0,0,0,0", "steady,0,0,0,0,0,0", "declining,0,0,0,0,0,0",
                "dormant,0,0,0,0,3,0", "inactive,1,0,0,0,0,7");
    }
}
