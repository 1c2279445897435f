package com.rapport.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rapport.core.RapportException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Calendar;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentDateTest {

    @Test
    void withoutSourceDateEpochItIsTheMonthsAsOfDateAtMidnightUtc() {
        DocumentDate date = DocumentDate.of(Map.of(), YearMonth.of(2026, 2));
        assertThat(date.instant()).isEqualTo(Instant.parse("2026-02-28T00:00:00Z"));
        assertThat(date.fromEnvironment()).isFalse();
    }

    /** 1767225600 s after 1970-01-01 is 2026-01-01 00:00 UTC; 3,661 s more is 01:01:01. */
    @Test
    void sourceDateEpochWinsOverTheMonth() {
        DocumentDate date = DocumentDate.of(Map.of("SOURCE_DATE_EPOCH", "1767229261"), YearMonth.of(2026, 10));
        assertThat(date.instant()).isEqualTo(Instant.parse("2026-01-01T01:01:01Z"));
        assertThat(date.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(date.fromEnvironment()).isTrue();
        Calendar calendar = date.calendar();
        assertThat(calendar.get(Calendar.HOUR_OF_DAY)).isEqualTo(1);
        assertThat(calendar.getTimeZone().getRawOffset()).isZero();
    }

    @Test
    void aSourceDateEpochThatIsNotANumberIsRefusedWithItsValue() {
        assertThatThrownBy(() -> DocumentDate.of(Map.of("SOURCE_DATE_EPOCH", "yesterday"), YearMonth.of(2026, 10)))
                .isInstanceOf(RapportException.class)
                .hasMessage("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, was 'yesterday'");
    }
}
