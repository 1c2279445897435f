package com.rapport.ingest;

/** What one pass over a file's bytes tells: its checksum, size and encoding. */
public record FileFingerprint(String sha256, long bytes, FileEncoding encoding) {
}
