package com.rapport.report;

import com.rapport.core.AtomicFile;
import com.rapport.model.ModelCatalogue;
import com.rapport.model.ModelDefinition;
import com.rapport.core.Settings;
import com.rapport.report.pdf.DocumentDate;
import com.rapport.report.pdf.PdfProtection;
import com.rapport.report.review.ReviewDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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
    /** Names the inputs the month's outputs were written from (a hash; nothing to read in it). */
    private static final String STAMP = ".rapport-review";

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
        for (ModelDefinition model : written(catalogue.exported())) {
            writeRows(folder.resolve("data").resolve(model.name() + ".csv"), model.name(), "rowid", false);
        }
        for (ModelDefinition action : written(catalogue.actions())) {
            writeAction(action.name());
        }
        writeRows(folder.resolve("rejects.csv"), "(select file, line, \"column\", reason, kind from import_issues)",
                "file, line, \"column\", reason, kind", true);
    }

    /** The outputs of this run: those of the registry models only when registry/ held NPPES or CMS files. */
    private List<ModelDefinition> written(List<ModelDefinition> outputs) {
        boolean registry = new ReportData(connection).row("select count(*) as files from registry_files "
                + "where kind in ('nppes', 'medicare')").get("files") instanceof Number n && n.longValue() > 0;
        return outputs.stream().filter(m -> registry || !m.fromRegistry()).toList();
    }

    /** Writes one action list, {@code actions/<name-with-hyphens>.csv}, and returns where. */
    public Path writeAction(String name) {
        Path target = folder.resolve("actions").resolve(name.replace('_', '-') + ".csv");
        writeRows(target, name, "rowid", false);
        return target;
    }

    /** Where the review PDF is written. */
    public Path pdf() {
        return folder.resolve("partnership-review-" + month + ".pdf");
    }

    /**
     * True when every output of the month is on disk and the last complete run recorded
     * this stamp (the leftovers of a killed run are then cleared); false when anything
     * cannot be read, so the month is written again.
     */
    public boolean writtenFrom(String stamp) {
        List<Path> expected = new ArrayList<>(List.of(pdf(), folder.resolve("rejects.csv")));
        written(catalogue.exported()).forEach(m -> expected.add(folder.resolve("data").resolve(m.name() + ".csv")));
        written(catalogue.actions()).forEach(a -> expected.add(folder.resolve("actions").resolve(a.name().replace('_', '-') + ".csv")));
        Path recorded = folder.resolve(STAMP);
        try {
            return expected.stream().allMatch(Files::isRegularFile) && Files.isRegularFile(recorded)
                    && Files.readString(recorded).strip().equals(stamp) && AtomicFile.clearLeftovers(folder);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Written last: the outputs before it are complete and come from these inputs. */
    public void recordStamp(String stamp) {
        AtomicFile.write(folder.resolve(STAMP), out -> out.write((stamp + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the review PDF and returns where. */
    public Path writePdf(PdfProtection protection, DocumentDate date) {
        Path pdf = pdf();
        ReportData data = new ReportData(connection);
        AtomicFile.write(pdf, out -> new ReviewDocument(data, settings, month, date).write(out, protection));
        return pdf;
    }

    private void writeRows(Path target, String relation, String orderBy, boolean sensitive) {
        AtomicFile.writeFile(target, file -> {
            try {
                SpreadsheetCsv.copy(connection, relation, orderBy, file);
            } catch (SQLException e) {
                throw new java.io.IOException("query for " + target.getFileName() + " failed: " + e.getMessage(), e);
            }
        }, sensitive);
    }
}
