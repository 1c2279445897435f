package com.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB as Rapport opens it: no extension installs or loads, files only from the run's folders, a memory limit. */
class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void externalAccessIsLimitedToTheDataFolderAndExtensionsStayOff() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("events.csv"), "event_id,date,name\nE1,2026-01-05,Breakfast\n");
        Path outside = Files.writeString(folder.resolve("secret.csv"), "a,b\n1,2\n");
        try (Database database = Database.open(folder.resolve("db/rapport.duckdb"), "300MB", List.of(data));
             Statement statement = database.connection().createStatement()) {
            try (ResultSet rs = statement.executeQuery("select count(*) from read_csv('" + data.resolve("events.csv")
                    + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }
            assertThatThrownBy(() -> statement.executeQuery("select * from read_csv('" + outside + "')"))
                    .hasMessageContaining("disabled by configuration");
        }
        try (Database database = Database.open(folder.resolve("db/rapport.duckdb"), "300MB", List.of(data));
             Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery("select current_setting('autoinstall_known_extensions'), "
                     + "current_setting('autoload_known_extensions'), current_setting('enable_external_access'), "
                     + "current_setting('memory_limit')")) {
            rs.next();
            assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                    .isEqualTo("false false false 286.1 MiB");
        }
    }

    @Test
    void javaHeavyWorkRunsWithASmallCacheAndTheLimitComesBackEvenOnFailure() throws Exception {
        try (Database database = Database.open(folder.resolve("rapport.duckdb"), "300MB")) {
            assertThat(database.withSmallCache(() -> memoryLimit(database))).isEqualTo("143.0 MiB");
            assertThat(memoryLimit(database)).isEqualTo("286.1 MiB");
            assertThatThrownBy(() -> database.withSmallCache(() -> {
                throw new java.sql.SQLException("the merge failed");
            })).hasMessage("the merge failed");
            assertThat(memoryLimit(database)).isEqualTo("286.1 MiB");
        }
    }

    private static String memoryLimit(Database database) throws java.sql.SQLException {
        try (Statement statement = database.connection().createStatement();
             ResultSet rs = statement.executeQuery("select current_setting('memory_limit')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
