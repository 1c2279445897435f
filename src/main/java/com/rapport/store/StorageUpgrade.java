package com.rapport.store;

import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * A practice's history written by an older DuckDB is moved to the engine's own storage format,
 * with the file as it was kept beside it. DuckDB 2.0 opens a 1.x file but goes on writing it in
 * the old format, so the upgrade is an explicit copy of every table into a new file; the copy
 * kept, {@code <db>.before-<engine version>}, still opens with a Rapport build on the old engine.
 */
final class StorageUpgrade {

    /** A connection to the database, and the line to tell the user when it was upgraded to open it. */
    record Opened(Connection connection, Optional<String> notice) {
    }

    /** Opens a connection to the database. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    private StorageUpgrade() {
    }

    /**
     * Opens the database; when DuckDB reports that it was written in an older storage format
     * (an older major version), keeps the file as it was, upgrades it and opens the upgraded one.
     */
    static Opened open(Path file, String memoryLimit, Connector connector) throws SQLException {
        Connection connection = connector.connect();
        Versions versions = versions(connection);
        String format = versions.storage();
        String engine = versions.engine().replaceFirst("^v", "");
        if (format == null || major(format) >= major(engine)) {
            return new Opened(connection, Optional.empty());
        }
        connection.close();
        Path kept = file.resolveSibling(file.getFileName() + ".before-" + engine);
        try {
            Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Path journal = journal(file);
            if (Files.exists(journal)) {
                Files.copy(journal, journal(kept), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            upgrade(file, memoryLimit);
        } catch (IOException e) {
            throw new RapportException(Problem.OUTPUT_FAILED, "cannot upgrade the database " + file + " written by an "
                    + "older DuckDB (storage format " + format + "): " + e.getMessage() + "; the database is unchanged",
                    e);
        }
        return new Opened(connector.connect(), Optional.of(file + " was written by an older DuckDB (storage format "
                + format + ") and is now in DuckDB " + engine + "'s format; the file as it was is kept as "
                + kept.getFileName() + ", which the Rapport you used before still opens"));
    }

    /** The storage format DuckDB reports for the open database (null if none), and the engine's version. */
    private record Versions(String storage, String engine) {
    }

    private static Versions versions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select tags['storage_version'], version() from duckdb_databases() "
                     + "where database_name = current_database()")) {
            rs.next();
            return new Versions(rs.getString(1), rs.getString(2));
        }
    }

    /** The major version of "v1.0.0+" or "2.0.0". */
    private static int major(String version) {
        String digits = version.replaceFirst("^v", "");
        int dot = digits.indexOf('.');
        return Integer.parseInt(dot < 0 ? digits : digits.substring(0, dot));
    }

    /**
     * Copies every table, view and type into a new file beside the database, then moves it over
     * the database in one step: a run stopped on the way leaves the old file, whole. The old file
     * is attached for writing so that DuckDB folds its journal in and removes it first (in the old
     * format); no journal of the old file is left to be replayed onto the new one.
     */
    private static void upgrade(Path file, String memoryLimit) throws SQLException, IOException {
        Path upgraded = file.resolveSibling(file.getFileName() + ".upgrading");
        Files.deleteIfExists(upgraded);
        Files.deleteIfExists(journal(upgraded));
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("memory_limit", memoryLimit);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + upgraded.toAbsolutePath(), properties);
             Statement statement = connection.createStatement()) {
            // The practice's history goes into this file: it is as private as the database from the start.
            sameModeAs(file, upgraded);
            statement.execute("attach '" + file.toAbsolutePath().toString().replace("'", "''") + "' as old_format");
            statement.execute("copy from database old_format to \"" + currentDatabase(statement).replace("\"", "\"\"")
                    + "\"");
            statement.execute("detach old_format");
            statement.execute("checkpoint");
        }
        if (Files.exists(journal(file))) {
            throw new IOException("DuckDB left the journal " + journal(file) + " of the old file");
        }
        Files.move(upgraded, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void sameModeAs(Path file, Path upgraded) throws IOException {
        try {
            Files.setPosixFilePermissions(upgraded, Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file has the folder's defaults, as the old one had.
        }
    }

    private static String currentDatabase(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** DuckDB's write-ahead journal of a database file. */
    private static Path journal(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }
}
