package com.rapport.registry;

/** Hears how the reading of a registry file goes, so a terminal can show progress. */
public interface RegistryListener {

    /**
     * Called about twice a second while DuckDB reads a file: how far it is (bytes, estimated
     * from the reader's share done) and how many rows it has passed.
     */
    default void reading(String file, long bytesDone, long bytesTotal, long rows, long nanos) {
    }

    /** A registry file was read, recognised as already read, or refused. */
    default void registryFile(RegistryFileResult result) {
    }
}
