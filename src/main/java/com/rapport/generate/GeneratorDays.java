package com.rapport.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** The generated months, and random days in them, drawn from the generator's one random source. */
final class GeneratorDays {

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    final LocalDate firstDay;
    final LocalDate lastDay;

    GeneratorDays(GeneratorSettings settings, SplittableRandom random) {
        this.settings = settings;
        this.random = random;
        this.firstDay = settings.start().atDay(1);
        this.lastDay = settings.end().atEndOfMonth();
    }

    /** The first day of the month {@code monthsBack} before the last generated month. */
    LocalDate monthStart(int monthsBack) {
        return settings.end().minusMonths(monthsBack).atDay(1);
    }

    /** A random day of the month {@code monthsBack} before the last generated month. */
    LocalDate dayIn(int monthsBack) {
        YearMonth m = settings.end().minusMonths(monthsBack);
        return m.atDay(1 + random.nextInt(m.lengthOfMonth()));
    }

    LocalDate randomDay(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    boolean isGenerated(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
