package com.rapport.ingest.format;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates contact systems write, turned into ISO text before the common date rule
 * reads them: {@code 3/15/2024} (Outlook, Salesforce), {@code 15 Mar 2024} (LinkedIn),
 * {@code 2024-03-15 10:22} (HubSpot). Outlook's empty date {@code 0/0/00} is empty. A
 * time of day is cut off as written: no time-zone shift. Text that fits none is passed
 * on unchanged, so the row's warning quotes what the file said.
 */
final class SourceDates {

    private static final Pattern DATE_THEN_TIME = Pattern.compile("^(\\S+(?: \\S+ \\S+)?)[ T]\\d{1,2}:\\d{2}.*$");
    private static final Pattern EMPTY = Pattern.compile("0{1,2}/0{1,2}/0{2,4}");
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("M/d/uuuu"),
            pattern("M/d/uu"),
            pattern("d MMM uuuu"),
            pattern("d MMMM uuuu"),
            pattern("MMM d, uuuu"),
            pattern("MMMM d, uuuu"),
            pattern("uuuu/M/d"));

    private SourceDates() {
    }

    static String toIso(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        if (value.isEmpty() || EMPTY.matcher(value).matches()) {
            return "";
        }
        LocalDate date = parse(value);
        if (date == null) {
            Matcher timed = DATE_THEN_TIME.matcher(value);
            if (timed.matches()) {
                date = parse(timed.group(1).replaceAll(",$", ""));
            }
        }
        return date == null ? value : date.toString();
    }

    private static LocalDate parse(String value) {
        for (DateTimeFormatter format : FORMATS) {
            // A format that does not fit is told without an exception: a LinkedIn date used
            // to throw three before its own format, slower than the parse itself.
            ParsePosition position = new ParsePosition(0);
            if (format.parseUnresolved(value, position) == null || position.getIndex() != value.length()) {
                continue;
            }
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // it fits the pattern but is no calendar date (2/30/2024): try the next format
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }
}
