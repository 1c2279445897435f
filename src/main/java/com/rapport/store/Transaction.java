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

    /** The work done inside the transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    public static <T> T run(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
