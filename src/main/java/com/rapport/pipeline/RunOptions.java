package com.rapport.pipeline;

import com.rapport.report.pdf.PdfProtection;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/**
 * Where a run reads and writes, and for which month (null: the latest month with referrals).
 * The environment is passed in, not read globally, so tests run the pipeline in isolation.
 */
public record RunOptions(Path dataFolder, Path outFolder, Path databaseFile, YearMonth month,
                         Map<String, String> environment, PdfProtection protection) {

    public static final String DATABASE_NAME = "rapport.duckdb";

    /** A run whose PDFs are not encrypted. */
    public RunOptions(Path dataFolder, Path outFolder, Path databaseFile, YearMonth month,
                      Map<String, String> environment) {
        this(dataFolder, outFolder, databaseFile, month, environment, PdfProtection.none());
    }

    public Path database() {
        return databaseFile != null ? databaseFile : outFolder.resolve(DATABASE_NAME);
    }
}
