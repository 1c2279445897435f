package com.rapport.cli;

import com.rapport.core.RapportException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command: sub-commands only. */
@Command(name = "rapport", mixinStandardHelpOptions = true, versionProvider = RapportCommand.Version.class,
        description = "Partnership and referral analytics for practices that live on professional referrals.",
        subcommands = {ReviewCommand.class, SpotlightCommand.class, ImportCommand.class, InspectCommand.class,
            GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug; --verbose shows the stack trace)",
            "2:bad argument or setting", "3:missing input (data folder, contacts/, referrals.csv)",
            "4:an input file was refused", "5:the database is in use by another run",
            "6:an output could not be written", "7:a data check failed", "8:no data for the month"})
public final class RapportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: review, spotlight, import, inspect or generate");
    }

    /** The configured command line, as {@code main} and the tests use it. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new RapportCommand());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean verbose = parsed.originalArgs().contains("--verbose");
            if (e instanceof RapportException problem) {
                cmd.getErr().println("rapport: " + problem.getMessage());
                if (verbose) {
                    e.printStackTrace(cmd.getErr());
                }
                return ExitCode.of(problem.problem());
            }
            cmd.getErr().println("rapport: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(cmd.getErr());
            }
            return ExitCode.INTERNAL;
        });
        return line;
    }

    /** The version from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = RapportCommand.class.getResourceAsStream("/com/rapport/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"rapport " + properties.getProperty("version", "unknown")};
        }
    }
}
