package com.rapport.ingest;

import com.rapport.pipeline.RapportException;
import com.rapport.pipeline.RapportException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            throw com.rapport.store.Database.translate(folder, e);
        }
        List<Path> contacts = contactExports(folder);
        if (contacts.isEmpty()) {
            throw new RapportException(Problem.MISSING_INPUT, "no contact export in " + folder.resolve("contacts")
                    + "; put at least one CSV export of the practice's contacts there");
        }
        if (!Files.exists(folder.resolve("referrals.csv"), LinkOption.NOFOLLOW_LINKS)) {
            throw new RapportException(Problem.MISSING_INPUT, "no referrals.csv in " + folder
                    + "; it is the one activity file Rapport cannot work without");
        }
        for (Path contact : contacts) {
            results.add(importOne(folder, contact, "contacts/" + contact.getFileName(), InputKind.CONTACTS));
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
            throw com.rapport.store.Database.translate(Path.of(name), e);
        }
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
        } catch (InputRefusedException e) {
            result = FileImportResult.refused(name, kind, e.getMessage());
        } catch (IOException e) {
            result = FileImportResult.refused(name, kind, name + ": cannot be read (" + e.getMessage() + ")");
        } catch (SQLException e) {
            throw com.rapport.store.Database.translate(file, e);
        }
        listener.finished(result);
        return result;
    }

    private static List<Path> contactExports(Path folder) {
        Path contacts = folder.resolve("contacts");
        if (!Files.isDirectory(contacts)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(contacts)) {
            return files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new RapportException(Problem.MISSING_INPUT, "cannot list " + contacts + ": " + e.getMessage(), e);
        }
    }
}
