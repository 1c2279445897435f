package com.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.cli.RapportCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A practice's history written by the DuckDB 1.4.4 build (test resource {@code upgrade/}: the
 * database a 1.4.4 jar wrote reviewing October 2026 of the data folder beside it, with the
 * patient key {@code fixture-key}) opens on DuckDB 2.0: copied aside first, then upgraded, and it
 * gives the same outputs as a fresh database.
 */
class StorageUpgradeTest {

    @TempDir
    Path folder;
    Path data;
    Path old;

    @BeforeEach
    void unpackTheOldDatabase() throws IOException, URISyntaxException {
        System.setProperty("user.home", folder.resolve("home").toString());
        Path key = Files.createDirectories(folder.resolve("home/.config/rapport")).resolve("patient-id.key");
        Files.writeString(key, "fixture-key\n");
        data = folder.resolve("data");
        Path resources = Path.of(getClass().getResource("/upgrade/data").toURI());
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path from : files.toList()) {
                Files.copy(from, data.resolve(resources.relativize(from).toString()));
            }
        }
        old = folder.resolve("rapport.duckdb");
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/upgrade/rapport-1.4.4.duckdb.gz"))) {
            Files.copy(in, old);
        }
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void anOldDatabaseIsKeptAsItWasThenUpgradedAndGivesTheSameOutputsAsAFreshOne() throws Exception {
        byte[] before = Files.readAllBytes(old);
        assertThat(storageVersion(old)).isEqualTo("v1.0.0+");

        Run upgraded = review(old, folder.resolve("upgraded"));
        Run fresh = review(folder.resolve("fresh.duckdb"), folder.resolve("fresh"));

        assertThat(upgraded.exit()).as(upgraded.err()).isZero();
        assertThat(fresh.exit()).as(fresh.err()).isZero();
        Path kept = folder.resolve("rapport.duckdb.before-2.0.0");
        assertThat(Files.readAllBytes(kept)).isEqualTo(before);
        assertThat(upgraded.err().lines().filter(line -> line.contains("older DuckDB")).toList()).containsExactly(
                "rapport: " + old + " was written by an older DuckDB (storage format v1.0.0+) and is now in "
                        + "DuckDB 2.0.0's format; the file as it was is kept as rapport.duckdb.before-2.0.0, which "
                        + "the Rapport you used before still opens");
        assertThat(fresh.err()).doesNotContain("older DuckDB");
        assertThat(storageVersion(old)).isEqualTo("v2.0.0+");
        assertThat(storageVersion(kept)).isEqualTo("v1.0.0+");
        assertThat(folder.resolve("rapport.duckdb.upgrading")).doesNotExist();
        // The upgraded file keeps the old one's owner-only mode (DuckDB would create it readable by all).
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-------");
        // The 1.4.4 ledger of interactions.csv: 305 rows read, 2 rejected, 1 duplicate.
        assertThat(rows(old, "select count(*) from raw_interactions")).isEqualTo(302);
        for (String part : List.of("data", "actions")) {
            Path expected = folder.resolve("fresh/2026-10").resolve(part);
            try (Stream<Path> files = Files.list(expected)) {
                List<Path> csvs = files.sorted().toList();
                assertThat(csvs).hasSizeGreaterThan(4);
                for (Path csv : csvs) {
                    Path actual = folder.resolve("upgraded/2026-10").resolve(part).resolve(csv.getFileName());
                    if (csv.getFileName().toString().equals("import_files.csv")) {
                        // How a file was read (delimiter, header line ...) is known only for files imported since
                        // those columns came; the 1.4.4 ledger's files keep the contract's columns equal.
                        assertThat(contractColumns(actual)).as(part + "/import_files.csv")
                                .isEqualTo(contractColumns(csv));
                    } else {
                        assertThat(actual).as(part + "/" + csv.getFileName()).hasSameTextualContentAs(csv);
                    }
                }
            }
        }

        // the next run (an import opens the database as a review does) finds nothing to upgrade
        Run again = rapport("import", "--data", data.toString(), "--db", old.toString(), "--quiet");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("older DuckDB");
        assertThat(Files.readAllBytes(kept)).isEqualTo(before);
    }

    /**
     * A run killed during the upgrade (kill -9) leaves a part-written copy and a part-written new
     * file beside the untouched database: the next run starts over and keeps the old file whole.
     * The next run here is an import: any run that opens the database upgrades it.
     */
    @Test
    void anUpgradeStoppedHalfwayIsDoneAgainFromTheUntouchedFile() throws Exception {
        byte[] before = Files.readAllBytes(old);
        Path kept = folder.resolve("rapport.duckdb.before-2.0.0");
        Files.write(kept, java.util.Arrays.copyOf(before, before.length / 3));
        Files.write(folder.resolve("rapport.duckdb.upgrading"), java.util.Arrays.copyOf(before, 4096));

        Run upgraded = rapport("import", "--data", data.toString(), "--db", old.toString(), "--quiet");

        assertThat(upgraded.exit()).as(upgraded.err()).isZero();
        assertThat(upgraded.err()).contains("older DuckDB");
        assertThat(Files.readAllBytes(kept)).isEqualTo(before);
        assertThat(folder.resolve("rapport.duckdb.upgrading")).doesNotExist();
        assertThat(storageVersion(old)).isEqualTo("v2.0.0+");
        assertThat(rows(old, "select count(*) from raw_interactions")).isEqualTo(302);
    }

    /** The first seven columns of import_files (docs/data-quality.md), in order, line by line. */
    private static List<String> contractColumns(Path csv) throws java.io.IOException {
        return Files.readAllLines(csv).stream()
                .map(line -> String.join(",", java.util.Arrays.asList(line.split(",", -1)).subList(0, 7))).toList();
    }

    record Run(int exit, String err) {
    }

    private Run review(Path database, Path out) {
        return rapport("review", "--month", "2026-10", "--data", data.toString(), "--out", out.toString(),
                "--db", database.toString(), "--quiet");
    }

    private static Run rapport(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = RapportCommand.commandLine();
        line.setOut(new PrintWriter(new StringWriter(), true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Run(exit, err.toString());
    }

    private static String storageVersion(Path file) throws Exception {
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select tags['storage_version'] from duckdb_databases() "
                     + "where database_name = current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long rows(Path file, String sql) throws Exception {
        try (Database database = Database.open(file, "200MB");
             Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
