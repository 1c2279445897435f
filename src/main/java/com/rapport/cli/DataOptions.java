package com.rapport.cli;

import com.rapport.pipeline.RunOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import picocli.CommandLine.Option;

/** The folder and database options that review and import share. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: ${DEFAULT-VALUE})",
            defaultValue = "sample-data")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "reports")
    Path out;

    @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file (default: <out>/rapport.duckdb)")
    Path db;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Option(names = "--verbose", description = "stack traces on errors")
    boolean verbose;

    @Option(names = "--timings", description = "print how long each stage took (for benchmarks)")
    boolean timings;

    ConsoleProgress progress(PrintWriter err) {
        return new ConsoleProgress(err, quiet, timings);
    }

    RunOptions toRunOptions(YearMonth month) {
        return new RunOptions(data, out, db, month, Map.copyOf(System.getenv()));
    }

    RunOptions toRunOptions(YearMonth month, PdfOptions pdf) {
        Map<String, String> environment = Map.copyOf(System.getenv());
        return new RunOptions(data, out, db, month, environment, pdf.protection(environment));
    }
}
