package com.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rapport.core.RapportException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files DuckDB makes beside the database hold keyed patient hashes too: owner-only, whatever the umask. */
class DatabaseFilesTest {

    @TempDir
    Path folder;

    @Test
    void theWalAndTheSpillFolderAreOwnerOnly() throws Exception {
        Path file = folder.resolve("rapport.duckdb");
        try (Database database = Database.open(file, "128MB", List.of());
             Statement statement = database.connection().createStatement()) {
            statement.execute("create table hashes as select 'hash-' || range as patient_key from range(1000)");
            Path wal = folder.resolve("rapport.duckdb.wal");
            assertThat(wal).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            statement.execute("set preserve_insertion_order = false");
            statement.execute("create table spilled as select range as n, md5(range::varchar) as h from range(3000000) "
                    + "order by h");
            try (ResultSet rs = statement.executeQuery("select current_setting('temp_directory')")) {
                rs.next();
                Path temp = Path.of(rs.getString(1));
                assertThat(temp).isDirectory();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp))).isEqualTo("rwx------");
            }
        }
    }

    /** An empty file (touch, mktemp) holds nothing to lose: it becomes a new database, owner-only as one is. */
    @Test
    void anEmptyFileBecomesANewOwnerOnlyDatabase() throws Exception {
        Path file = Files.createFile(folder.resolve("made-by-touch.duckdb"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (Database database = Database.open(file, "128MB", List.of());
             Statement statement = database.connection().createStatement()) {
            statement.execute("create table kept as select 1 as n");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Database database = Database.open(file, "128MB", List.of());
             Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery("select n from kept")) {
            assertThat(rs.next()).isTrue();
        }
    }

    /** A device reads as empty but is no file to keep a database in. */
    @Test
    void aDeviceIsRefusedAsNotADatabase() {
        assertThatThrownBy(() -> Database.open(Path.of("/dev/null"), "128MB", List.of()))
                .isInstanceOf(RapportException.class)
                .hasMessage("/dev/null is not a Rapport database (not a DuckDB file); give --db the database a previous "
                        + "run made, or a new file name");
    }
}
