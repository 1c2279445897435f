package com.rapport.ingest;

import java.util.List;

/** The per-file results of one import of a data folder. */
public record ImportSummary(List<FileImportResult> files, boolean listRemoved) {

    /**
     * False when every file was as at the last import and no list file was removed: the
     * partners and references built then still stand.
     */
    public boolean changedAnything() {
        return listRemoved || files.stream().anyMatch(f -> f.status() != FileImportResult.Status.UNCHANGED);
    }

    /** True when a contact export or merges.csv changed, so partners must be merged again. */
    public boolean partnersChanged() {
        return listRemoved || files.stream().anyMatch(f -> (f.kind() == InputKind.CONTACTS || f.kind() == InputKind.MERGES)
                && f.status() != FileImportResult.Status.UNCHANGED);
    }

    /** True when every file that changed only had rows appended. */
    public boolean onlyAppended() {
        return files.stream().allMatch(f -> f.status() == FileImportResult.Status.UNCHANGED
                || f.status() == FileImportResult.Status.APPENDED);
    }

    public List<FileImportResult> refused() {
        return files.stream().filter(f -> f.status() == FileImportResult.Status.REFUSED).toList();
    }

    public boolean anyRefused() {
        return !refused().isEmpty();
    }
}
