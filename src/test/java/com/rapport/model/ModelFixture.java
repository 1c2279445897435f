package com.rapport.model;

import com.rapport.pipeline.Pipeline;
import com.rapport.pipeline.PipelineListener;
import com.rapport.pipeline.RunOptions;
import com.rapport.pipeline.Settings;
import com.rapport.report.ReportData;
import com.rapport.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
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
    private final List<String> contacts = new ArrayList<>();
    private final List<String> referrals = new ArrayList<>();
    private final List<String> interactions = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<String> spotlights = new ArrayList<>();
    private String properties = "";

    ModelFixture(Path folder) {
        this.folder = folder;
    }

    ModelFixture contact(String line) {
        contacts.add(line);
        return this;
    }

    /** A partner with only an id, a name and a category. */
    ModelFixture partner(String id, String name, String category) {
        return contact(id + "," + name + ",," + category + ",,,,,");
    }

    ModelFixture referral(String line) {
        referrals.add(line);
        return this;
    }

    ModelFixture interaction(String line) {
        interactions.add(line);
        return this;
    }

    ModelFixture event(String line) {
        events.add(line);
        return this;
    }

    ModelFixture spotlight(String line) {
        spotlights.add(line);
        return this;
    }

    ModelFixture properties(String text) {
        this.properties = text;
        return this;
    }

    /** Imports the folder and builds every model for the month. */
    Built build(YearMonth month) throws Exception {
        Path data = folder.resolve("data");
        write(data.resolve("contacts/contacts.csv"), CONTACTS_HEADER, contacts);
        write(data.resolve("referrals.csv"), REFERRALS_HEADER, referrals);
        write(data.resolve("interactions.csv"), INTERACTIONS_HEADER, interactions);
        write(data.resolve("events.csv"), EVENTS_HEADER, events);
        write(data.resolve("spotlights.csv"), SPOTLIGHTS_HEADER, spotlights);
        Files.writeString(data.resolve("rapport.properties"), properties);
        RunOptions options = new RunOptions(data, folder.resolve("out"), folder.resolve("fixture.duckdb"), month,
                Map.of("RAPPORT_PATIENT_KEY", "test-key"));
        new Pipeline(options, PipelineListener.SILENT).importData();
        Database database = Database.open(options.database(), "512MB");
        ReportParameters.write(database.connection(), month, Settings.load(data), true);
        new ModelRunner(database.connection(), ModelCatalogue.load(), ModelListener.SILENT).run();
        return new Built(database);
    }

    private static void write(Path file, String header, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, header + "\n" + String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"),
                StandardCharsets.UTF_8);
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

        @Override
        public void close() {
            database.close();
        }
    }
}
