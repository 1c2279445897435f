package com.rapport.identity;

import com.rapport.ingest.InputKind;
import com.rapport.store.Alongside;
import com.rapport.store.Database;
import com.rapport.store.PackedRows;
import com.rapport.store.Transaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rebuilds the partner list from every imported contact record and resolves every
 * contact reference of the activity files against it, in one transaction. Graph
 * merging is done here rather than in SQL: union-find over a few hundred thousand
 * records is instant in Java and awkward as recursive SQL.
 */
public final class IdentityStep {

    private static final String REFERENCES = """
            select contact from raw_interactions
            union select partner from raw_referrals
            union select partner from raw_spotlights
            union select introduced_by from raw_contacts where introduced_by is not null
            """;

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
     * Catches up with the imports marked since the last build ({@code changes_to_resolve}):
     * merges the partners again when a contact export or merges.csv changed, otherwise
     * resolves the new references and activity; nothing when nothing changed. The resolved
     * activity is rebuilt only when an activity file was replaced rather than appended to:
     * a new events.csv or spotlights.csv leaves its 12M rows as they are (2 s at that size).
     */
    public void update() throws SQLException {
        long changed;
        long partnerFiles;
        boolean appendedOnly;
        try (Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery("select count(*), count(*) filter (where kind in ('"
                     + InputKind.CONTACTS + "', '" + InputKind.MERGES + "')), coalesce(bool_and(appended) filter "
                     + "(where kind in ('" + InputKind.INTERACTIONS + "', '" + InputKind.REFERRALS + "')), true) "
                     + "from changes_to_resolve")) {
            rs.next();
            changed = rs.getLong(1);
            partnerFiles = rs.getLong(2);
            appendedOnly = rs.getBoolean(3);
        }
        if (!built(database) || partnerFiles > 0) {
            run();
        } else if (changed > 0) {
            refresh(appendedOnly);
        }
    }

