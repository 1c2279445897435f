package com.rapport.ingest;

import com.rapport.ingest.format.RecordLayout;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * The check that DuckDB's parallel reader kept the file's order, on which {@link EngineLoader}
 * numbers rows: apart from the loader because it reads the file itself, at the offsets
 * {@link CsvShape} noted, with its own parser.
 */
final class EngineOrderCheck {

    private EngineOrderCheck() {
    }

    /**
     * Rows are numbered from their order in the table, so DuckDB's parallel reader must have
     * kept the file's order (it does for this plain insert; some plans do not). Sampled records,
     * read back from the file at the offsets the structure scan noted, must carry the same key
     * as the rows numbered like them; otherwise the file is read row by row instead.
     */
    static void check(Statement statement, Path path, InputKind kind, RecordLayout layout, CsvShape shape, long first,
                    List<Long> refused, CSVFormat format) throws SQLException {
        int at = layout.foldedHeader().indexOf(kind.key());
        Map<Long, String> expected = new LinkedHashMap<>();
        try (FileChannel file = FileChannel.open(path)) {
            for (int i = 0; i < shape.samples(); i++) {
                long record = shape.sampledRecord(i);
                if (at >= 0 && !refused.contains(record)) {
                    String[] values = firstRecord(recordAt(file, shape.sampledOffset(i)), format);
                    if (values != null && values.length > at) {
                        expected.put(record, Normalizer.normalize(values[at].strip(),
                                Normalizer.Form.NFC));
                    }
                }
            }
        } catch (IOException e) {
            throw new EngineLoader.NotSuitable("the file could not be read back: " + e.getMessage());
        }
        if (expected.isEmpty()) {
            return;
        }
        // A record not refused by DuckDB is the k-th row appended, k = its number less the
        // refused records before it; looked up by row id before the numbering updates them.
        Map<Long, Long> rowOf = new LinkedHashMap<>();
        for (long record : expected.keySet()) {
            rowOf.put(first + record - 1 - refused.stream().filter(r -> r < record).count(), record);
        }
        Map<Long, String> numbered = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery("select rowid, \"" + kind.key() + "\" from " + kind.table()
                + " where rowid in (" + rowOf.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ")")) {
            while (rs.next()) {
                numbered.put(rowOf.get(rs.getLong(1)), rs.getString(2) == null ? "" : rs.getString(2).strip());
            }
        }
        for (Map.Entry<Long, String> sample : expected.entrySet()) {
            if (!sample.getValue().equals(numbered.get(sample.getKey()))) {
                throw new EngineLoader.NotSuitable("DuckDB's reader did not keep the file's order (record " + sample.getKey() + ")");
            }
        }
    }

    /** The fields of the record the text starts with; null when it does not end within the text. */
    private static String[] firstRecord(String text, CSVFormat format) {
        try (CSVParser parser = format.parse(new StringReader(text))) {
            var records = parser.iterator();
            return records.hasNext() ? records.next().values() : null;
        } catch (IOException | RuntimeException cutShort) {
            return null;
        }
    }

    /** The text of the record that starts at {@code offset}, as far as one record can reach here. */
    private static String recordAt(FileChannel file, long offset) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(1 << 13);
        file.read(bytes, offset);
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    }
}
