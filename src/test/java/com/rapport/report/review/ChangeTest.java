package com.rapport.report.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changes read like the counts beside them: thousands separated, direction and judgement in words. */
class ChangeTest {

    /** A row of summary_kpi_changes with only the columns a change is said from. */
    private static Map<String, Object> row(String unit, Long change, String verdict) {
        Map<String, Object> row = new HashMap<>();
        row.put("unit", unit);
        row.put("last_month_change", change);
        row.put("last_month_verdict", verdict);
        return row;
    }

    @Test
    void largeChangesHaveThousandsSeparators() {
        // the 10M-row review's summary: 109,865 referrals in against 80,839 the month before
        assertThat(Change.arrow(row("count", 29_026L, "better"), "last_month")).isEqualTo("▲ up 29,026, better");
        assertThat(Change.words(29_026, "last month")).isEqualTo("29,026 more than last month");
        assertThat(Change.words(-29_026, "last month")).isEqualTo("29,026 fewer than last month");
        assertThat(Change.words(0, "last month")).isEqualTo("as many as last month");
    }

    @Test
    void theVerdictIsTheModelsAndARateChangesByPoints() {
        assertThat(Change.arrow(row("count", -19L, "better"), "last_month")).isEqualTo("▼ down 19, better");
        assertThat(Change.arrow(row("count", -2L, "worse"), "last_month")).isEqualTo("▼ down 2, worse");
        assertThat(Change.arrow(row("count", 0L, "same"), "last_month")).isEqualTo("= same");
        assertThat(Change.arrow(row("rate", 1L, "better"), "last_month")).isEqualTo("▲ up 1 pt, better");
        assertThat(Change.arrow(row("rate", -12L, "worse"), "last_month")).isEqualTo("▼ down 12 pts, worse");
    }

    @Test
    void nothingToCompareWithIsADash() {
        assertThat(Change.arrow(row("rate", null, null), "last_month")).isEqualTo("—");
    }
}
