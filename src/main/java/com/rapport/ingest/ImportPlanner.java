package com.rapport.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Decides a file's {@link ImportPlan}, cheapest check first: untouched (size and time),
 * appended (the ledger's old size reached, more bytes after it), unchanged (the same
 * checksum), else the whole file. Whether an appended file's old bytes are really the old
 * ones is checked while its new rows are read; when they are not, {@link #whole} decides again.
 */
final class ImportPlanner {

    private final ImportLedger ledger;
    private final EncodingSniffer sniffer = new EncodingSniffer();

    ImportPlanner(ImportLedger ledger) {
        this.ledger = ledger;
    }

    ImportPlan plan(Path path, String name, InputKind kind) throws IOException, SQLException {
        FileImportResult untouched = ledger.untouched(path, name, kind);
        if (untouched != null) {
            return new ImportPlan.Untouched(untouched);
        }
        EarlierImport before = EarlierImport.appendableTo(ledger.entry(name), kind);
        if (before != null && Files.size(path) > before.size()) {
            return new ImportPlan.Appended(before);
        }
        return whole(path, name, kind);
    }

    /** The plan once the file is known not to be the old one plus more: unchanged, or read whole. */
    ImportPlan whole(Path path, String name, InputKind kind) throws IOException, SQLException {
        FileFingerprint fingerprint = sniffer.sniff(path, name);
        FileImportResult unchanged = ledger.unchanged(name, kind, fingerprint);
        return unchanged != null ? new ImportPlan.Unchanged(unchanged) : new ImportPlan.Full(fingerprint);
    }
}
