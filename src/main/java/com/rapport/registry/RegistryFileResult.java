package com.rapport.registry;

/** What happened to one file of {@code registry/}: read (with its rows), already read, or refused (why). */
public record RegistryFileResult(String file, Status status, long rows, long bytes, long nanos, String message) {

    /** What happened to the file as a whole. */
    public enum Status { READ, ALREADY_READ, REFUSED }
}
