package com.rapport.ingest;

/**
 * One data record of a CSV file: the physical line it starts on, its 1-based position, its
 * values, and whether a blank line stood before it (where a report's footer begins).
 */
public record SourceRecord(long line, long recordNo, String[] values, boolean afterBlankLine) {
}
