package com.rapport.pipeline;

import com.rapport.ingest.ImportSummary;
import java.nio.file.Path;
import java.time.YearMonth;

/** What a review run produced. */
public record ReviewResult(YearMonth month, ImportSummary imports, Path pdf, Path monthFolder) {
}
