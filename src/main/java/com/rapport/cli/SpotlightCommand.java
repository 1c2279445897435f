package com.rapport.cli;

import com.rapport.pipeline.Pipeline;
import com.rapport.pipeline.SpotlightResult;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapport spotlight}: the newsletter's partner for the issue after the month, with runners-up. */
@Command(name = "spotlight", mixinStandardHelpOptions = true,
        description = "Pick the partner to feature in the newsletter issue after the month, and write a one-page brief.")
final class SpotlightCommand implements Callable<Integer> {

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "month of data the pick is made from; the issue is the month after "
                    + "(default: the latest month that has referrals)")
    YearMonth month;

    @Option(names = "--record", description = "add the pick to the data folder's spotlights.csv, so next month's "
            + "rotation excludes them (refused if the issue already has a spotlight)")
    boolean record;

    @Mixin
    DataOptions options;

    @Mixin
    PdfOptions pdf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SpotlightResult result = new Pipeline(options.toRunOptions(month, pdf), options.progress(spec.commandLine().getErr()))
                .spotlight(record);
        out.println("spotlight for the " + result.issue() + " issue: " + result.name() + " (" + result.partnerId() + ")");
        out.println("wrote " + result.pdf());
        out.println("wrote " + result.candidates());
        if (result.recorded()) {
            out.println("recorded in " + options.data.resolve("spotlights.csv"));
        }
        return ExitCode.OK;
    }
}
