package com.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows packed by DuckDB into one text and unpacked in Java come back value for value. */
class PackedRowsTest {

    @TempDir
    Path folder;

    @Test
    void everyValueComesBackExactlyNullsAndAwkwardTextIncluded() throws Exception {
        try (Database database = Database.open(folder.resolve("packed.duckdb"), "300MB");
             Statement statement = database.connection().createStatement()) {
            statement.execute("create table t (id integer, a varchar, b varchar, n integer, flag boolean, day date)");
            statement.execute("""
                    insert into t values
                    (1, 'plain', null, 42, true, date '2026-01-05'),
                    (2, '', '-', null, false, null),
                    (3, '12:34', 'a:b::c', -7, null, date '1999-12-31'),
                    (4, 'Zoë 🦆 李', e'two\\nlines', 0, true, date '2026-02-28'),
                    (5, 'Jose' || chr(769) || ' 🦆🦆', '3:abc', 2147483647, false, date '2000-01-01')
                    """);
            List<String> columns = List.of("a", "b", "n", "flag", "day");
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select " + PackedRows.packed(columns)
                    + " from t order by id")) {
                while (rs.next()) {
                    rows.add(java.util.Arrays.asList(PackedRows.unpack(rs.getString(1), columns.size())));
                }
            }
            assertThat(rows).containsExactly(
                    java.util.Arrays.asList("plain", null, "42", "true", "2026-01-05"),
                    java.util.Arrays.asList("", "-", null, "false", null),
                    java.util.Arrays.asList("12:34", "a:b::c", "-7", null, "1999-12-31"),
                    java.util.Arrays.asList("Zoë 🦆 李", "two\nlines", "0", "true", "2026-02-28"),
                    java.util.Arrays.asList("Jose\u0301 🦆🦆", "3:abc", "2147483647", "false", "2000-01-01"));
        }
    }
}
