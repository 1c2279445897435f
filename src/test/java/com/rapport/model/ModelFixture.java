package com.rapport.model;

import com.rapport.identity.IdentityStep;
import com.rapport.pipeline.Pipeline;
import com.rapport.pipeline.PipelineListener;
import com.rapport.pipeline.RunOptions;
import com.rapport.core.Settings;
import com.rapport.report.ReportData;
import com.rapport.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny data folder written from given rows, imported through the real importer into a
 * real DuckDB file, with the models built for a month: golden tests compare model rows
 * with the rows worked out by hand.
 */
final class ModelFixture {

    static final String CONTACTS_HEADER = "contact_id,full_name,organization,category,email,npi,network_size,"
            + "introduced_by,spotlight_opt_out";
    static final String REFERRALS_HEADER = "referral_id,date,direction,partner,patient_id,status";
    static final String INTERACTIONS_HEADER = "interaction_id,date,contact,type,direction,event_id,amount";
    static final String EVENTS_HEADER = "event_id,date,name,kind";
    static final String SPOTLIGHTS_HEADER = "month,partner";

    private final Path folder;
    /** Each file of the data folder with its header and the rows added so far. */
    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private String properties = "";

    ModelFixture(Path folder) {
        this.folder = folder;
        files.put("contacts/contacts.csv", new ArrayList<>(List.of(CONTACTS_HEADER)));
        files.put("referrals.csv", new ArrayList<>(List.of(REFERRALS_HEADER)));
        files.put("interactions.csv", new ArrayList<>(List.of(INTERACTIONS_HEADER)));
        files.put("events.csv", new ArrayList<>(List.of(EVENTS_HEADER)));
        files.put("spotlights.csv", new ArrayList<>(List.of(SPOTLIGHTS_HEADER)));
    }

    private ModelFixture add(String file, String line) {
        files.get(file).add(line);
        return this;
    }

    ModelFixture contact(String line) {
        return add("contacts/contacts.csv", line);
    }

    /** A partner with only an id, a name and a category. */
    ModelFixture partner(String id, String name, String category) {
        return contact(id + "," + name + ",," + category + ",,,,,");
    }

    ModelFixture referral(String line) {
        return add("referrals.csv", line);
    }

    ModelFixture interaction(String line) {
        return add("interactions.csv", line);
    }

    ModelFixture event(String line) {
        return add("events.csv", line);
    }

    ModelFixture spotlight(String line) {
        return add("spotlights.csv", line);
    }

    /** A pair confirmed in merges.csv (the file is written only when a test confirms a pair). */
    ModelFixture merge(String line) {
        files.computeIfAbsent("merges.csv", f -> new ArrayList<>(List.of("reference_a,reference_b")));
        return add("merges.csv", line);
    }

    ModelFixture properties(String text) {
        this.properties = text;
        return this;
    }

    /** Imports the folder and builds every model for the month. */
    Built build(YearMonth month) throws Exception {
        Path data = folder.resolve("data");
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            Path path = data.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, String.join("\n", file.getValue()) + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(data.resolve("rapport.properties"), properties);
        importAgain(month);
        Database database = open();
        ReportParameters.write(database.connection(), month, Settings.load(data), true);
        new ModelRunner(database.connection(), ModelCatalogue.load(), ModelListener.SILENT).run();
        return new Built(database);
    }

    /**
     * Imports what changed in the fixture's data folder since the last import (files edited in
     * place), and brings the partner list up to date, as a review does before its models.
     */
    void importAgain(YearMonth month) throws SQLException {
        Path data = folder.resolve("data");
        new Pipeline(new RunOptions(data, folder.resolve("out"), database(), month,
                Map.of("RAPPORT_PATIENT_KEY", "test-key")), PipelineListener.SILENT).importData();
        try (Database database = open()) {
            new IdentityStep(database, Settings.load(data).phoneRegion()).update();
        }
    }

    /** The data folder the fixture is written to: a test may add files of its own (registry/, say). */
    Path dataFolder() {
        return folder.resolve("data");
    }

    Path database() {
        return folder.resolve("fixture.duckdb");
    }

    Database open() {
        return Database.open(database(), "512MB");
    }

    /** The built models, queried as text rows (nulls as empty), the way the CSVs show them. */
    static final class Built implements AutoCloseable {
        private final Database database;

        Built(Database database) {
            this.database = database;
        }

        List<String> rows(String sql) {
            List<String> rows = new ArrayList<>();
            for (Map<String, Object> row : new ReportData(database.connection()).rows(sql)) {
                List<String> cells = new ArrayList<>();
                for (Object value : row.values()) {
                    cells.add(value == null ? "" : value instanceof Double d
                            ? com.rapport.report.SpreadsheetCsv.decimal(d) : value.toString());
                }
                rows.add(String.join(",", cells));
            }
            return rows;
        }

        /**
         * The rows of the query after the given changes to the built tables, all rolled back after:
         * a check is shown failing on a broken table without spoiling the class's other tests.
         */
        List<String> rowsAfter(String query, String... changes) throws SQLException {
            Connection connection = database.connection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String change : changes) {
                    statement.execute(change);
                }
                return rows(query);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
