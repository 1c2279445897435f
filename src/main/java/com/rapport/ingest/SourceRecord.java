package com.rapport.ingest;

/** One data record of a CSV file: the physical line it starts on, its 1-based position, its values. */
public record SourceRecord(long line, long recordNo, String[] values) {
}
