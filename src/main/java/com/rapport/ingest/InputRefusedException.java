package com.rapport.ingest;

import com.rapport.core.RapportException;

/** A whole input file that cannot be imported; the message names the file and why. */
public class InputRefusedException extends RapportException {

    public InputRefusedException(String message) {
        super(Problem.INPUT_REFUSED, message);
    }
}
