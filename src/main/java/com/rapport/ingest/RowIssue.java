package com.rapport.ingest;

/** Why a row was rejected, or what was left out of it: the column (empty for the whole row) and the reason. */
record RowIssue(String column, String reason) {

    /** "line 7, column date: not a date", as messages about one row put it. */
    String at(long line) {
        return "line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + reason;
    }
}
