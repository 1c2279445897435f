package com.rapport.identity;

import com.rapport.model.ModelCatalogue;
import com.rapport.model.ModelListener;
import com.rapport.model.ModelRunner;
import com.rapport.store.Alongside;
import com.rapport.store.Database;
import com.rapport.store.Transaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Rebuilds the partner list from every imported contact record and resolves every
 * contact reference of the activity files against it, in one transaction. Graph
 * merging is done here rather than in SQL: union-find over a few hundred thousand
 * records is instant in Java and awkward as recursive SQL.
 */
public final class IdentityStep {

    private final Database database;
    private final String phoneRegion;

    /** @param phoneRegion the country of numbers written without a country code ({@code US}) */
    public IdentityStep(Database database, String phoneRegion) {
        this.database = database;
        this.phoneRegion = phoneRegion;
    }

    /** True when a previous run built the partner list and the resolved activity, and they hold partners. */
    public static boolean built(Database database) throws SQLException {
        try (Statement statement = database.connection().createStatement()) {
            try (ResultSet rs = statement.executeQuery("select (select count(*) from duckdb_tables() "
                    + "where table_name in ('partners', 'contact_assignments', 'reference_map', "
                    + "'duplicate_candidates', 'merge_problems', 'resolved_interactions', 'resolved_referrals', "
                    + "'resolved_progress', 'reference_keys')), "
                    + "(select count(*) from duckdb_types() where type_name = 'partner_key')")) {
                rs.next();
                // A database of an earlier Rapport (its resolved tables shaped otherwise, no progress
                // mark, stored keys or partner ENUM) is rebuilt.
                if (rs.getLong(1) < 9 || rs.getLong(2) == 0) {
                    return false;
                }
            }
            try (ResultSet rs = statement.executeQuery("select count(*) from (select 1 from partners limit 1)")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /**
     * Catches up with the imports marked since the last build ({@link ChangesToResolve}):
     * merges the partners again when a contact export or merges.csv changed, otherwise
     * resolves the new references and activity; nothing when nothing changed. The resolved
     * activity is rebuilt only when an activity file was replaced rather than appended to:
     * a new events.csv or spotlights.csv leaves the millions of resolved rows as they are, since
     * rebuilding them is the costly part of the step.
     */
    public void update() throws SQLException {
        ChangesToResolve changes = ChangesToResolve.read(database.connection());
        if (!built(database) || changes.partnersChanged()) {
            run();
        } else if (changes.any()) {
            refresh(changes.appendedOnly());
        }
    }

    /**
     * Each one-core Java step runs beside DuckDB work: the contact records are merged while
     * DuckDB gathers the distinct references ({@link MergedBesideReferences}), and possible
     * duplicates are sought while the partner list is written and the activity resolved.
     */
    public MergeResult run() throws SQLException {
        Connection connection = database.connection();
        MergedBesideReferences gathered = MergedBesideReferences.gather(database);
        MergeResult merged = gathered.merged();
        Alongside<List<PossibleDuplicate>, RuntimeException> duplicates = Alongside.start(() -> new DuplicateFinder(phoneRegion)
                .find(merged));
        ReferenceResolver resolver = new ReferenceResolver(merged.assignments());
        Transaction.run(connection, () -> {
            database.runScript("/schema/identity.sql");
            IdentityTables tables = new IdentityTables(connection);
            tables.partners(merged.partners());
            tables.mergeProblems(merged.pairProblems());
            tables.assignments(merged);
            tables.references(resolver, gathered.references());
            tables.keys(resolver);
            database.runScript("/schema/resolved.sql");
            resolveActivity();
            tables.duplicates(duplicates.join());
            ChangesToResolve.caughtUp(connection);
            return null;
        });
        return merged;
    }

    /**
     * The partner list is unchanged (no contact export and no merges.csv changed), but
     * activity is new: resolve only the references not seen before, and extend the
     * resolved activity with the appended rows, or rebuild it when a file was replaced.
     */
    private void refresh(boolean appendedOnly) throws SQLException {
        Connection connection = database.connection();
        List<String> references = IdentityInputs.references(connection,
                IdentityInputs.REFERENCES + " except select reference from reference_map");
        Transaction.run(connection, () -> {
            // A month of activity usually names only known contacts: then no resolver is needed.
            if (!references.isEmpty()) {
                new IdentityTables(connection).references(StoredKeys.resolverFor(connection, references), references);
            }
            if (!appendedOnly) {
                database.runScript("/schema/resolved.sql");
            }
            resolveActivity();
            ChangesToResolve.caughtUp(connection);
            return null;
        });
    }

    /** The activity rows not resolved yet, added by the catalogue's kept models, and the mark of how far. */
    private void resolveActivity() throws SQLException {
        new ModelRunner(database.connection(), ModelCatalogue.load(), ModelListener.SILENT).fillKept();
        database.runScript("/schema/resolved-progress.sql");
    }
}
