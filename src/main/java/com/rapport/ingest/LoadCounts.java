package com.rapport.ingest;

/**
 * What loading a file's rows gave, whichever reader read them: the records read, and each
 * loaded, rejected or a duplicate; warnings; the first rejection for the threshold's message.
 */
record LoadCounts(long read, long loaded, long rejected, long duplicates, long warnings, String firstRejection) {
}
