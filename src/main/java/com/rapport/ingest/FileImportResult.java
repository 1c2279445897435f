package com.rapport.ingest;

/**
 * What importing one file did. For every file, {@code read = loaded + rejected + duplicates}.
 */
public record FileImportResult(String file, InputKind kind, String format, String encoding, Status status,
                               long read, long loaded, long rejected, long duplicates, long warnings,
                               String message) {

    /** What happened to the file as a whole. */
    public enum Status {
        LOADED, APPENDED, UNCHANGED, EMPTY, REFUSED
    }

    static FileImportResult refused(String file, InputKind kind, String message) {
        return new FileImportResult(file, kind, "", "", Status.REFUSED, 0, 0, 0, 0, 0, message);
    }
}