    /**
     * Each one-core Java step runs beside DuckDB work: the contact records are merged while
     * DuckDB gathers the distinct references on a connection of its own, and possible
     * duplicates are sought while the partner list is written and the activity resolved.
     */
    public MergeResult run() throws SQLException {
        Connection connection = database.connection();
        Gathered gathered = database.withSmallCache(() -> {
            Connection own = connection.unwrap(DuckDBConnection.class).duplicate();
            Alongside<List<String>, SQLException> references = Alongside.start(() -> {
                try (own) {
                    return readReferences(own, REFERENCES);
                }
            });
            try {
                MergeResult merged = new PartnerMerger().merge(readContacts(connection), readConfirmedPairs(connection));
                return new Gathered(merged, references.join());
            } finally {
                references.settle();
            }
        });
        MergeResult merged = gathered.merged();
        List<String> references = gathered.references();
        Alongside<List<PossibleDuplicate>, RuntimeException> duplicates = Alongside.start(() -> new DuplicateFinder(phoneRegion)
                .find(merged));
        ReferenceResolver resolver = new ReferenceResolver(merged.assignments());
        Transaction.run(connection, () -> {
            database.runScript("/schema/identity.sql");
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            try (DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "partners")) {
                for (Partner p : merged.partners()) {
                    out.beginRow();
                    appendAll(out, p.partnerId(), p.name(), p.organization(), p.role(), p.category(), p.email(),
                            p.phone(), p.npi(), p.city(), p.postalCode());
                    appendNullable(out, p.networkSize());
                    appendAll(out, p.introducedBy());
                    out.append(p.spotlightOptOut());
                    appendNullable(out, p.updatedAt());
                    out.append(p.records());
                    appendAll(out, p.credential());
                    out.endRow();
                }
            }
            try (DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "merge_problems")) {
                for (ConfirmedPair.Problem p : merged.pairProblems()) {
                    out.beginRow();
                    out.append(p.file());
                    out.append(p.row());
                    appendAll(out, p.column(), p.reference(), p.problem());
                    out.endRow();
                }
            }
            try (DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "contact_assignments")) {
                Map<String, String> names = new HashMap<>();
                merged.partners().forEach(p -> names.put(p.partnerId(), p.name()));
                for (RecordAssignment a : merged.assignments()) {
                    out.beginRow();
                    out.append(a.record().sourceFile());
                    out.append(a.record().recordNo());
                    appendAll(out, a.partnerId(), names.get(a.partnerId()), a.matchedBy());
                    out.endRow();
                }
            }
            appendReferences(connection, resolver, references);
            try (DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "reference_keys")) {
                resolver.forEachKey(key -> {
                    out.beginRow();
                    appendAll(out, key.kind().name(), key.key(), key.partnerId());
                    out.endRow();
                });
            }
            database.runScript("/schema/resolved.sql");
            database.runScript("/schema/resolve-activity.sql");
            try (DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "duplicate_candidates")) {
                for (PossibleDuplicate d : duplicates.join()) {
                    out.beginRow();
                    appendAll(out, d.partnerIdA(), d.nameA(), d.partnerIdB(), d.nameB(), d.evidence());
                    out.endRow();
                }
            }
            caughtUp(connection);
            return null;
        });
        return merged;
    }

    /** The merged partner list and the references it resolves, gathered side by side. */
    private record Gathered(MergeResult merged, List<String> references) {
    }

    /**
     * The partner list is unchanged (no contact export and no merges.csv changed), but
     * activity is new: resolve only the references not seen before, and extend the
     * resolved activity with the appended rows, or rebuild it when a file was replaced.
     */
    private void refresh(boolean appendedOnly) throws SQLException {
        Connection connection = database.connection();
        List<String> references = readReferences(connection, REFERENCES + " except select reference from reference_map");
        Transaction.run(connection, () -> {
            // A month of activity usually names only known contacts: then no resolver is needed.
            if (!references.isEmpty()) {
                appendReferences(connection, storedResolver(connection, references), references);
            }
            if (!appendedOnly) {
                database.runScript("/schema/resolved.sql");
            }
            database.runScript("/schema/resolve-activity.sql");
            caughtUp(connection);
            return null;
        });
    }

    private static void caughtUp(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from changes_to_resolve");
        }
    }

    /**
     * The resolver of the partner list as it stands, for these references: the stored keys
     * they would be looked up by (a few rows, where rebuilding it would read and fold every
     * contact record).
     */
    private static ReferenceResolver storedResolver(Connection connection, List<String> references)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create or replace temp table reference_lookups (kind varchar, key varchar)");
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            try (DuckDBAppender out = duck.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA,
                    "reference_lookups")) {
                for (String reference : references) {
                    for (Map.Entry<ReferenceResolver.KeyKind, String> key
                            : ReferenceResolver.lookupKeys(reference).entrySet()) {
                        out.beginRow();
                        appendAll(out, key.getKey().name(), key.getValue());
                        out.endRow();
                    }
                }
            }
            List<ReferenceResolver.StoredKey> keys = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select distinct stored.kind, stored.key, stored.partner_id "
                    + "from reference_keys as stored join reference_lookups as wanted using (kind, key)")) {
                while (rs.next()) {
                    keys.add(new ReferenceResolver.StoredKey(ReferenceResolver.KeyKind.valueOf(rs.getString(1)),
                            rs.getString(2), rs.getString(3)));
                }
            }
            statement.execute("drop table reference_lookups");
            return ReferenceResolver.ofStoredKeys(keys);
        }
    }

    private static void appendReferences(Connection connection, ReferenceResolver resolver, List<String> references)
            throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender out = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "reference_map")) {
            for (String reference : references) {
                ReferenceResolver.Resolution resolution = resolver.resolve(reference);
                out.beginRow();
                appendAll(out, reference, resolution.partnerId(), resolution.problem());
                out.endRow();
            }
        }
    }

    private static final List<String> CONTACT_COLUMNS = List.of("source_file", "record_no", "contact_id", "full_name",
            "first_name", "last_name", "organization", "role", "category", "email", "phone", "npi", "city",
            "postal_code", "network_size", "introduced_by", "spotlight_opt_out", "updated_at", "other_emails");

    /** Every contact record, read packed (see {@link PackedRows}): 0.3-0.4 s quicker for 163k records. */
    private static List<ContactRecord> readContacts(Connection connection) throws SQLException {
        List<ContactRecord> records = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select " + PackedRows.packed(CONTACT_COLUMNS)
                     + " from raw_contacts")) {
            while (rs.next()) {
                String[] v = PackedRows.unpack(rs.getString(1), CONTACT_COLUMNS.size());
                records.add(new ContactRecord(v[0], Long.parseLong(v[1]), v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                        v[9], v[10], v[11], v[12], v[13], v[14] == null ? null : Integer.valueOf(v[14]), v[15],
                        v[16] == null ? null : Boolean.valueOf(v[16]), v[17] == null ? null : LocalDate.parse(v[17]),
                        v[18]));
            }
        }
        return records;
    }

    private static List<ConfirmedPair> readConfirmedPairs(Connection connection) throws SQLException {
        List<ConfirmedPair> pairs = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select source_file, record_no, reference_a, reference_b "
                     + "from raw_merges order by source_file, record_no")) {
            while (rs.next()) {
                pairs.add(new ConfirmedPair(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        }
        return pairs;
    }

    private static List<String> readReferences(Connection connection, String query) throws SQLException {
        List<String> references = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                references.add(rs.getString(1));
            }
        }
        return references;
    }

    private static void appendAll(DuckDBAppender out, String... values) throws SQLException {
        for (String value : values) {
            if (value == null) {
                out.appendNull();
            } else {
                out.append(value);
            }
        }
    }

    private static void appendNullable(DuckDBAppender out, Object value) throws SQLException {
        if (value == null) {
            out.appendNull();
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else {
            out.append((LocalDate) value);
        }
    }
}
