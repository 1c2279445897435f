package com.rapport.ingest;

/**
 * What importing a file takes, decided from the ledger and the file before any row is read
 * ({@link ImportPlanner}), each case with the facts it needs.
 */
sealed interface ImportPlan {

    /** The same size and modification time as at the last import: nothing is read. */
    record Untouched(FileImportResult result) implements ImportPlan {
    }

    /** The bytes imported before with records appended: only those are read, after the old ones. */
    record Appended(EarlierImport before) implements ImportPlan {
    }

    /** Touched, but the same checksum as at the last import: nothing is loaded. */
    record Unchanged(FileImportResult result) implements ImportPlan {
    }

    /** Anything else: the whole file is read, as its fingerprint says (encoding, shape). */
    record Full(FileFingerprint fingerprint) implements ImportPlan {
    }
}
