package com.rapport.pipeline;

import com.rapport.ingest.ImportSummary;
import java.nio.file.Path;
import java.time.YearMonth;

/** What a review run produced; {@code upToDate} when the month's outputs already were what it would write. */
public record ReviewResult(YearMonth month, ImportSummary imports, Path pdf, Path monthFolder, boolean upToDate) {
}
