package com.rapport.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Two events a month, written to events.csv; interactions at an event name it by the day it was held. */
final class EventCalendar {

    private static final String[][] EVENT_TEMPLATES = {
        {"Chamber of Commerce breakfast", "networking"}, {"BNI chapter meeting", "networking"},
        {"Regional sports medicine symposium", "conference"}, {"Community health fair", "community"},
        {"Open house at our clinic", "hosted"}, {"Rotary Club lunch", "networking"},
        {"Lunch-and-learn for physicians", "hosted"}, {"5K charity run booth", "community"}
    };

    private final GeneratorSettings settings;
    private final List<LocalDate> eventDates = new ArrayList<>();

    EventCalendar(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** Writes events.csv and returns its rows. */
    long write(Path file, SplittableRandom random) throws IOException {
        try (CsvSink sink = new CsvSink(file, "event_id", "date", "name", "kind")) {
            int seq = 0;
            for (YearMonth m = settings.start(); !m.isAfter(settings.end()); m = m.plusMonths(1)) {
                for (int half = 0; half < 2; half++) {
                    LocalDate day = m.atDay(half == 0 ? 6 + random.nextInt(5) : 18 + random.nextInt(7));
                    String[] template = EVENT_TEMPLATES[random.nextInt(EVENT_TEMPLATES.length)];
                    eventDates.add(day);
                    sink.row(String.format("E%04d", ++seq), day, template[0], template[1]);
                }
            }
            return sink.rows();
        }
    }

    String eventIdFor(LocalDate day) {
        return String.format("E%04d", eventDates.indexOf(day) + 1);
    }

    /** The first event of the month {@code monthsBack} before the last generated month. */
    LocalDate eventIn(int monthsBack) {
        YearMonth m = settings.end().minusMonths(monthsBack);
        return eventDates.stream().filter(d -> YearMonth.from(d).equals(m)).findFirst().orElseThrow();
    }

    /** The first event on or after the day, or null when none is left. */
    LocalDate nextEventOnOrAfter(LocalDate day) {
        return eventDates.stream().filter(d -> !d.isBefore(day)).findFirst().orElse(null);
    }
}
