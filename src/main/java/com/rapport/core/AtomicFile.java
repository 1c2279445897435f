package com.rapport.core;

import com.rapport.core.RapportException.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes an output through a temporary file in the same folder, then moves it into place,
 * so a failed or killed run never leaves a half-written file where a good one was.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills a file that exists (a writer that opens the file by name, such as DuckDB's COPY). */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    public static void write(Path target, Content content) {
        writeFile(target, streamed(content), false);
    }

    /** As {@link #write}, readable by the owner only (files that carry sensitive rows). */
    public static void writePrivate(Path target, Content content) {
        writeFile(target, streamed(content), true);
    }

    /** As {@link #write}, for a writer that opens the temporary file by name; with {@code ownerOnly} it stays private. */
    public static void writeFile(Path target, FileContent content, boolean ownerOnly) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            removeLeftovers(folder, target);
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            if (ownerOnly) {
                restrict(temp);
            }
            content.writeTo(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new RapportException(Problem.OUTPUT_FAILED, "cannot write " + target + ": " + describe(e)
                    + "; the previous version, if any, is untouched", e);
        }
    }

    private static FileContent streamed(Content content) {
        return file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
        };
    }

    /**
     * Temporary files a killed run left for this target. No other run can be writing them:
     * the database lock admits one run at a time.
     */
    private static void removeLeftovers(Path folder, Path target) throws IOException {
        try (var leftovers = Files.newDirectoryStream(folder, "." + target.getFileName() + "*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /**
     * Removes the temporary files a killed run left anywhere under {@code folder}; true, so
     * it can close a check. No other run can be writing them: the database admits one run.
     */
    public static boolean clearLeftovers(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        }
        return true;
    }

    public static String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("No space left")) {
            return "the disk is full";
        }
        if (e instanceof java.nio.file.AccessDeniedException || message.contains("Read-only")) {
            return "the folder is not writable";
        }
        return message;
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions apply.
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The temporary file is hidden and named as such; it harms nothing if it stays.
            }
        }
    }
}
