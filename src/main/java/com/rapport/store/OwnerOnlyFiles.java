package com.rapport.store;

import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every file this run creates is owner-only from the moment it exists, whatever umask the
 * user started it with: DuckDB creates the write-ahead log (again after each checkpoint)
 * and its spill files itself, so setting their modes afterwards would always be late.
 * Java cannot set the umask; the C library's {@code umask} does, for the whole process.
 */
public final class OwnerOnlyFiles {

    /** Group and others may neither read, write nor search what is created. */
    private static final int GROUP_AND_OTHERS = 0077;

    /**
     * JNA unpacks its native part into a temporary folder; where it cannot (a read-only home,
     * a folder mounted noexec) it logs a stack trace before failing. The failure is told in one line instead.
     */
    private static final Logger JNA_LOG = Logger.getLogger("com.sun.jna.Native");

    private static boolean restricted;

    private OwnerOnlyFiles() {
    }

    /** The part of the C library this needs. */
    private interface CLibrary extends Library {
        int umask(int mask);
    }

    public static synchronized void fromNowOn() {
        if (restricted || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            JNA_LOG.setLevel(Level.OFF);
            CLibrary c = Native.load("c", CLibrary.class);
            c.umask(GROUP_AND_OTHERS);
        } catch (LinkageError e) {
            if (!startedOwnerOnly()) {
                String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                throw new RapportException(Problem.OUTPUT_FAILED, "cannot make this run's files owner-only: JNA could "
                        + "not load the C library (" + why + "); start Rapport under 'umask 077', or give JNA a "
                        + "writable folder with -Djna.tmpdir=<folder>");
            }
        }
        restricted = true;
    }

    /** Linux shows a process's umask in /proc/self/status: one started under umask 077 needs no help. */
    private static boolean startedOwnerOnly() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Umask:"))
                    .anyMatch(l -> (Integer.parseInt(l.substring("Umask:".length()).strip(), 8) & GROUP_AND_OTHERS)
                            == GROUP_AND_OTHERS);
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }
}
