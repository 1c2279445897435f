package com.rapport.registry;

import com.rapport.core.ProspectSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The prospects model's bind parameters, as small tables: the practice's NPI and postal code
 * ({@code practice_location}, one row), the ZIP prefixes that override its area
 * ({@code prospect_zip3}) and the taxonomy prefixes looked for ({@code prospect_taxonomies}).
 */
public final class ProspectParameters {

    private ProspectParameters() {
    }

    public static void write(Connection connection, ProspectSettings settings) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create or replace temp table practice_location (npi varchar, postal_code varchar)");
            statement.execute("create or replace temp table prospect_zip3 (zip3 varchar)");
            statement.execute("create or replace temp table prospect_taxonomies (prefix varchar)");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into practice_location values (?, ?)")) {
            insert.setString(1, settings.practiceNpi());
            insert.setString(2, settings.practicePostalCode());
            insert.executeUpdate();
        }
        insertEach(connection, "prospect_zip3", settings.zip3());
        insertEach(connection, "prospect_taxonomies", settings.taxonomies());
    }

    private static void insertEach(Connection connection, String table, java.util.List<String> values)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table + " values (?)")) {
            for (String value : values) {
                insert.setString(1, value);
                insert.executeUpdate();
            }
        }
    }
}
