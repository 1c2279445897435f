package com.rapport.report;

import com.rapport.model.ModelCatalogue;
import com.rapport.model.ModelDefinition;
import com.rapport.pipeline.Settings;
import com.rapport.report.pdf.PdfProtection;
import com.rapport.report.review.ReviewDocument;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;

/**
 * Writes everything a month's review leaves on disk, each file atomically: the model
 * CSVs ({@code data/}), the action lists ({@code actions/}), {@code rejects.csv}, and the PDF.
 */
public final class ReviewOutputs {

    private final Connection connection;
    private final ModelCatalogue catalogue;
    private final Settings settings;
    private final YearMonth month;
    private final Path folder;

    public ReviewOutputs(Connection connection, ModelCatalogue catalogue, Settings settings, YearMonth month,
                         Path folder) {
        this.connection = connection;
        this.catalogue = catalogue;
        this.settings = settings;
        this.month = month;
        this.folder = folder;
    }

    /** Writes the model CSVs, the action lists and the rejects. */
    public void writeData() throws SQLException {
        for (ModelDefinition model : catalogue.exported()) {
            writeQuery(folder.resolve("data").resolve(model.name() + ".csv"), "select * from " + model.name(), false);
        }
        for (ModelDefinition action : catalogue.actions()) {
            writeAction(action.name());
        }
        writeQuery(folder.resolve("rejects.csv"), "select file, line, \"column\", reason, kind from import_issues "
                + "order by file, line, \"column\"", true);
    }

    /** Writes one action list, {@code actions/<name-with-hyphens>.csv}, and returns where. */
    public Path writeAction(String name) {
        Path target = folder.resolve("actions").resolve(name.replace('_', '-') + ".csv");
        writeQuery(target, "select * from " + name, false);
        return target;
    }

    /** Writes the review PDF and returns where. */
    public Path writePdf(PdfProtection protection) {
        Path pdf = folder.resolve("partnership-review-" + month + ".pdf");
        ReportData data = new ReportData(connection);
        AtomicFile.write(pdf, out -> new ReviewDocument(data, settings, month, java.time.LocalDate.now())
                .write(out, protection));
        return pdf;
    }

    private void writeQuery(Path target, String sql, boolean sensitive) {
        AtomicFile.Content content = out -> {
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                SpreadsheetCsv.write(rs, out);
            } catch (SQLException e) {
                throw new java.io.IOException("query for " + target.getFileName() + " failed: " + e.getMessage(), e);
            }
        };
        if (sensitive) {
            AtomicFile.writePrivate(target, content);
        } else {
            AtomicFile.write(target, content);
        }
    }
}
