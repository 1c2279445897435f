package com.rapport.ingest;

import java.util.List;

/** The per-file results of one import of a data folder. */
public record ImportSummary(List<FileImportResult> files) {

    public List<FileImportResult> refused() {
        return files.stream().filter(f -> f.status() == FileImportResult.Status.REFUSED).toList();
    }

    public boolean anyRefused() {
        return !refused().isEmpty();
    }
}
