package com.rapport.report;

import com.rapport.core.AtomicFile;
import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A month's outputs as one unit (docs/promises.md): a review writes them all into
 * a hidden sibling folder, then switches the two folders, so the month folder holds either
 * every old file or every new one. What the review does not write (the spotlight briefs) is
 * linked into the new folder before the switch.
 *
 * <p>The switch is two renames (Java cannot exchange two folders in one): the old folder
 * becomes {@code .<month>.previous}, then the new one takes its name. A run killed between
 * the two leaves the old folder whole under that name, and the next run of the month puts
 * it back before anything else ({@link #recover}).
 */
public final class MonthFolder {

    /** The folders only a review writes into. */
    private static final Set<String> REVIEW_FOLDERS = Set.of("data", "actions");

    private final Path folder;
    private final Path previous;

    public MonthFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.previous = this.folder.resolveSibling("." + this.folder.getFileName() + ".previous");
    }

    public Path path() {
        return folder;
    }

    /**
     * Undoes what a killed run left: the old folder put back if the switch stopped halfway,
     * or removed if only its removal was left, and any half-written new folder removed.
     * No other run can be writing them: the database admits one run at a time.
     */
    public void recover() {
        try {
            if (Files.isDirectory(previous)) {
                if (Files.exists(folder)) {
                    deleteTree(previous);
                } else {
                    Files.move(previous, folder, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            if (Files.isDirectory(folder.getParent())) {
                try (Stream<Path> siblings = Files.list(folder.getParent())) {
                    for (Path staged : siblings.filter(this::isStaged).toList()) {
                        deleteTree(staged);
                    }
                }
            }
        } catch (IOException e) {
            throw failed("cannot tidy " + folder, e);
        }
    }

    /** A new, empty, owner-only folder beside the month's, for its next outputs. */
    public Path stage() {
        try {
            Files.createDirectories(folder.getParent());
            return Files.createTempDirectory(folder.getParent(), "." + folder.getFileName() + ".staging-");
        } catch (IOException e) {
            throw failed("cannot write the outputs of " + folder.getFileName() + " in " + folder.getParent(), e);
        }
    }

    /** Makes the staged folder the month's, keeping the month's files it does not replace; then the old ones go. */
    public void publish(Path staged) {
        try {
            if (Files.isDirectory(folder)) {
                keepOthers(staged);
                Files.move(folder, previous, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(previous, folder, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                deleteTree(previous);
            } else {
                Files.move(staged, folder, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw failed("cannot put the new outputs in place in " + folder, e);
        }
    }

    /** A failure while writing into the staged folder, told of the month folder the user knows. */
    public RapportException named(RapportException e, Path staged) {
        return new RapportException(e.problem(), e.getMessage().replace(staged.toString(), folder.toString()), e);
    }

    /** Removes a staged folder that will not be published (the run failed); the month's folder is untouched. */
    public void discard(Path staged) {
        try {
            if (Files.exists(staged)) {
                deleteTree(staged);
            }
        } catch (IOException ignored) {
            // Hidden and named as staged: the next run of the month removes it.
        }
    }

    /**
     * Links into the staged folder every file of the month that the review did not write (the spotlight briefs).
     * {@code data/} and {@code actions/} are the review's whole: a list it no longer writes (its registry
     * files were removed, an upgrade renamed a model) would otherwise stay beside the new ones.
     */
    private void keepOthers(Path staged) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = folder.relativize(file);
                Path target = staged.resolve(relative.toString());
                if (Files.exists(target) || file.getFileName().toString().endsWith(".tmp")
                        || REVIEW_FOLDERS.contains(relative.getName(0).toString()) && relative.getNameCount() > 1) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try {
                    Files.createLink(target, file);
                } catch (UnsupportedOperationException | IOException noHardLinks) {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private boolean isStaged(Path sibling) {
        return sibling.getFileName().toString().startsWith("." + folder.getFileName() + ".staging-");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static RapportException failed(String what, IOException e) {
        return new RapportException(Problem.OUTPUT_FAILED, what + ": " + AtomicFile.describe(e)
                + "; the previous outputs, if any, are untouched", e);
    }
}
