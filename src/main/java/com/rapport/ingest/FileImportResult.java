package com.rapport.ingest;

/**
 * What importing one file did. For every file imported, {@code read = loaded + rejected + duplicates};
 * a file refused whole loads nothing, and says what was read, rejected and duplicated of it.
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
