package com.rapport.ingest;

import com.rapport.ingest.FileImportResult.Status;
import com.rapport.store.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The import ledger: one row per input file saying what its last import read, with what
 * checksum, size and reading settings, and what became of its rows. It tells whether a file
 * needs reading at all, and what an appended export continues from.
 */
final class ImportLedger {

    private final Connection connection;

    ImportLedger(Connection connection) {
        this.connection = connection;
    }

    /**
     * The quick check make and rsync use: the same size and modification time as at the last
     * import means the same content, without reading it (checksumming years of activity is
     * what the monthly run with nothing new should not pay).
     */
    FileImportResult untouched(Path path, String name, InputKind kind) throws SQLException {
        try {
            return sameAsLastImport(name, kind, "size = ? and modified = ?", Files.size(path),
                    Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    /** The same checksum as at the last import; the new size and time are remembered, so next time the quick check suffices. */
    FileImportResult unchanged(String name, InputKind kind, FileFingerprint fingerprint) throws SQLException {
        FileImportResult same = sameAsLastImport(name, kind, "checksum = ?", fingerprint.sha256());
        if (same != null) {
            try (PreparedStatement stamp = connection.prepareStatement(
                    "update import_ledger set size = ?, modified = ? where file = ?")) {
                stamp.setLong(1, fingerprint.bytes());
                stamp.setLong(2, fingerprint.modifiedMillis());
                stamp.setString(3, name);
                stamp.executeUpdate();
            }
        }
        return same;
    }

    private FileImportResult sameAsLastImport(String name, InputKind kind, String condition, Object... values)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select format, encoding, rows_read, rows_loaded, "
                + "rows_rejected, rows_duplicate from import_ledger where file = ? and " + condition)) {
            query.setString(1, name);
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 2, values[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    return new FileImportResult(name, kind, rs.getString(1), rs.getString(2), Status.UNCHANGED,
                            rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), 0,
                            name + ": unchanged since the last import");
                }
            }
        }
        return null;
    }

    /** The file's ledger row as column name to value, or null when it was never imported. */
    Map<String, Object> entry(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select * from import_ledger where file = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    /** A number of a ledger row; 0 for a column added after the row was written. */
    static long number(Map<String, Object> row, String column) {
        return row.get(column) == null ? 0 : ((Number) row.get(column)).longValue();
    }

    /** The file's ledger row, written in the transaction of its rows, and the mark that they changed. */
    void write(String name, InputKind kind, boolean appended, String format, FileFingerprint fingerprint,
               String header, Long lines, LoadCounts counts, ReadAs readAs) throws SQLException {
        markChanged(name, kind, appended);
        try (PreparedStatement delete = connection.prepareStatement("delete from import_ledger where file = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into import_ledger (file, format, encoding, "
                + "checksum, header, imported_at, rows_read, rows_loaded, rows_rejected, rows_duplicate, size, modified, "
                + "lines, delimiter, header_line, footer_lines, date_order, postal_codes_padded) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, format);
            insert.setString(3, fingerprint.encoding().label());
            insert.setString(4, fingerprint.sha256());
            insert.setString(5, header);
            insert.setObject(6, LocalDateTime.now());
            insert.setLong(7, counts.read());
            insert.setLong(8, counts.loaded());
            insert.setLong(9, counts.rejected());
            insert.setLong(10, counts.duplicates());
            insert.setLong(11, fingerprint.bytes());
            insert.setLong(12, fingerprint.modifiedMillis());
            insert.setObject(13, lines);
            insert.setString(14, readAs.delimiter().label());
            insert.setLong(15, readAs.headerLine());
            insert.setLong(16, readAs.footerLines());
            insert.setString(17, readAs.dateOrder());
            insert.setLong(18, readAs.paddedPostalCodes());
            insert.executeUpdate();
        }
    }

    /** Removes everything a file loaded, with its issues and ledger row. */
    void forget(String name, InputKind kind) throws SQLException {
        Transaction.run(connection, () -> {
            int removed = 0;
            for (String table : List.of(kind.table(), "import_issues", "import_ledger")) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where "
                        + (table.equals(kind.table()) ? "source_file" : "file") + " = ?")) {
                    delete.setString(1, name);
                    removed += delete.executeUpdate();
                }
            }
            if (removed > 0) {
                markChanged(name, kind, false);
            }
            return null;
        });
    }

    /**
     * Marks the file's rows changed since the partner list and the resolved activity were
     * built, in the import's own transaction: the partner step clears the marks when it has
     * caught up, so a run stopped in between leaves them for the next (schema/raw.sql).
     */
    private void markChanged(String name, InputKind kind, boolean appended) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement("insert into changes_to_resolve values (?, ?, ?)")) {
            mark.setString(1, name);
            mark.setString(2, kind.name());
            mark.setBoolean(3, appended);
            mark.executeUpdate();
        }
    }
}
