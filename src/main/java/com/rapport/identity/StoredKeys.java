package com.rapport.identity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The resolver of the partner list as it stands, for a few new references: the stored keys
 * they would be looked up by (a few rows, where rebuilding it would read and fold every
 * contact record).
 */
final class StoredKeys {

    private StoredKeys() {
    }

    static ReferenceResolver resolverFor(Connection connection, List<String> references) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create or replace temp table reference_lookups (kind varchar, key varchar)");
            try (RowAppender out = RowAppender.intoTemp(connection, "reference_lookups")) {
                for (String reference : references) {
                    for (Map.Entry<ReferenceResolver.KeyKind, String> key
                            : ReferenceResolver.lookupKeys(reference).entrySet()) {
                        out.row(key.getKey().name(), key.getValue());
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
}
