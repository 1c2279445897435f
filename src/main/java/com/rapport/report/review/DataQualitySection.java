package com.rapport.report.review;

import com.rapport.chart.Theme;
import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 10. Data quality and method: files read, rows rejected and merged, unmatched references, settings used. */
final class DataQualitySection implements ReviewSection {

    private static final int LISTED = 25;

    /** Partners made from more than one record: which exports they came from and what matched them. */
    private static void mergedPartners(PdfBuilder pdf, ReviewContext context, long mergedCount) {
        if (mergedCount == 0) {
            return;
        }
        List<Map<String, Object>> merged = context.rows("select * from merged_partners");
        List<Map<String, Object>> evidence = context.rows("select * from merge_evidence");
        pdf.subheading("Merged contacts (" + Format.plural(mergedCount, "partner", "partners")
                + " from more than one record)");
        pdf.paragraph("Records joined to a partner by " + String.join(", ", evidence.stream()
                .map(r -> r.get("matched_by") + ": " + Format.integer(r.get("records"))).toList())
                + (mergedCount > merged.size() ? ". The " + merged.size() + " partners with the most records are "
                + "below; data/partner_records.csv lists every record and the partner it became." : "."));
        pdf.table(List.of("Partner", "Records", "From", "Matched by"),
                ReviewContext.cells(merged,
                        r -> r.get("name") + " (" + r.get("partner_id") + ")", r -> Format.cell(r, "records"),
                        r -> (String) r.get("files"), r -> (String) r.get("matched_by")),
                new float[] {3f, 0.9f, 3.6f, 1.6f}, new int[] {1});
    }

    /**
     * How each file was read: its delimiter, the line its header is on (lines above it were an
     * export's preamble), the footer lines after its data, the order of dates a spreadsheet
     * wrote, and US postal codes given back their leading zero. None of these were rejected rows.
     */
    private static void readAs(PdfBuilder pdf, List<Map<String, Object>> files) {
        pdf.subheading("How each file was read");
        pdf.table(List.of("File", "Delimiter", "Header line", "Footer lines", "Date order", "ZIPs padded"),
                ReviewContext.cells(files, r -> (String) r.get("file"), r -> (String) r.get("delimiter"),
                        r -> Format.cell(r, "header_line"), r -> Format.cell(r, "footer_lines"),
                        r -> (String) r.get("date_order"),
                        r -> Format.cell(r, "postal_codes_padded")),
                new float[] {2.8f, 1.05f, 1.15f, 1.3f, 1.1f, 1.3f}, new int[] {2, 3, 5});
        pdf.note("Lines above a header (an export's title) and below the data (totals, confidentiality, copyright) "
                + "are not data: they are skipped and counted here, never rejected. A date order is shown for dates "
                + "a spreadsheet wrote day and month in (read from their values). 'rapport inspect' shows how "
                + "Rapport reads a file before an import.");
    }

    @Override
    public String title() {
        return "Data quality and method";
    }

