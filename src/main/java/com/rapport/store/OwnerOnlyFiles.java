package com.rapport.store;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.FileSystems;

/**
 * Every file this run creates is owner-only from the moment it exists, whatever umask the
 * user started it with: DuckDB creates the write-ahead log (again after each checkpoint)
 * and its spill files itself, so setting their modes afterwards would always be late.
 * Java cannot set the umask; the C library's {@code umask} does, for the whole process.
 */
public final class OwnerOnlyFiles {

    /** Group and others may neither read, write nor search what is created. */
    private static final int GROUP_AND_OTHERS = 0077;

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
        CLibrary c = Native.load("c", CLibrary.class);
        c.umask(GROUP_AND_OTHERS);
        restricted = true;
    }
}
