package com.rapport.ingest;

/**
 * What loading a file's rows gave, whichever reader read them: the records read, and each
 * loaded, rejected or a duplicate; warnings; the first rejection for the threshold's message.
 */
record LoadCounts(long read, long loaded, long rejected, long duplicates, long warnings, String firstRejection) {

    /** These counts with an appended part's added: the part's warnings and first rejection. */
    LoadCounts plus(LoadCounts part) {
        return new LoadCounts(read + part.read, loaded + part.loaded, rejected + part.rejected,
                duplicates + part.duplicates, part.warnings, part.firstRejection);
    }
}
