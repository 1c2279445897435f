package com.rapport.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work as one explicit transaction: committed whole, or rolled back whole on any
 * failure, with the connection's auto-commit mode restored either way.
 */
public final class Transaction {

    private Transaction() {
    }

    /** Work against the database: done inside a transaction, or with a small cache ({@link Database#withSmallCache}). */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    public static <T> T run(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Exception failure = null;
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            failure = e;
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            // After a failed commit (a full disk) there is no transaction left to end; the
            // error that matters is the first one, not this follow-up.
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException restore) {
                if (failure == null) {
                    throw restore;
                }
                failure.addSuppressed(restore);
            }
        }
    }
}
