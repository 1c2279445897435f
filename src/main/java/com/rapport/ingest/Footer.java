package com.rapport.ingest;

import java.util.regex.Pattern;

/**
 * Where a report export's footer begins: after a blank line, a record that is no data
 * record (fewer fields than the header, or a line such as "Grand totals", "Confidential",
 * a copyright). It is a footer only if every record after it is one too; otherwise those
 * records are data, judged (and rejected) like any other.
 */
final class Footer {

    private static final Pattern WORDS = Pattern.compile("(?iu)^\\W*(grand\\s+totals?|totals?|subtotals?|sum|count"
            + "|confidential|copyright|\\(c\\)|©|all rights reserved|generated|report\\b|page\\s+\\d|records?\\s*:"
            + "|end of (report|file|export)|gesamt|insgesamt|summe|vertraulich|confidentiel|confidencial|total)");

    private Footer() {
    }

    /** True when this record may belong to a footer (the blank line before the first is the caller's check). */
    static boolean mayBe(String[] values, int width) {
        if (values.length < width) {
            return true;
        }
        for (String value : values) {
            if (!value.isBlank()) {
                return WORDS.matcher(value.strip()).find();
            }
        }
        return true;
    }
}
