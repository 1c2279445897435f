package com.rapport.testing;

import com.rapport.ingest.FileImporter;
import com.rapport.ingest.PatientIdHasher;
import com.rapport.ingest.RejectThreshold;
import com.rapport.core.ColumnMappings;
import com.rapport.ingest.format.Layouts;
import com.rapport.report.ReportData;
import com.rapport.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real DuckDB file in a test folder with an importer on it, and its rows as text for assertions. */
public final class ImportFixture implements AutoCloseable {

    public final Database database;
    public final FileImporter importer;

    public ImportFixture(Path folder, ColumnMappings mappings) {
        this(folder, "test.duckdb", mappings, true);
    }

    /** @param engineReader false reads every file row by row (to compare the two readers on one file) */
    public ImportFixture(Path folder, String databaseName, ColumnMappings mappings, boolean engineReader) {
        database = Database.open(folder.resolve(databaseName), "256MB", List.of(folder));
        importer = new FileImporter(database.connection(), new PatientIdHasher("k".getBytes()),
                new RejectThreshold(0.05), new Layouts(mappings), engineReader);
    }

    /** Each row as its values joined by {@code |}, nulls as empty text. */
    public List<String> rows(String sql) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : new ReportData(database.connection()).rows(sql)) {
            out.add(String.join("|", row.values().stream().map(v -> v == null ? "" : v.toString()).toList()));
        }
        return out;
    }

    @Override
    public void close() {
        database.close();
    }
}
