package com.rapport.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Reads one registry file with DuckDB's own CSV reader, every value as text and only the
 * columns its kind needs, found by header name: the header line is read here, each needed
 * header is looked up (case and surrounding spaces ignored) and the query names the column
 * at that position. A needed header that is missing refuses the file with one message.
 */
final class RegistryFileReader {

    /** DuckDB reads large files in buffers of this size; the default 16 MB reads the 330-column NPPES rows more slowly. */
    private static final long BUFFER_BYTES = 32L << 20;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final long PROGRESS_EVERY_MILLIS = 500;
    private static final int MISSING_LISTED = 5;

    /** A file that cannot be read as its kind: the message names the file and the reason. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Connection connection;
    private final RegistryListener listener;

    RegistryFileReader(Connection connection, RegistryListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    /** Appends the file's rows to its kind's table under the checksum; returns the rows read. */
    long read(Path path, String name, RegistryKind kind, String checksum) throws IOException, SQLException {
        List<String> header = header(path, name);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(fold(header.get(i)), i);
        }
        List<String> missing = kind.required().stream().filter(c -> !positions.containsKey(fold(c))).toList();
        if (!missing.isEmpty()) {
            // a file of another kind misses them all: the first few say enough
            String listed = String.join(", ", missing.stream().limit(MISSING_LISTED).toList())
                    + (missing.size() > MISSING_LISTED ? " and " + (missing.size() - MISSING_LISTED) + " more" : "");
            throw new Refused(name + ": missing column" + (missing.size() > 1 ? "s " : " ") + listed
                    + "; the file has " + header.size() + " columns (" + String.join(", ", header.stream().limit(6)
                    .toList()) + (header.size() > 6 ? ", …" : "") + "); is it the " + kind.label() + " file as published?");
        }
        String sql = statement(kind, header.size(), positions, path, checksum,
                kind.dataYear(path.getFileName().toString()));
        long bytes = Files.size(path);
        double bytesPerRow = bytesPerRow(path);
        long before = count(kind, checksum);
        try (DuckDBPreparedStatement insert = prepare(sql, name, kind)) {
            ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "registry-progress");
                t.setDaemon(true);
                return t;
            });
            long started = System.nanoTime();
            poller.scheduleAtFixedRate(() -> report(insert, name, bytes, bytesPerRow, started), PROGRESS_EVERY_MILLIS,
                    PROGRESS_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            try (Statement settings = connection.createStatement()) {
                // DuckDB tracks a query's progress only with its progress bar on; it prints nothing here.
                settings.execute("set enable_progress_bar = true");
                settings.execute("set enable_progress_bar_print = false");
                try {
                    insert.execute();
                } catch (SQLException e) {
                    throw refused(name, kind, e);
                } finally {
                    poller.shutdownNow();
                    settings.execute("set enable_progress_bar = false");
                }
            }
        }
        return count(kind, checksum) - before;
    }

    private DuckDBPreparedStatement prepare(String sql, String name, RegistryKind kind) {
        try {
            return connection.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class);
        } catch (SQLException e) {
            throw refused(name, kind, e);
        }
    }

    private static Refused refused(String name, RegistryKind kind, SQLException e) {
        return new Refused(name + ": cannot be read as the " + kind.label() + " file ("
                + e.getMessage().lines().findFirst().orElse("") + ")");
    }

    /**
     * DuckDB reports how far through the file its reader is, not how many records it passed:
     * the rows are estimated from the bytes, at the size of the first records.
     */
    private void report(DuckDBPreparedStatement insert, String name, long bytes, double bytesPerRow, long started) {
        try {
            QueryProgress progress = insert.getQueryProgress();
            long done = (long) (Math.max(0, Math.min(100, progress.getPercentage())) / 100 * bytes);
            listener.reading(name, done, bytes, (long) (done / bytesPerRow), System.nanoTime() - started);
        } catch (SQLException | RuntimeException notRunningYet) {
            // progress is shown when DuckDB has it; the read itself reports its own errors
        }
    }

    /** The mean size of the records in the file's first megabytes (every NPPES row ends in a line break). */
    private static double bytesPerRow(Path path) throws IOException {
        byte[] sample = new byte[4 << 20];
        int read;
        try (var in = Files.newInputStream(path)) {
            read = in.readNBytes(sample, 0, sample.length);
        }
        int lines = 0;
        for (int i = 0; i < read; i++) {
            lines += sample[i] == '\n' ? 1 : 0;
        }
        return Math.max(1.0, (double) read / Math.max(1, lines));
    }

    private long count(RegistryKind kind, String checksum) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select count(*) from " + kind.table() + " where checksum = '" + checksum + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The kind's statement with every {Header} replaced by the text at that header's position. */
    static String statement(RegistryKind kind, int columnCount, Map<String, Integer> positions, Path path,
                            String checksum, Integer dataYear) {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < columnCount; i++) {
            columns.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        String file = "read_csv('" + path.toAbsolutePath().toString().replace("'", "''") + "', header = true, "
                + "auto_detect = false, delim = ',', quote = '\"', escape = '\"', buffer_size = " + BUFFER_BYTES
                + ", columns = {" + columns + "})";
        StringBuilder primary = new StringBuilder("coalesce(");
        for (int i = 1; i <= RegistryKind.TAXONOMIES; i++) {
            primary.append(i == 1 ? "" : ", ").append("case when upper({Healthcare Provider Primary Taxonomy Switch_")
                    .append(i).append("}) = 'Y' then {Healthcare Provider Taxonomy Code_").append(i).append("} end");
        }
        String text = kind.insert().replace("{primary taxonomy}", primary.append(')'))
                .replace("{checksum}", "'" + checksum + "'")
                .replace("{data_year}", dataYear == null ? "null::integer" : dataYear.toString());
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            String column = m.group(1).equals("file") ? file
                    : "nullif(trim(c" + positions.get(fold(m.group(1))) + "), '')";
            m.appendReplacement(sql, Matcher.quoteReplacement(column));
        }
        return m.appendTail(sql).toString();
    }

    /** The header line's names, a UTF-8 byte-order mark dropped. */
    private static List<String> header(Path path, String name) throws IOException {
        String line;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            line = reader.readLine();
        }
        if (line == null || line.isBlank()) {
            throw new Refused(name + ": empty file, no header line");
        }
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(line))) {
            List<String> names = new ArrayList<>();
            for (CSVRecord record : parser) {
                record.forEach(names::add);
                break;
            }
            return names;
        }
    }

    static String fold(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
