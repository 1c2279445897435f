package com.rapport.identity;

/** One row of merges.csv: two contact references the user confirmed are one person. */
public record ConfirmedPair(String file, long row, String referenceA, String referenceB) {

    /**
     * Why a confirmed pair was not applied: a reference that matched {@code no_match} or
     * {@code ambiguous}, or {@code different_npi} when the two carry different NPIs.
     */
    public record Problem(String file, long row, String column, String reference, String problem) {
    }
}
