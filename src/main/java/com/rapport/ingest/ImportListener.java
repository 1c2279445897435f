package com.rapport.ingest;

/** Hears about each file as it is imported, so a terminal can show progress. */
public interface ImportListener {

    ImportListener SILENT = new ImportListener() {
    };

    default void starting(String file) {
    }

    default void finished(FileImportResult result) {
    }
}
