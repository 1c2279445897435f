package com.rapport.registry;

/** Hears how the reading of a registry file goes, so a terminal can show progress. */
public interface RegistryListener {

    /**
     * Called about twice a second while DuckDB reads a file: how far it is (bytes, from the
     * reader's share done) and about how many rows that is (at the first rows' mean size).
     */
    default void reading(String file, long bytesDone, long bytesTotal, long rows, long nanos) {
    }

    /** Called now and then while a new or changed file's checksum is taken, before it is read. */
    default void checksumming(String file, long bytesDone, long bytesTotal, long nanos) {
    }

    /** A registry file was read, recognised as already read, or refused. */
    default void registryFile(RegistryFileResult result) {
    }
}
