package com.rapport.cli;

/** The {@code rapport} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RapportCommand.commandLine().execute(args));
    }
}
