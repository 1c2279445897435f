package com.rapport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Golden rows for events_to_revisit, report month 2026-10 (events from 2025-11-01). Each
 * partner is first met at one event, so each is a new contact there; who refers afterwards
 * converts it.
 */
class EventsToRevisitTest extends GoldenModelTest {

    @Override
    ModelFixture.Built build(ModelFixture fixture) throws Exception {
        return fixture
                .partner("A", "Ada Alpha", "physician")
                .partner("B", "Ben Beta", "chiropractor")
                .partner("C", "Cy Gamma", "dentist")
                .partner("D", "Dee Delta", "fitness")
                .partner("F", "Fay Zeta", "therapist")
                .partner("G", "Gil Eta", "physician")
                .partner("H", "Hal Theta", "physician")
                // E1: A new, refers (1 of 1); E2: B and C new, both refer (2 of 2);
                // E3: D and F new, only D refers (1 of 2); E4: G new, refers (1 of 1, later than E1);
                // E5: H new, never refers (left out)
                .interaction("i1,2026-03-10,A,event,outbound,E1,")
                .interaction("i2,2026-05-10,B,event,outbound,E2,")
                .interaction("i3,2026-05-10,C,event,outbound,E2,")
                .interaction("i4,2026-06-10,D,event,outbound,E3,")
                .interaction("i5,2026-06-10,F,event,outbound,E3,")
                .interaction("i6,2026-07-10,G,event,outbound,E4,")
                .interaction("i7,2026-08-10,H,event,outbound,E5,")
                .event("E1,2026-03-10,Breakfast,networking")
                .event("E2,2026-05-10,Fair,community")
                .event("E3,2026-06-10,Lunch,networking")
                .event("E4,2026-07-10,Run,community")
                .event("E5,2026-08-10,Open house,community")
                .referral("a1,2026-04-01,in,A,,")
                .referral("b1,2026-06-01,in,B,,")
                .referral("c1,2026-06-02,in,C,,")
                .referral("d1,2026-07-01,in,D,,")
                .referral("g1,2026-08-01,in,G,,")
                .build(YearMonth.of(2026, 10));
    }

    /** E2 converted two; E3 and E4 one each, E3 with more new contacts; E1 ties E4 but is older, the fourth. */
    @Test
    void theEventsWhoseNewContactsReferredMostComeFirstThreeAtMost() {
        assertThat(built.rows("select * from events_to_revisit")).containsExactly(
                "E2,2026-05-10,Fair,2,2,1",
                "E3,2026-06-10,Lunch,1,2,2",
                "E4,2026-07-10,Run,1,1,3");
    }
}
