package com.rapport.identity;

import com.rapport.ingest.InputKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The marks each file's import leaves ({@code changes_to_resolve}), read as the decision the
 * partner step makes from them: merge the partners again, only resolve what is new, or nothing.
 *
 * @param files          how many imported files are marked
 * @param partnerFiles   how many of them are contact exports or merges.csv
 * @param appendedOnly   whether every marked activity file only had rows appended (none replaced)
 */
record ChangesToResolve(long files, long partnerFiles, boolean appendedOnly) {

    static ChangesToResolve read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*), count(*) filter (where kind in ('"
                     + InputKind.CONTACTS + "', '" + InputKind.MERGES + "')), coalesce(bool_and(appended) filter "
                     + "(where kind in ('" + InputKind.INTERACTIONS + "', '" + InputKind.REFERRALS + "')), true) "
                     + "from changes_to_resolve")) {
            rs.next();
            return new ChangesToResolve(rs.getLong(1), rs.getLong(2), rs.getBoolean(3));
        }
    }

    /** Clears the marks, in the transaction that caught up with them. */
    static void caughtUp(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from changes_to_resolve");
        }
    }

    /** A contact export or merges.csv changed: the partner list is merged again. */
    boolean partnersChanged() {
        return partnerFiles > 0;
    }

    boolean any() {
        return files > 0;
    }
}
