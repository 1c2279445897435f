package com.rapport.core;

/**
 * A problem the user can fix (bad input, a locked database, a full disk): it carries
 * one line to print and the exit code to leave with, never a stack trace.
 */
public class RapportException extends RuntimeException {

    private final Problem problem;

    public RapportException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public RapportException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The kinds of failure, each with its own exit code (see {@code ExitCode}). */
    public enum Problem {
        BAD_ARGUMENT, MISSING_INPUT, INPUT_REFUSED, DATABASE_IN_USE, OUTPUT_FAILED, CHECK_FAILED, NO_DATA
    }
}
