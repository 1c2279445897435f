package com.rapport.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work started on another thread while the caller goes on with its own: on two cores, a
 * step that keeps one core busy in Java leaves the other to DuckDB. Its failure comes back,
 * as it was thrown (an {@code SQLException}, an {@code IOException}), where the result is awaited.
 *
 * @param <E> the checked exception the work may throw
 */
public final class Alongside<T, E extends Exception> {

    /** Work that may throw {@code E}. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private final CompletableFuture<T> result;

    private Alongside(CompletableFuture<T> result) {
        this.result = result;
    }

    public static <T, E extends Exception> Alongside<T, E> start(Work<T, E> work) {
        return new Alongside<>(CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }));
    }

    @SuppressWarnings("unchecked") // the work throws E or unchecked exceptions only
    public T join() throws E {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (E) e.getCause();
        }
    }

    /** Waits for the work whatever its outcome: a connection it uses must close before the database does. */
    public void settle() {
        result.handle((done, failure) -> null).join();
    }
}
