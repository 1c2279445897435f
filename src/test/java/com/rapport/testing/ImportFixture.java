package com.rapport.testing;

import com.rapport.ingest.FileImporter;
import com.rapport.ingest.PatientIdHasher;
import com.rapport.ingest.RejectThreshold;
import com.rapport.ingest.format.ColumnMappings;
import com.rapport.ingest.format.Layouts;
import com.rapport.store.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A real DuckDB file in a test folder with an importer on it, and its rows as text for assertions. */
public final class ImportFixture implements AutoCloseable {

    public final Database database;
    public final FileImporter importer;

    public ImportFixture(Path folder, ColumnMappings mappings) {
        this(folder, "test.duckdb", mappings, FileImporter.ENGINE_MINIMUM_BYTES);
    }

    /** @param engineMinimumBytes 0 reads every activity file with DuckDB's reader, a huge value none */
    public ImportFixture(Path folder, String databaseName, ColumnMappings mappings, long engineMinimumBytes) {
        database = Database.open(folder.resolve(databaseName), "256MB", List.of(folder));
        importer = new FileImporter(database.connection(), new PatientIdHasher("k".getBytes()),
                new RejectThreshold(0.05), new Layouts(mappings), engineMinimumBytes);
    }

    /** Each row as its values joined by {@code |}, nulls as empty text. */
    public List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement statement = database.connection().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    cells.add(value == null ? "" : value.toString());
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }

    @Override
    public void close() {
        database.close();
    }
}
