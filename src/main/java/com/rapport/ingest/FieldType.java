package com.rapport.ingest;

import com.rapport.core.Amounts;
import com.rapport.core.Npi;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a column's text becomes a typed value. Each type knows its rule and says in words
 * why a value breaks it; empty text is null (required-ness is the {@link Field}'s concern).
 */
public enum FieldType {
    TEXT {
        @Override
        Object parseNonEmpty(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    },
    DATE {
        @Override
        Object parseNonEmpty(String text) throws FieldProblem {
            return date(text);
        }
    },
    MONTH {
        @Override
        Object parseNonEmpty(String text) throws FieldProblem {
            if (!YEAR_MONTH.matcher(text).matches()) {
                throw new FieldProblem("'" + text + "' is not a month (YYYY-MM)");
            }
            try {
                return YearMonth.parse(text).atDay(1);
            } catch (DateTimeException e) {
                throw new FieldProblem("'" + text + "' is not a month (YYYY-MM)");
            }
        }
    },
    AMOUNT {
        @Override
        Object parseNonEmpty(String text) throws FieldProblem {
            if (!NUMBER.matcher(text).matches()) {
                throw new FieldProblem("amount '" + text + "' is not a number");
            }
            try {
                double value = Double.parseDouble(text);
                if (!(value >= 0)) {
                    throw new FieldProblem("amount '" + text + "' must be a number of at least 0");
                }
                if (value > LARGEST_AMOUNT) {
                    throw new FieldProblem(tooLarge(text));
                }
                // '-0' is zero; kept as -0.0 it would be printed with its sign.
                return value + 0.0;
            } catch (NumberFormatException e) {
                throw new FieldProblem("amount '" + text + "' is not a number");
            }
        }
    },
    POSITIVE_INT {
        @Override
        Object parseNonEmpty(String text) throws FieldProblem {
            try {
                int value = Integer.parseInt(text);
                if (value < 1) {
                    throw new FieldProblem("'" + text + "' must be a positive whole number");
                }
                return value;
            } catch (NumberFormatException e) {
                throw new FieldProblem("'" + text + "' is not a positive whole number");
            }
        }
    },
    BOOLEAN {
        @Override
        Object parseNonEmpty(String text) throws FieldProblem {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> throw new FieldProblem("'" + text + "' is not true/false, yes/no or 1/0");
            };
        }
    },
    NPI {
        @Override
        Object parseNonEmpty(String text) throws FieldProblem {
            if (!Npi.isValid(text)) {
                throw new FieldProblem("NPI '" + text + "' is not 10 digits with a valid check digit");
            }
            return text;
        }
    },
    INTERACTION_TYPE("interaction type", Set.of("meeting", "call", "email", "event", "thank_you_note",
            "gift", "co_marketing", "invitation", "card_display", "referral_ask", "other")),
    INTERACTION_DIRECTION("direction", Set.of("outbound", "inbound")),
    REFERRAL_DIRECTION("direction", Set.of("in", "out")),
    REFERRAL_STATUS("status", Set.of("received", "scheduled", "seen", "declined", "lost", "sent", "accepted")),
    /** Protected health information: kept only until the importer replaces it with a keyed hash. */
    PATIENT_ID {
        @Override
        Object parseNonEmpty(String text) {
            return text;
        }
    },
    EVENT_KIND("event kind", Set.of("networking", "conference", "community", "hosted", "other"));

    private final String word;
    private final Set<String> words;

    FieldType() {
        this(null, null);
    }

    /** A field whose value is one of the contract's words, named {@code word} in messages. */
    FieldType(String word, Set<String> words) {
        this.word = word;
        this.words = words;
    }

    /** The contract's words for this field, or null when it is not a list of words. */
    public Set<String> allowedWords() {
        return words;
    }

    /** How messages name the field ("interaction type"), or null. */
    public String word() {
        return word;
    }

    /** The largest amount the models hold ({@link Amounts#LARGEST}). */
    public static final double LARGEST_AMOUNT = Amounts.LARGEST;

    /**
     * An amount as written: digits with an optional point and exponent. Java's and DuckDB's
     * own casts each take more (Java {@code 3.5d}, {@code 0x1p3}, {@code NaN}; DuckDB
     * {@code 1_000}), and differently, so both readers hold values to this one pattern.
     */
    static final String NUMBER_PATTERN = "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(NUMBER_PATTERN);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ].*");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** Null for empty text, else the typed value. */
    public Object parse(String text) throws FieldProblem {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? null : parseNonEmpty(trimmed);
    }

    Object parseNonEmpty(String text) throws FieldProblem {
        String value = text.toLowerCase(Locale.ROOT);
        if (!words.contains(value)) {
            throw new FieldProblem("unknown " + word + " '" + text + "'");
        }
        return value;
    }

    /** ISO dates; a timestamp is cut to its calendar date as written, with no time-zone shift. */
    static String tooLarge(String text) {
        return "amount '" + text + "' is more than Rapport can hold (at most 1000000000000)";
    }

    static LocalDate date(String text) throws FieldProblem {
        String day = text;
        if (!ISO_DATE.matcher(text).matches()) {
            var timestamp = ISO_TIMESTAMP.matcher(text);
            if (!timestamp.matches()) {
                throw new FieldProblem("'" + text + "' is not a date (YYYY-MM-DD)");
            }
            day = timestamp.group(1);
        }
        try {
            String[] parts = day.split("-");
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (DateTimeException e) {
            throw new FieldProblem("'" + text + "' is not a calendar date");
        }
    }
}
