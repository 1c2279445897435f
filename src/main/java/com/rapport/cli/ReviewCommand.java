package com.rapport.cli;

import com.rapport.pipeline.Pipeline;
import com.rapport.pipeline.ReviewResult;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapport review}: import what is new, run the models, write the monthly review. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Import what is new in the data folder, run the models and write the monthly partnership review.")
final class ReviewCommand implements Callable<Integer> {

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "report month (default: the latest month that has referrals)")
    YearMonth month;

    @Mixin
    DataOptions options;

    @Mixin
    PdfOptions pdf;

    @Option(names = "--force", description = "write the month's review again even when nothing changed since it was written")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        ReviewResult result = new Pipeline(options.toRunOptions(month, pdf),
                options.progress(spec.commandLine().getErr())).review(force);
        if (result.upToDate()) {
            out.println(result.monthFolder() + " is up to date: nothing changed since it was written (--force writes it again)");
            return ExitCode.OK;
        }
        out.println("wrote " + result.pdf());
        out.println("data and action lists in " + result.monthFolder());
        return ExitCode.OK;
    }
}
