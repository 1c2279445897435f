package com.rapport.model;

import com.rapport.store.SqlResources;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the catalogue's kept models ({@code kept}): tables that stay between runs because
 * rebuilding them for every month would cost more than the months' models. Each model's query
 * gives the rows its table does not hold yet, which are appended; the table itself is created,
 * and emptied when its inputs are rebuilt, by the step that owns it (the partner step).
 */
public final class KeptModels {

    private KeptModels() {
    }

    public static void fill(Connection connection, ModelCatalogue catalogue) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ModelDefinition model : catalogue.kept()) {
                try {
                    statement.execute("insert into " + model.name() + " "
                            + SqlResources.read(model.resource()).strip());
                } catch (SQLException e) {
                    throw new SQLException("model " + model.path() + " failed: " + e.getMessage(), e);
                }
            }
        }
    }
}
