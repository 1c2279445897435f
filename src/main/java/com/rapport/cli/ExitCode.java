package com.rapport.cli;

import com.rapport.core.RapportException.Problem;

/** Every exit code of the {@code rapport} command, in one place. */
public final class ExitCode {

    public static final int OK = 0;
    /** Internal error: a bug, reported with a stack trace only under --verbose. */
    public static final int INTERNAL = 1;
    /** A bad command-line argument or setting (also picocli's usage errors). */
    public static final int BAD_ARGUMENT = 2;
    public static final int MISSING_INPUT = 3;
    public static final int INPUT_REFUSED = 4;
    public static final int DATABASE_IN_USE = 5;
    public static final int OUTPUT_FAILED = 6;
    public static final int CHECK_FAILED = 7;
    public static final int NO_DATA = 8;

    private ExitCode() {
    }

    public static int of(Problem problem) {
        return switch (problem) {
            case BAD_ARGUMENT -> BAD_ARGUMENT;
            case MISSING_INPUT -> MISSING_INPUT;
            case INPUT_REFUSED -> INPUT_REFUSED;
            case DATABASE_IN_USE -> DATABASE_IN_USE;
            case OUTPUT_FAILED -> OUTPUT_FAILED;
            case CHECK_FAILED -> CHECK_FAILED;
            case NO_DATA -> NO_DATA;
        };
    }
}
