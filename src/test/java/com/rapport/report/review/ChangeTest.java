package com.rapport.report.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Changes read like the counts beside them: thousands separated, direction and judgement in words. */
class ChangeTest {

    @Test
    void largeChangesHaveThousandsSeparators() {
        // the 10M-row review's summary: 109,865 referrals in against 80,839 the month before
        assertThat(Change.arrow(109_865, 80_839, true)).isEqualTo("▲ up 29,026, better");
        assertThat(Change.words(109_865, 80_839, "last month")).isEqualTo("29,026 more than last month");
        assertThat(Change.words(80_839, 109_865, "last month")).isEqualTo("29,026 fewer than last month");
    }

    @Test
    void aFallIsWorseOnlyWhenHigherIsBetter() {
        assertThat(Change.arrow(21_805, 21_824, false)).isEqualTo("▼ down 19, better");
        assertThat(Change.arrow(3, 5, true)).isEqualTo("▼ down 2, worse");
        assertThat(Change.arrow(7, 7, true)).isEqualTo("= same");
    }
}
