package com.rapport.store;

import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The DuckDB file that holds the practice's history. Opened hardened: no extension is
 * installed or loaded behind the user's back, no file outside the database is read or
 * written by SQL, and memory is capped.
 */
public final class Database implements AutoCloseable {

    /** DuckDB's cache while Java does the heavy work: enough for the queries that feed it. */
    private static final String SMALL_CACHE = "150MB";

    private final Path file;
    private final Connection connection;
    private final String memoryLimit;
    private final Optional<String> upgradeNotice;

    private Database(Path file, StorageUpgrade.Opened opened, String memoryLimit) {
        this.file = file;
        this.connection = opened.connection();
        this.memoryLimit = memoryLimit;
        this.upgradeNotice = opened.notice();
    }

    public static Database open(Path file, String memoryLimit) {
        return open(file, memoryLimit, List.of());
    }

    /**
     * Opens the database with external file access off except for {@code folders}: those
     * a run reads its CSV files from, or writes its CSV outputs to, with DuckDB's own reader and writer.
     */
    public static Database open(Path given, String memoryLimit, List<Path> folders) {
        OwnerOnlyFiles.fromNowOn();
        Path file = given.toAbsolutePath().normalize();
        if (file.toString().contains("\\")) {
            // DuckDB 2.0 reads a backslash in a database path as a folder separator, on opening and attaching
            // alike (and resolves links first), so such a path names another file; say so rather than open that.
            throw new RapportException(Problem.BAD_ARGUMENT, "DuckDB reads the backslash in " + file + " as a "
                    + "folder separator; give --db a path without one (the data and output folders may have one)");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                // An empty file (touch, mktemp) holds nothing; DuckDB 2.0 refuses to fill one, so it is made anew.
                Files.delete(file);
            }
            boolean created = !Files.exists(file);
            if (!created && !isDuckDb(file)) {
                throw new RapportException(Problem.BAD_ARGUMENT, file + " is not a Rapport database (not a DuckDB "
                        + "file); give --db the database a previous run made, or a new file name");
            }
            Properties properties = new Properties();
            properties.setProperty("autoinstall_known_extensions", "false");
            properties.setProperty("autoload_known_extensions", "false");
            if (!folders.isEmpty()) {
                properties.setProperty("allowed_directories", "[" + String.join(", ", folders.stream()
                        .map(p -> "'" + listElement(p.toAbsolutePath().normalize() + "/") + "'").toList()) + "]");
            }
            properties.setProperty("enable_external_access", "false");
            properties.setProperty("memory_limit", memoryLimit);
            StorageUpgrade.Opened opened = StorageUpgrade.open(file, memoryLimit,
                    () -> DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties));
            if (created) {
                ownerOnly(file);
            }
            Database database = new Database(file, opened, memoryLimit);
            database.runScript("/schema/raw.sql");
            database.runScript("/schema/registry.sql");
            return database;
        } catch (SQLException e) {
            throw translate(file, e);
        } catch (IOException e) {
            throw new RapportException(Problem.OUTPUT_FAILED, "cannot create the database folder for " + file
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * A folder as an element of the list DuckDB reads this setting as, where a backslash escapes
     * the next character: a quote or backslash in a folder's name gets one (SQL's doubled quote
     * is read as a quoted empty text beside the rest, so the folder allowed was not the one given).
     */
    static String listElement(String folder) {
        return folder.replace("\\", "\\\\").replace("'", "\\'");
    }

    /** The line to tell the user when opening it upgraded a database written by an older DuckDB. */
    public Optional<String> upgradeNotice() {
        return upgradeNotice;
    }

    public Connection connection() {
        return connection;
    }

    /**
     * Runs work whose memory is Java's (the partner merge of a large contact list) with
     * DuckDB's cache shrunk meanwhile: a lower limit makes DuckDB evict the pages an import
     * left cached, so the two do not peak together (peak RSS). The limit is restored after.
     */
    public <T> T withSmallCache(Transaction.Work<T> work) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set memory_limit = '" + SMALL_CACHE + "'");
            try {
                return work.run();
            } finally {
                statement.execute("set memory_limit = '" + memoryLimit.replace("'", "''") + "'");
            }
        }
    }

    public Path file() {
        return file;
    }

    /** Runs a semicolon-separated SQL resource, such as the schema. */
    public void runScript(String resource) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SqlResources.read(resource).split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    /**
     * Saves everything into the database file, then closes it. A save that fails (a full
     * disk) is a failed run: the write-ahead log keeps the work for the next run.
     */
    @Override
    public void close() {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Turns the engine's errors that a user can act on into one clear line. */
    public static RapportException translate(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            return new RapportException(Problem.DATABASE_IN_USE, "another Rapport run is using " + file
                    + "; wait for it to finish and run again", e);
        }
        if (message.contains("No space left") || message.contains("disk is full")) {
            return new RapportException(Problem.OUTPUT_FAILED, "the disk holding " + file + " is full; free some "
                    + "space and run again (the database keeps its last complete import)", e);
        }
        if (message.contains("Read-only file system")) {
            return new RapportException(Problem.OUTPUT_FAILED, "cannot write the database " + file + ": its folder "
                    + "is read-only; make it writable or put the database elsewhere with --db", e);
        }
        if (message.contains("Read-only") || message.contains("Permission denied")
                || message.contains("Cannot open file") || message.contains("IO Error")) {
            return new RapportException(Problem.OUTPUT_FAILED, "cannot write the database " + file + ": "
                    + firstLine(message), e);
        }
        return new RapportException(Problem.OUTPUT_FAILED, "database error on " + file + ": " + firstLine(message), e);
    }

    /** True for a regular file that starts as a DuckDB file does ("DUCK" after the header's checksum). */
    private static boolean isDuckDb(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[12];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length && new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)
                    .equals("DUCK");
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the user's own folder permissions are all we can rely on.
        }
    }
}
