package com.rapport.ingest;

/**
 * What one pass over a file's bytes tells: its checksum, size, encoding and, for encodings
 * where quotes and line ends are single bytes (not UTF-16), its record structure.
 */
public record FileFingerprint(String sha256, long bytes, FileEncoding encoding, CsvShape shape, long modifiedMillis) {
}
