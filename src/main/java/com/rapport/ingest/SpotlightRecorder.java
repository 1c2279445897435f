package com.rapport.ingest;

import com.rapport.core.AtomicFile;
import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Records the chosen spotlight in the data folder's {@code spotlights.csv}, so the next
 * month's rotation excludes the partner. The user's file is never rewritten in place: it is
 * replaced whole through {@link AtomicFile}.
 */
public final class SpotlightRecorder {

    private final Path file;

    public SpotlightRecorder(Path dataFolder) {
        this.file = dataFolder.resolve("spotlights.csv");
    }

    /** Appends {@code issue,partner}; the caller has checked that the issue has no spotlight yet. */
    public void record(YearMonth issue, String partner) {
        try {
            String content = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "month,partner\n";
            if (!content.isEmpty() && !content.endsWith("\n")) {
                content += content.contains("\r\n") ? "\r\n" : "\n";
            }
            String newline = content.contains("\r\n") ? "\r\n" : "\n";
            content += issue + "," + csvField(partner) + newline;
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new RapportException(Problem.OUTPUT_FAILED, "cannot record the spotlight in " + file + ": "
                    + e.getMessage() + "; the file is unchanged", e);
        }
    }

    private static String csvField(String value) {
        return value.matches(".*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
