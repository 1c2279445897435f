package com.rapport.ingest;

/**
 * Refuses a file whose rows are mostly bad, which usually means the wrong file or the
 * wrong delimiter: more than {@code fraction} of its rows rejected (once at least ten
 * are), or more than half of them at any size.
 */
public record RejectThreshold(double fraction) {

    public static final double DEFAULT_FRACTION = 0.05;
    private static final int MIN_REJECTS_FOR_FRACTION = 10;

    public RejectThreshold {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("the reject threshold is a fraction from 0 to 1, was " + fraction);
        }
    }

    void check(String file, long read, long rejected, String firstRejection) {
        boolean overFraction = rejected >= MIN_REJECTS_FOR_FRACTION && rejected > fraction * read;
        boolean mostlyBad = rejected * 2 > read;
        if (read > 0 && (overFraction || mostlyBad)) {
            throw new InputRefusedException(String.format("%s: %d of %d rows rejected (%.0f%%, over the %.0f%% limit), "
                    + "so the file was not imported; first problem: %s. Is it the right file? 'rapport inspect %s' "
                    + "shows how Rapport reads it", file, rejected, read, 100.0 * rejected / read, 100 * fraction,
                    firstRejection, file));
        }
    }
}
