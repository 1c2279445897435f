package com.rapport.cli;

import com.rapport.ingest.FileImportResult;
import com.rapport.model.ModelDefinition;
import com.rapport.pipeline.PipelineListener;
import com.rapport.registry.RegistryFileResult;
import java.io.PrintWriter;

/** Progress on a terminal (per file and per model), silent otherwise; notices always. */
final class ConsoleProgress implements PipelineListener {

    private final PrintWriter err;
    private final boolean show;
    private long fileStarted;

    private final boolean timings;

    ConsoleProgress(PrintWriter err, boolean quiet, boolean timings) {
        this.err = err;
        this.show = !quiet && System.console() != null;
        this.timings = timings;
    }

    @Override
    public void stage(String name, long nanos) {
        if (show || timings) {
            err.printf("%-40s %8.0f ms%n", name, nanos / 1e6);
        }
    }

    @Override
    public void starting(String file) {
        fileStarted = System.nanoTime();
        if (show) {
            err.print("importing " + file + " ...\r");
            err.flush();
        }
    }

    @Override
    public void finished(FileImportResult result) {
        if (show || timings) {
            double seconds = (System.nanoTime() - fileStarted) / 1e9;
            boolean read = result.status() == FileImportResult.Status.LOADED
                    || result.status() == FileImportResult.Status.APPENDED;
            err.printf("imported %-34s %-9s %,10d rows%s%n", result.file(), result.status().name().toLowerCase(),
                    result.read(), read ? String.format("  %.1f s  %,.0f rows/s", seconds, result.read() / seconds) : "");
        }
    }

    @Override
    public void reading(String file, long bytesDone, long bytesTotal, long rows, long nanos) {
        if (show) {
            double seconds = Math.max(nanos, 1) / 1e9;
            err.printf("reading %s  %,.0f of %,.0f MB  %,.0f MB/s  about %,d rows  %,.0f rows/s\r", file, bytesDone / 1e6,
                    bytesTotal / 1e6, bytesDone / 1e6 / seconds, rows, rows / seconds);
            err.flush();
        }
    }

    @Override
    public void checksumming(String file, long bytesDone, long bytesTotal, long nanos) {
        if (show) {
            err.printf("checksum of %s  %,.0f of %,.0f MB  %,.0f MB/s\r", file, bytesDone / 1e6, bytesTotal / 1e6,
                    bytesDone / 1e6 / Math.max(nanos, 1) * 1e9);
            err.flush();
        }
    }

    @Override
    public void registryFile(RegistryFileResult result) {
        if (result.status() == RegistryFileResult.Status.REFUSED) {
            notice(result.message());
        } else if (show || timings) {
            if (show) {
                err.print(" ".repeat(110) + "\r");
            }
            double seconds = Math.max(result.nanos(), 1) / 1e9;
            err.printf("registry %-33s %-12s %,10d rows%s%n", result.file(), result.status().name().toLowerCase(),
                    result.rows(), result.status() == RegistryFileResult.Status.READ ? String.format(
                            "  %.1f s  %,.0f MB/s  %,.0f rows/s", seconds, result.bytes() / 1e6 / seconds,
                            result.rows() / seconds) : "");
        }
    }

    @Override
    public void built(ModelDefinition model, long nanos) {
        if (show || timings) {
            err.printf("  model %-36s %6.0f ms%n", model.path(), nanos / 1e6);
        }
    }

    @Override
    public void notice(String message) {
        err.println("rapport: " + message);
    }
}
