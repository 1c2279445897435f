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

    public List<FileImportResult> refused() {
        return files.stream().filter(f -> f.status() == FileImportResult.Status.REFUSED).toList();
    }

    public boolean anyRefused() {
        return !refused().isEmpty();
    }
}
