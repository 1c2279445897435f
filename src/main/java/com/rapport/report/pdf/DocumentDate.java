package com.rapport.report.pdf;

import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

/**
 * The date a PDF carries (its creation and modification date, the spotlight's and the
 * cover's "generated"): never the clock, so the same month from the same inputs gives the
 * same bytes. It is the data's as-of date (the report month's last day), or the time in
 * {@value #SOURCE_DATE_EPOCH} when a reproducible build sets it (reproducible-builds.org).
 */
public record DocumentDate(Instant instant, boolean fromEnvironment) {

    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    /** {@value #SOURCE_DATE_EPOCH} from the environment if set, else the month's as-of date (midnight UTC). */
    public static DocumentDate of(Map<String, String> environment, YearMonth month) {
        String epoch = environment.get(SOURCE_DATE_EPOCH);
        if (epoch == null || epoch.isBlank()) {
            return new DocumentDate(month.atEndOfMonth().atStartOfDay().toInstant(ZoneOffset.UTC), false);
        }
        try {
            return new DocumentDate(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), true);
        } catch (NumberFormatException e) {
            throw new RapportException(Problem.BAD_ARGUMENT, SOURCE_DATE_EPOCH
                    + " must be a whole number of seconds since 1970-01-01 UTC, was '" + epoch + "'");
        }
    }

    /** The day, in UTC. */
    public LocalDate date() {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** As the PDF writer takes it: in UTC, so the bytes do not depend on the machine's time zone. */
    public Calendar calendar() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
