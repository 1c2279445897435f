package com.rapport.identity;

import com.rapport.store.PackedRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the partner step reads from the imported tables: contact records, confirmed pairs, references. */
final class IdentityInputs {

    /** Every distinct contact reference of the activity, the spotlights and the introductions. */
    static final String REFERENCES = """
            select contact from raw_interactions
            union select partner from raw_referrals
            union select partner from raw_spotlights
            union select introduced_by from raw_contacts where introduced_by is not null
            """;

    private static final List<String> CONTACT_COLUMNS = List.of("source_file", "record_no", "contact_id", "full_name",
            "first_name", "last_name", "organization", "role", "category", "email", "phone", "npi", "city",
            "postal_code", "network_size", "introduced_by", "spotlight_opt_out", "updated_at", "other_emails");

    private IdentityInputs() {
    }

    /** Every contact record, read packed (see {@link PackedRows}): one text per row, as the driver pays per cell. */
    static List<ContactRecord> contacts(Connection connection) throws SQLException {
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

    static List<ConfirmedPair> confirmedPairs(Connection connection) throws SQLException {
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

    static List<String> references(Connection connection, String query) throws SQLException {
        List<String> references = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                references.add(rs.getString(1));
            }
        }
        return references;
    }
}
