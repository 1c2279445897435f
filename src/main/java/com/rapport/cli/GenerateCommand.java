package com.rapport.cli;

import com.rapport.generate.DataGenerator;
import com.rapport.generate.GeneratedCounts;
import com.rapport.generate.GeneratorSettings;
import com.rapport.core.RapportException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rapport generate}: a realistic, deterministic data folder of any size. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a realistic, deterministic data folder (the sample data and the benchmarks use it).")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write")
    Path out;

    @Option(names = "--partners", defaultValue = "" + GeneratorSettings.DEFAULT_PARTNERS,
            description = "partners (default: ${DEFAULT-VALUE})")
    int partners;

    @Option(names = "--months", defaultValue = "" + GeneratorSettings.DEFAULT_MONTHS,
            description = "months of history (default: ${DEFAULT-VALUE})")
    int months;

    @Option(names = "--interactions", defaultValue = "" + GeneratorSettings.DEFAULT_INTERACTIONS,
            description = "interaction rows (default: ${DEFAULT-VALUE})")
    long interactions;

    @Option(names = "--referrals", defaultValue = "" + GeneratorSettings.DEFAULT_REFERRALS,
            description = "referral rows (default: ${DEFAULT-VALUE})")
    long referrals;

    @Option(names = "--seed", defaultValue = "" + GeneratorSettings.DEFAULT_SEED,
            description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--end", paramLabel = "YYYY-MM", converter = MonthConverter.class, defaultValue = "2026-10",
            description = "last month (default: ${DEFAULT-VALUE})")
    YearMonth end;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(out, partners, months, interactions, referrals, seed, end);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            GeneratedCounts counts = new DataGenerator(settings).generate();
            spec.commandLine().getOut().printf("wrote %s: %,d partners, %,d interactions, %,d referrals, %,d events, "
                    + "%,d spotlights%n", out, counts.partners(), counts.interactions(), counts.referrals(),
                    counts.events(), counts.spotlights());
            return ExitCode.OK;
        } catch (IOException e) {
            throw new RapportException(RapportException.Problem.OUTPUT_FAILED, "cannot write " + out + ": "
                    + e.getMessage(), e);
        }
    }
}
