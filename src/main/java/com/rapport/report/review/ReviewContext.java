package com.rapport.report.review;

import com.rapport.core.Settings;
import com.rapport.report.ReportData;
import com.rapport.report.pdf.PdfBuilder;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What every section reads: the model rows, the practice's settings and the month. */
record ReviewContext(ReportData data, Settings settings, YearMonth month) {

    static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    String monthName() {
        return month.format(MONTH_NAME);
    }

    String twelveMonths() {
        return "12 months to " + month;
    }

    List<Map<String, Object>> rows(String sql) {
        return data.rows(sql);
    }

    Map<String, Object> row(String sql) {
        return data.row(sql);
    }

    /**
     * What a practice without partners or referrals yet ({@code records_to_date}) is told first in
     * every section, plainly; null once it has both.
     */
    String nothingYet() {
        Map<String, Object> records = row("select * from records_to_date");
        boolean partners = Format.number(records, "partners") > 0;
        boolean referrals = Format.number(records, "referrals") > 0;
        if (partners && referrals) {
            return null;
        }
        if (!partners && !referrals) {
            return "Nothing yet: no partner and no referral is recorded up to " + month + ".";
        }
        return partners ? "No referrals yet: none is recorded up to " + month + "."
                : "No partners yet: no contact export holds a contact, so no referral can be matched to anyone.";
    }

    /** Table cells: one function per column, applied to each row. */
    @SafeVarargs
    static List<List<String>> cells(List<Map<String, Object>> rows, Function<Map<String, Object>, String>... columns) {
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (Function<Map<String, Object>, String> column : columns) {
                line.add(column.apply(row));
            }
            cells.add(line);
        }
        return cells;
    }

    /** The first few names of the rows, joined for a sentence ("A, B and C"). */
    static String names(List<Map<String, Object>> rows, int max) {
        List<String> names = rows.stream().limit(max).map(r -> (String) r.get("name")).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return rows.size() > max ? joined + " (and " + Format.integer(rows.size() - max) + " more)" : joined;
    }

    /** Under a table cut to {@code shown} rows: how many there are and which CSV holds them all. */
    static void moreIn(PdfBuilder pdf, int total, int shown, String csv) {
        if (total > shown) {
            pdf.note("The first " + shown + " of " + String.format(Locale.ENGLISH, "%,d", total) + "; all of them are in "
                    + csv + ".");
        }
    }
}
