package com.rapport.identity;

import com.rapport.store.Alongside;
import com.rapport.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * The partner list merged from every contact record while DuckDB gathers the distinct
 * references on a connection of its own: one core merges in Java, the other scans the
 * activity. DuckDB's cache is small meanwhile, so the two do not peak together.
 */
record MergedBesideReferences(MergeResult merged, List<String> references) {

    static MergedBesideReferences gather(Database database) throws SQLException {
        Connection connection = database.connection();
        return database.withSmallCache(() -> {
            Connection own = connection.unwrap(DuckDBConnection.class).duplicate();
            Alongside<List<String>, SQLException> references = Alongside.start(() -> {
                try (own) {
                    return IdentityInputs.references(own, IdentityInputs.REFERENCES);
                }
            });
            try {
                MergeResult merged = new PartnerMerger().merge(IdentityInputs.contacts(connection),
                        IdentityInputs.confirmedPairs(connection));
                return new MergedBesideReferences(merged, references.join());
            } finally {
                references.settle();
            }
        });
    }
}
