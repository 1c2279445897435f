package com.rapport.ingest;

/**
 * How a file was read, for {@code import_files}: its delimiter, the line of its header
 * (lines above it were a preamble), the footer lines after its data, the order its dates
 * were written in when not ISO ("M/D/Y"), and the US postal codes given back their leading zero.
 */
record ReadAs(Delimiter delimiter, long headerLine, long footerLines, String dateOrder, long paddedPostalCodes) {
}
