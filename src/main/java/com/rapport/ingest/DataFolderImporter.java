package com.rapport.ingest;

import com.rapport.core.DataFolderFile;
import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import com.rapport.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports a data folder: every contact export in {@code contacts/}, then the activity,
 * referral, event and spotlight files. Each file is its own transaction, so a refused
 * file costs only itself; missing optional files mean "no such records".
 */
public final class DataFolderImporter {

    private final FileImporter importer;
    private final ImportListener listener;

    public DataFolderImporter(FileImporter importer, ImportListener listener) {
        this.importer = importer;
        this.listener = listener;
    }

    public ImportSummary importFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RapportException(Problem.MISSING_INPUT, "data folder " + folder + " does not exist");
        }
        List<FileImportResult> results = new ArrayList<>();
        try {
            for (InputKind kind : InputKind.values()) {
                importer.removeSetAside(kind);
            }
        } catch (SQLException e) {
            throw databaseError(e);
        }
        // A practice without a contact export yet still gets its review (every section says there is
        // nothing yet); without the referral log too, the folder is more likely the wrong one.
        List<Path> contacts = contactExports(folder);
        if (contacts.isEmpty() && !Files.isRegularFile(folder.resolve("referrals.csv"))) {
            throw new RapportException(Problem.MISSING_INPUT, "no contact export in " + folder.resolve("contacts")
                    + " and no referrals.csv in " + folder + "; is this the data folder? (--data)");
        }
        if (!Files.exists(folder.resolve("referrals.csv"), LinkOption.NOFOLLOW_LINKS)) {
            Path spreadsheet = spreadsheets(folder).stream().filter(p -> kindOf(p.getFileName().toString())
                    == InputKind.REFERRALS).findFirst().orElse(null);
            throw new RapportException(Problem.MISSING_INPUT, spreadsheet != null
                    ? "no referrals.csv in " + folder + "; " + Spreadsheets.message(spreadsheet.getFileName().toString())
                    : "no referrals.csv in " + folder + "; it is the one activity file Rapport cannot work without");
        }
        for (Path contact : contacts) {
            results.add(importOne(folder, contact, "contacts/" + contact.getFileName(), InputKind.CONTACTS));
        }
        for (Path spreadsheet : spreadsheets(folder)) {
            String name = folder.relativize(spreadsheet).toString().replace('\\', '/');
            listener.starting(name);
            FileImportResult result = FileImportResult.refused(name, kindOf(name), Spreadsheets.message(name));
            listener.finished(result);
            results.add(result);
        }
        importIfPresent(folder, "interactions.csv", InputKind.INTERACTIONS, results);
        importIfPresent(folder, "referrals.csv", InputKind.REFERRALS, results);
        importIfPresent(folder, "events.csv", InputKind.EVENTS, results);
        importIfPresent(folder, "spotlights.csv", InputKind.SPOTLIGHTS, results);
        if (!importIfPresent(folder, "merges.csv", InputKind.MERGES, results)) {
            forget("merges.csv", InputKind.MERGES);
        }
        return new ImportSummary(results);
    }

    private boolean importIfPresent(Path folder, String name, InputKind kind, List<FileImportResult> results) {
        Path file = folder.resolve(name);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            results.add(importOne(folder, file, name, kind));
            return true;
        }
        return false;
    }

    /** A list file the user deleted: what it said no longer applies (confirmed merges are undone). */
    private void forget(String name, InputKind kind) {
        try {
            importer.forget(name, kind);
        } catch (SQLException e) {
            throw databaseError(e);
        }
    }

    /** An error of the database (a full disk under it), named by its own file, not by the file being imported. */
    private RapportException databaseError(SQLException e) {
        return Database.translate(importer.database(), e);
    }

    private FileImportResult importOne(Path folder, Path file, String name, InputKind kind) {
        listener.starting(name);
        FileImportResult result;
        var refusal = DataFolderFile.refusal(folder, file);
        if (refusal.isPresent()) {
            result = FileImportResult.refused(name, kind, name + ": " + refusal.get());
            listener.finished(result);
            return result;
        }
        try {
            result = importer.importFile(file, name, kind);
        } catch (LoadProtocol.RowsRefused e) {
            result = e.result(name, kind);
        } catch (InputRefusedException e) {
            result = FileImportResult.refused(name, kind, e.getMessage());
        } catch (IOException e) {
            result = FileImportResult.refused(name, kind, name + ": cannot be read (" + e.getMessage() + ")");
        } catch (SQLException e) {
            throw databaseError(e);
        }
        listener.finished(result);
        return result;
    }

    /** The activity files of the contract, by name. */
    private static final Map<String, InputKind> ACTIVITY = new LinkedHashMap<>();

    static {
        ACTIVITY.put("interactions.csv", InputKind.INTERACTIONS);
        ACTIVITY.put("referrals.csv", InputKind.REFERRALS);
        ACTIVITY.put("events.csv", InputKind.EVENTS);
        ACTIVITY.put("spotlights.csv", InputKind.SPOTLIGHTS);
        ACTIVITY.put("merges.csv", InputKind.MERGES);
    }

    /** The kind of file a name in the data folder holds: an activity file by its name, else a contact export. */
    public static InputKind kindOf(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String csv = file.replaceFirst("\\.(xlsx|xls|numbers)$", ".csv");
        return ACTIVITY.getOrDefault(csv, InputKind.CONTACTS);
    }

    /** Every file an import reads, by its name in the data folder, plus spreadsheets put where a CSV belongs. */
    public static Map<String, Path> inputs(Path folder) {
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (Path contact : contactExports(folder)) {
            inputs.put("contacts/" + contact.getFileName(), contact);
        }
        for (String name : ACTIVITY.keySet()) {
            if (Files.isRegularFile(folder.resolve(name))) {
                inputs.put(name, folder.resolve(name));
            }
        }
        for (Path spreadsheet : spreadsheets(folder)) {
            inputs.put(folder.relativize(spreadsheet).toString().replace('\\', '/'), spreadsheet);
        }
        return inputs;
    }

    /**
     * Spreadsheets in contacts/, and those named like an activity file beside them, unless the
     * CSV saved from it sits beside it (Excel's "Save As" leaves the workbook there): that is read.
     */
    private static List<Path> spreadsheets(Path folder) {
        List<Path> found = new ArrayList<>();
        for (Path dir : List.of(folder.resolve("contacts"), folder)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).filter(Spreadsheets::is)
                        .filter(p -> dir != folder || kindOf(p.getFileName().toString()) != InputKind.CONTACTS)
                        .filter(p -> !savedAsText(p))
                        .sorted().forEach(found::add);
            } catch (IOException e) {
                throw new RapportException(Problem.MISSING_INPUT, "cannot list " + dir + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    private static boolean savedAsText(Path spreadsheet) {
        String name = spreadsheet.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        for (String extension : List.of(".csv", ".txt", ".tsv", ".CSV", ".TXT", ".TSV")) {
            if (Files.isRegularFile(spreadsheet.resolveSibling(stem + extension))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A CSV, or what Excel's "Unicode Text" (.txt) and tab-separated exports (.tsv) are saved
     * as: the delimiter is told from the file, not its name.
     */
    private static boolean isTextExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv");
    }

    private static List<Path> contactExports(Path folder) {
        Path contacts = folder.resolve("contacts");
        if (!Files.isDirectory(contacts)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(contacts)) {
            return files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(DataFolderImporter::isTextExport)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RapportException(Problem.MISSING_INPUT, "cannot list " + contacts + ": " + e.getMessage(), e);
        }
    }
}