    @Override
    public void write(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> files = context.rows("select * from import_files");
        Map<String, Object> counts = context.row("select * from data_quality_summary");
        long unmatchedCount = Format.number(counts, "unmatched_references");
        long duplicateCount = Format.number(counts, "possible_duplicates");
        // At scale these lists run to tens of thousands of rows: the counts above, and only what is listed.
        List<Map<String, Object>> unmatched = context.rows("select * from unmatched_references limit " + LISTED);
        List<Map<String, Object>> duplicates = context.rows("select * from possible_duplicates limit " + LISTED);
        Object formats = counts.get("contact_formats");
        pdf.lead(String.format(Locale.ENGLISH, "%s read (contact formats: %s); %s contact records became %s partners; "
                        + "%s matched no partner or more than one; %s to review. Fix them in the source system so "
                        + "every referral counts for its partner.",
                Format.plural(Format.number(counts, "files"), "file", "files"),
                formats == null ? "none" : formats,
                Format.integer(counts.get("contact_records")), Format.integer(counts.get("partners")),
                Format.plural(unmatchedCount, "reference", "references"),
                Format.plural(duplicateCount, "possible duplicate", "possible duplicates")));
        pdf.table(List.of("File", "Format", "Encoding", "Read", "Loaded", "Rejected", "Duplicates"),
                ReviewContext.cells(files, r -> (String) r.get("file"), r -> (String) r.get("format"),
                        r -> (String) r.get("encoding"), r -> Format.cell(r, "rows_read"), r -> Format.cell(r, "rows_loaded"),
                        r -> Format.cell(r, "rows_rejected"), r -> Format.cell(r, "rows_duplicate")),
                new float[] {2.6f, 1.1f, 1.9f, 1.0f, 1.05f, 1.3f, 1.55f}, new int[] {3, 4, 5, 6});
        readAs(pdf, files);
        mergedPartners(pdf, context, Format.number(counts, "merged_partners"));
        VerifiedPartners.write(pdf, context);
        long rejectCount = Format.number(counts, "rejected_rows");
        List<Map<String, Object>> rejects = context.rows("select * from rejected_rows limit " + LISTED);
        if (!rejects.isEmpty()) {
            pdf.subheading("Rejected rows (" + rejectCount + "; all of them are in rejects.csv)");
            pdf.table(List.of("File", "Line", "Column", "Reason"),
                    ReviewContext.cells(rejects, r -> (String) r.get("file"),
                            r -> Format.cell(r, "line"), r -> (String) r.get("column"), r -> (String) r.get("reason")),
                    new float[] {2f, 1.1f, 1.2f, 4.7f}, new int[] {1});
        }
        if (!unmatched.isEmpty()) {
            pdf.subheading("Unmatched references (" + Format.integer(unmatchedCount) + ")");
            pdf.table(List.of("File", "Row", "Column", "Reference", "Problem"),
                    ReviewContext.cells(unmatched, r -> (String) r.get("file"),
                            r -> Format.cell(r, "row"), r -> (String) r.get("column"),
                            r -> Theme.fit((String) r.get("reference"), 38),
                            r -> "no_match".equals(r.get("problem")) ? "no partner" : "two or more partners"),
                    new float[] {1.5f, 1.0f, 1.0f, 3.9f, 2.2f}, new int[] {1});
        }
        if (!duplicates.isEmpty()) {
            pdf.subheading("Possible duplicates to review (" + Format.integer(duplicateCount) + ")");
            pdf.table(List.of("Partner", "Maybe the same as", "Evidence"),
                    ReviewContext.cells(duplicates,
                            r -> r.get("name_a") + " (" + r.get("partner_id_a") + ")",
                            r -> r.get("name_b") + " (" + r.get("partner_id_b") + ")", r -> (String) r.get("evidence")),
                    new float[] {2.6f, 2.6f, 2.4f}, new int[] {});
            pdf.note("Confirm a pair by adding it to merges.csv in the data folder (columns reference_a, "
                    + "reference_b: a contact id, e-mail, NPI or name each); it is merged on the next run.");
        }
        List<Map<String, Object>> refused = context.rows("select * from refused_merges");
        if (!refused.isEmpty()) {
            pdf.paragraph("Not merged although confirmed, because the two carry different NPIs (two providers): "
                    + String.join("; ", refused.stream().map(r -> r.get("file") + " row " + Format.integer(r.get("row"))
                    + " (" + r.get("reference") + ")").toList()) + ". Check the NPIs in the source systems.");
        }
        List<Map<String, Object>> late = context.rows("select * from records_after_as_of");
        if (!late.isEmpty()) {
            pdf.paragraph("Loaded but dated after " + context.month().atEndOfMonth() + ", so not in this report: "
                    + String.join(", ", late.stream().map(r -> r.get("file") + " " + Format.integer(r.get("rows"))
                    + " rows").toList()) + ".");
        }
        pdf.subheading("Settings used");
        var settings = context.settings();
        var cap = settings.giftCap(context.month().getYear());
        pdf.table(List.of("Setting", "Value"), List.of(
                List.of("Touches before a relationship is established (touches.established)",
                        Integer.toString(settings.establishedTouches())),
                List.of("Network size when a contact has none (network.default_size)",
                        Integer.toString(settings.defaultNetworkSize())),
                List.of("Partners in the network map (network.top_partners)", Integer.toString(settings.topPartners())),
                List.of("Gift cap for " + context.month().getYear() + " (gift.cap." + context.month().getYear() + ")",
                        cap.isPresent() ? Format.money(cap.getAsDouble()) : "not set"),
                List.of("Reject threshold per file (import.reject_threshold)", Format.percent(settings.rejectThreshold())),
                List.of("Report month and data cut-off", context.month() + ", records up to " + context.month().atEndOfMonth())),
                new float[] {4.4f, 2.6f}, new int[] {1});
    }
}
