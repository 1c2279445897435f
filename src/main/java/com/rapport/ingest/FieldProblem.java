package com.rapport.ingest;

/** Why one value of a row cannot be used; the message is the reason shown to the user. */
public class FieldProblem extends Exception {

    public FieldProblem(String reason) {
        super(reason, null, false, false);
    }
}
