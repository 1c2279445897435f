package com.rapport.registry;

import com.rapport.core.DataFolderFile;
import com.rapport.core.Sha256;
import com.rapport.store.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Brings the database's copy of {@code <data>/registry/} up to date: a file is read once per
 * checksum (a 10 GB NPPES file costs minutes, so the monthly run must not pay it again), a
 * file that left the folder takes its rows with it, and a file that cannot be read is
 * refused alone, with one message; the review goes on without it.
 */
public final class RegistryImporter {

    public static final String FOLDER = "registry";
    private static final Pattern NPPES_DATES = Pattern.compile("npidata_pfile_(\\d{8})-(\\d{8}).*", Pattern.CASE_INSENSITIVE);

    private final Connection connection;
    private final RegistryListener listener;

    public RegistryImporter(Connection connection, RegistryListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    /** Reads what is new in the data folder's registry/ (nothing when there is none) and returns what it did per file. */
    public List<RegistryFileResult> importFolder(Path dataFolder) throws IOException, SQLException {
        Path folder = dataFolder.resolve(FOLDER);
        List<RegistryFileResult> results = new ArrayList<>();
        List<String> present = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                // Links too, so one leading out of the data folder is refused by name, never read.
                for (Path path : files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    String fileName = path.getFileName().toString();
                    if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        continue;
                    }
                    String name = FOLDER + "/" + fileName;
                    present.add(name);
                    Optional<String> refusal = DataFolderFile.refusal(dataFolder, path);
                    RegistryFileResult result = refusal.isPresent()
                            ? new RegistryFileResult(name, RegistryFileResult.Status.REFUSED, 0, 0, 0, name + ": " + refusal.get())
                            : importOne(path, name, RegistryKind.of(fileName));
                    listener.registryFile(result);
                    results.add(result);
                }
            }
        }
        forgetAllBut(present, results.stream().anyMatch(r -> r.status() == RegistryFileResult.Status.READ));
        remember(results.stream().filter(r -> r.status() == RegistryFileResult.Status.REFUSED).toList());
        return results;
    }

    /** This run's refusals replace the last run's: a file fixed or taken away is no longer named. */
    private void remember(List<RegistryFileResult> refused) throws SQLException {
        Transaction.run(connection, () -> {
            update("delete from registry_refusals");
            for (RegistryFileResult result : refused) {
                update("insert into registry_refusals values (?, ?)", result.file(), result.message());
            }
            return null;
        });
    }

    private RegistryFileResult importOne(Path path, String name, Optional<RegistryKind> kind)
            throws IOException, SQLException {
        if (kind.isEmpty()) {
            return new RegistryFileResult(name, RegistryFileResult.Status.REFUSED, 0, 0, 0, name
                    + ": not a registry file Rapport knows by its published name (npidata_pfile_YYYYMMDD-YYYYMMDD.csv, "
                    + "MUP_PHY_*_D<yy>_Prov.csv, nucc_taxonomy_*.csv); ignored");
        }
        long bytes = Files.size(path);
        long modified = Files.getLastModifiedTime(path).toMillis();
        if (rowsOf("file = ? and bytes = ? and modified_millis = ?", name, bytes, modified) >= 0) {
            return already(name, rowsOf("file = ?", name), bytes);
        }
        long started = System.nanoTime();
        String checksum = checksum(path, name, started);
        long known = rowsOf("checksum = ?", checksum);
        if (known >= 0) {
            // The same content renamed, copied or touched: only the ledger learns its new name and date.
            update("delete from registry_files where file = ? and checksum <> ?", name, checksum);
            update("update registry_files set file = ?, bytes = ?, modified_millis = ? where checksum = ?",
                    name, bytes, modified, checksum);
            return already(name, known, bytes);
        }
        try {
            long rows = Transaction.run(connection, () -> {
                update("delete from registry_files where file = ?", name);
                try {
                    long read = new RegistryFileReader(connection, listener).read(path, name, kind.get(), checksum);
                    update("insert into registry_files values (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)", name,
                            kind.get().label(), checksum, bytes, modified, kind.get().dataYear(path.getFileName().toString()),
                            coversTo(path.getFileName().toString()), read);
                    return read;
                } catch (IOException e) {
                    throw new RegistryFileReader.Refused(name + ": cannot be read (" + e.getMessage() + ")");
                }
            });
            return new RegistryFileResult(name, RegistryFileResult.Status.READ, rows, bytes, System.nanoTime() - started,
                    name + ": " + rows + " rows read");
        } catch (RegistryFileReader.Refused e) {
            return new RegistryFileResult(name, RegistryFileResult.Status.REFUSED, 0, bytes, 0, e.getMessage());
        }
    }

    private static RegistryFileResult already(String name, long rows, long bytes) {
        return new RegistryFileResult(name, RegistryFileResult.Status.ALREADY_READ, rows, bytes, 0,
                name + ": already read (same checksum)");
    }

    /**
     * Files that left registry/ take their rows with them, and so do the rows of a file replaced
     * under its name; the newest row of each NPI is then chosen again, once for the months after.
     */
    private void forgetAllBut(List<String> present, boolean anyRead) throws SQLException {
        List<String> gone = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select file from registry_files")) {
            while (rs.next()) {
                if (!present.contains(rs.getString(1))) {
                    gone.add(rs.getString(1));
                }
            }
        }
        if (gone.isEmpty() && !anyRead) {
            return;
        }
        Transaction.run(connection, () -> {
            for (String file : gone) {
                update("delete from registry_files where file = ?", file);
            }
            try (Statement statement = connection.createStatement()) {
                for (RegistryKind kind : RegistryKind.values()) {
                    statement.execute("delete from " + kind.table() + " where checksum not in "
                            + "(select checksum from registry_files)");
                }
            }
            chooseNewestRows();
            return null;
        });
    }

    /**
     * registry_providers: the newest NPPES row of each NPI, the file covering the latest dates
     * speaking for an NPI it carries. Filled file by file, newest first, each adding the NPIs not
     * there yet: the weekly files are small and the monthly one comes last, so no step ranks or
     * hashes all ten million rows (which a window over them did, out of memory at 600 MB).
     */
    private void chooseNewestRows() throws SQLException {
        List<String> newestFirst = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select checksum from registry_files where kind = 'nppes' "
                     + "order by covers_to desc nulls last, file desc")) {
            while (rs.next()) {
                newestFirst.add(rs.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from registry_providers");
            for (String checksum : newestFirst) {
                // checksums are hex digits: safe in the text
                statement.execute("insert into registry_providers select * exclude (checksum) from registry_nppes "
                        + "where checksum = '" + checksum + "' and npi is not null "
                        + "and npi not in (select npi from registry_providers)");
            }
        }
    }

    /** The ledger's rows for a file that matches, or -1 when none does. */
    private long rowsOf(String condition, Object... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select rows_read from registry_files where " + condition + " limit 1")) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** For NPPES files, the end and start dates in the name: the newest file speaks for an NPI it carries. */
    private static String coversTo(String fileName) {
        Matcher m = NPPES_DATES.matcher(fileName);
        return m.matches() ? m.group(2) + "-" + m.group(1) : null;
    }

    /** The file's SHA-256; a 10 GB file takes most of a minute, so the listener hears how far it is. */
    private String checksum(Path path, String name, long started) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[1 << 20];
        long total = Files.size(path);
        long done = 0;
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                done += n;
                if (done % (256L << 20) < n) {
                    listener.checksumming(name, done, total, System.nanoTime() - started);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
