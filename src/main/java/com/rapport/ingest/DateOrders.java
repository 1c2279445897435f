package com.rapport.ingest;

import com.rapport.core.DateOrder;
import com.rapport.ingest.format.Layouts;
import com.rapport.ingest.format.RecordLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order of each date column of a file whose dates are not ISO: a day above 12 in the
 * first or second place settles it; a column that says both is refused naming a row of
 * each, one that still holds ISO dates is ISO (its other rows are judged as written); one
 * where every day is 12 or less needs the setting.
 */
final class DateOrders {

    /** Records read before concluding that a file's dates are all ISO. */
    private static final int LOOK_AHEAD = 200;

    private final InputKind kind;
    private final Map<Integer, int[]> votes = new TreeMap<>();
    /** For each date field, the first row that settles month first and day first, as "line N: 'text'". */
    private final Map<Integer, String[]> firstSettled = new TreeMap<>();
    private long seen;
    private boolean shortYears;

    DateOrders(InputKind kind) {
        this.kind = kind;
    }

    /**
     * What the file's date columns say of their order: a pass over its records of its own,
     * cut short after the first records when their dates are all ISO.
     */
    static DateOrders scan(Path path, String name, InputKind kind, FileEncoding encoding, Delimiter delimiter,
                           Layouts layouts) throws IOException {
        DateOrders orders = new DateOrders(kind);
        if (kind.fields().stream().noneMatch(f -> f.type() == FieldType.DATE)) {
            return orders;
        }
        try (HeaderedFile file = HeaderedFile.open(path, name, kind, encoding, delimiter, layouts)) {
            RecordLayout layout = file.layout();
            SourceRecord record;
            while (layout != null && !orders.allIsoSoFar() && (record = file.reader().next()) != null) {
                if (record.values().length >= layout.width()) {
                    orders.add(record.line(), layout.read(record.values()));
                }
            }
        }
        return orders;
    }

    /** Counts what this record's date fields (as the layout reads them) say of their order. */
    void add(long line, String[] texts) {
        seen++;
        List<Field> fields = kind.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type() == FieldType.DATE) {
                DateOrder.Vote vote = DateOrder.vote(texts[i]);
                shortYears |= vote != DateOrder.Vote.NONE && DateOrder.shortYear(texts[i]);
                if (vote != DateOrder.Vote.NONE) {
                    votes.computeIfAbsent(i, k -> new int[DateOrder.Vote.values().length])[vote.ordinal()]++;
                }
                if (vote == DateOrder.Vote.MDY || vote == DateOrder.Vote.DMY) {
                    String[] settled = firstSettled.computeIfAbsent(i, k -> new String[2]);
                    int place = vote == DateOrder.Vote.MDY ? 0 : 1;
                    if (settled[place] == null) {
                        settled[place] = "line " + line + ": '" + texts[i] + "'";
                    }
                }
            }
        }
    }

    /** True when the first records hold no date other than ISO: the rest need not be read for this. */
    boolean allIsoSoFar() {
        return seen >= LOOK_AHEAD && votes.values().stream().allMatch(v -> java.util.Arrays.stream(v).sum() == v[DateOrder.Vote.ISO.ordinal()]);
    }

    /**
     * The order for each date field that needs one (field index to order); refused when a
     * column is ambiguous and the settings name no order. An order from the settings wins.
     */
    Map<Integer, DateOrder> decide(String file, DateOrder configured) {
        Map<Integer, DateOrder> orders = new TreeMap<>();
        for (Map.Entry<Integer, int[]> entry : votes.entrySet()) {
            int[] v = entry.getValue();
            DateOrder order = configured;
            if (order == null && v[DateOrder.Vote.ISO.ordinal()] > 0) {
                // A column a spreadsheet re-saved has no ISO date left: one that has is ISO, its odd values wrong.
                continue;
            }
            if (order == null) {
                boolean mdy = v[DateOrder.Vote.MDY.ordinal()] > 0;
                boolean dmy = v[DateOrder.Vote.DMY.ordinal()] > 0;
                if (mdy && dmy) {
                    String[] settled = firstSettled.get(entry.getKey());
                    throw new InputRefusedException(file + ": the dates in column " + kind.fields().get(entry.getKey())
                            .name() + " are written month first (" + settled[0] + ") and day first (" + settled[1]
                            + "); correct the rows written the other way, or say which order holds in "
                            + "rapport.properties: " + settingOf(file) + "=MDY (or DMY); 'rapport inspect " + file
                            + "' shows how the file reads");
                }
                order = mdy ? DateOrder.MDY : dmy ? DateOrder.DMY
                        : v[DateOrder.Vote.YMD.ordinal()] > 0 && v[DateOrder.Vote.EITHER.ordinal()] == 0 ? DateOrder.YMD
                        : null;
            }
            if (order == null) {
                String field = kind.fields().get(entry.getKey()).name();
                throw new InputRefusedException(file + ": the dates in column " + field + " could be month/day or "
                        + "day/month (no day is above 12); say which in rapport.properties: " + settingOf(file)
                        + "=MDY (or DMY, YMD); 'rapport inspect " + file + "' shows how the file reads");
            }
            orders.put(entry.getKey(), order);
        }
        return orders;
    }

    /** The setting that names a file's date order: {@code import.<file name>.date_order}. */
    private static String settingOf(String file) {
        return "import." + file.substring(file.lastIndexOf('/') + 1) + ".date_order";
    }

    /** How import_files names the orders used: "M/D/Y", or empty when the dates were ISO. */
    static String label(Map<Integer, DateOrder> orders) {
        return String.join(" ", orders.values().stream().map(DateOrder::label).distinct().toList());
    }

    /**
     * The pattern DuckDB's reader types the date column with (activity files have one):
     * ISO, or the order found, with slashes. DuckDB reads a two-digit year with {@code %Y}
     * as the year 26, so a column with any takes {@code %y}; other spellings are refused by
     * DuckDB and then read by {@link RowConverter} with the same order.
     */
    String engineFormat(Map<Integer, DateOrder> orders) {
        if (orders.isEmpty()) {
            return "%Y-%m-%d";
        }
        String year = shortYears ? "%y" : "%Y";
        return switch (orders.values().iterator().next()) {
            case MDY -> "%m/%d/" + year;
            case DMY -> "%d/%m/" + year;
            case YMD -> "%Y/%m/%d";
        };
    }
}
