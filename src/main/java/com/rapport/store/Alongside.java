package com.rapport.store;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work started on another thread while the caller goes on with its own: on two cores, a
 * step that keeps one core busy in Java leaves the other to DuckDB. Its failure comes back,
 * as it was thrown, where the result is awaited.
 */
public final class Alongside<T> {

    private final CompletableFuture<T> result;

    private Alongside(CompletableFuture<T> result) {
        this.result = result;
    }

    public static <T> Alongside<T> start(Transaction.Work<T> work) {
        return new Alongside<>(CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }));
    }

    public T join() throws SQLException {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Waits for the work whatever its outcome: a connection it uses must close before the database does. */
    public void settle() {
        result.handle((done, failure) -> null).join();
    }
}
