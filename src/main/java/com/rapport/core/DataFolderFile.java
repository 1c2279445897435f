package com.rapport.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Only regular files inside the data folder are read: a link that leads out of it (to
 * {@code /etc/passwd}, to the patient-id key) or to a device is refused by its own name,
 * and nothing of what it points at is ever read or echoed. The data folder may itself be a link.
 */
public final class DataFolderFile {

    private DataFolderFile() {
    }

    /** Why {@code file} (which exists, as a link at least) may not be read, or empty when it may. */
    public static Optional<String> refusal(Path folder, Path file) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                return Optional.of("a link to a file outside the data folder; copy the file into the folder instead");
            }
            if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("not a regular file; put the export itself in the data folder");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("a link to a file that does not exist");
        }
    }
}
