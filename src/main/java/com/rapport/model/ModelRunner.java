package com.rapport.model;

import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import com.rapport.store.SqlResources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every model of the catalogue in order ({@code create or replace temp table <name> as
 * <the file's query>}), then runs the checks; a check that returns rows stops the run
 * with the check's name and its first failing rows. The history models wait for
 * {@link #runHistory()}: the table they read is filled after this run.
 */
public final class ModelRunner {

    private static final int ROWS_SHOWN = 3;

    private final Connection connection;
    private final ModelCatalogue catalogue;
    private final ModelListener listener;

    public ModelRunner(Connection connection, ModelCatalogue catalogue, ModelListener listener) {
        this.connection = connection;
        this.catalogue = catalogue;
        this.listener = listener;
    }

    /** Builds every model, then runs every check. */
    public void run() throws SQLException {
        build(catalogue.models());
        try (Statement statement = connection.createStatement()) {
            for (ModelDefinition check : catalogue.checks()) {
                List<String> failures = failingRows(statement, SqlResources.read(check.resource()));
                if (!failures.isEmpty()) {
                    throw new RapportException(Problem.CHECK_FAILED, "check " + check.name() + " failed: "
                            + String.join("; ", failures) + " (nothing was drawn)");
                }
            }
        }
    }

    /** Builds the models that read {@code kpi_history}, once it holds the months they compare. */
    public void runHistory() throws SQLException {
        build(catalogue.history());
    }

    /** Builds the named model and the models it reads (no checks): enough for one number. */
    public void runFor(String name) throws SQLException {
        build(catalogue.neededFor(name));
    }

    /**
     * Adds to each kept model's table the rows its query gives, those not in it yet: the tables
     * stay between runs and are created, and emptied when their inputs are rebuilt, by the step
     * that owns them (the partner step).
     */
    public void fillKept() throws SQLException {
        build(catalogue.kept());
    }

    private void build(List<ModelDefinition> models) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ModelDefinition model : models) {
                long started = System.nanoTime();
                String sql = SqlResources.read(model.resource()).strip();
                try {
                    statement.execute(switch (model.kind()) {
                        case KEPT -> "insert into " + model.name() + " " + sql;
                        case VIEW -> "create or replace temp view " + model.name() + " as " + sql;
                        default -> "create or replace temp table " + model.name() + " as " + sql;
                    });
                } catch (SQLException e) {
                    throw new SQLException("model " + model.path() + " failed: " + e.getMessage(), e);
                }
                listener.built(model, System.nanoTime() - started);
            }
        }
    }

    private static List<String> failingRows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next() && rows.size() < ROWS_SHOWN) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i > 1 ? ", " : "").append(meta.getColumnName(i)).append('=').append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
