package com.rapport.ingest;

import java.util.ArrayList;
import java.util.List;
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

    /** A footer is a few lines; more records held back than this are data. */
    private static final int MAX_LINES = 100;

    private final int width;
    private final List<SourceRecord> held = new ArrayList<>();

    /** @param width the number of columns the header names */
    Footer(int width) {
        this.width = width;
    }

    /** True when this record is held back: it may begin or continue a footer. */
    boolean hold(SourceRecord record) {
        if ((record.afterBlankLine() || !held.isEmpty()) && held.size() < MAX_LINES && mayBe(record.values(), width)) {
            held.add(record);
            return true;
        }
        return false;
    }

    /** The records held back before a record that was not held: data after all, in order. */
    List<SourceRecord> release() {
        if (held.isEmpty()) {
            return List.of();
        }
        List<SourceRecord> data = new ArrayList<>(held);
        held.clear();
        return data;
    }

    /** After the last record: the records held back, which were the footer. */
    int lines() {
        return held.size();
    }

    /** True when this record may belong to a footer (the blank line before the first is checked by the caller). */
    private static boolean mayBe(String[] values, int width) {
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
