package com.rapport.ingest;

/** Why a row was rejected, or what was left out of it: the column (empty for the whole row) and the reason. */
record RowIssue(String column, String reason) {
}
