package com.rapport.cli;

import com.rapport.ingest.FileImportResult;
import com.rapport.ingest.ImportSummary;
import com.rapport.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rapport import}: only import, and print the per-file reconciliation. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the data folder into the database and print what each file gave.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportSummary summary = new Pipeline(options.toRunOptions(null),
                options.progress(spec.commandLine().getErr())).importData();
        out.printf("%-34s %-9s %-18s %10s %10s %9s %10s%n", "file", "status", "encoding", "read", "loaded",
                "rejected", "duplicates");
        for (FileImportResult f : summary.files()) {
            out.printf("%-34s %-9s %-18s %,10d %,10d %,9d %,10d%n", f.file(), f.status().name().toLowerCase(),
                    f.encoding(), f.read(), f.loaded(), f.rejected(), f.duplicates());
        }
        for (FileImportResult f : summary.refused()) {
            spec.commandLine().getErr().println("rapport: " + f.message());
        }
        return summary.anyRefused() ? ExitCode.INPUT_REFUSED : ExitCode.OK;
    }
}
