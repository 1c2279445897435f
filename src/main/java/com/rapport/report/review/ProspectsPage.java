package com.rapport.report.review;

import com.rapport.core.ProspectSettings;
import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Map;

/** Connect, docs/prospects.md: whom to meet next, the top prospects near the practice. */
final class ProspectsPage {

    static final int LISTED = 15;

    private ProspectsPage() {
    }

    static void write(PdfBuilder pdf, ReviewContext context) {
        if (!RegistryText.registryPresent(context)) {
            List<String> refusals = RegistryText.refusals(context);
            pdf.note(refusals.isEmpty() ? RegistryText.WITHOUT_FILES : RegistryText.unread(refusals));
            return;
        }
        Map<String, Object> summary = context.row("select * from prospects_summary");
        long total = Format.number(summary, "prospects");
        pdf.subheading("Whom to meet next: clinicians near you who are not partners yet");
        if (total == 0) {
            boolean located = Boolean.TRUE.equals(summary.get("practice_located"));
            pdf.paragraph(located ? "No clinician in the registry files practises in your area in the specialties "
                    + "looked for (prospects.zip3 and prospects.taxonomies in rapport.properties widen the search)."
                    : "Set practice.npi or practice.postal_code in rapport.properties to list the clinicians near you.");
            return;
        }
        List<Map<String, Object>> top = context.rows("select * from prospects order by rank limit " + LISTED);
        pdf.paragraph("Clinicians in your area, in the specialties that refer to a practice like yours, busiest first by "
                + "the Medicare patients they served. Ask a partner for an introduction, or visit the first few this "
                + "month.");
        pdf.table(List.of("#", "Clinician and specialty", "Practice address and phone", "Medicare patients*", "Why"),
                ReviewContext.cells(top, r -> Format.cell(r, "rank"),
                        r -> RegistryText.words(r.get("name")) + (r.get("credential") == null ? "" : ", "
                                + r.get("credential")) + "\n" + Format.text(r.get("specialty")),
                        r -> RegistryText.words(r.get("address")) + "\n" + RegistryText.words(r.get("city")) + " "
                                + RegistryText.zip(r.get("postal_code")) + "\n" + RegistryText.phone(r.get("phone")),
                        ProspectsPage::medicarePatients,
                        r -> Format.text(r.get("why"))),
                new float[] {0.45f, 2f, 1.9f, 1.05f, 4.1f}, new int[] {0, 3});
        ProspectSettings wanted = context.settings().prospects();
        pdf.note("* Medicare patients served in the data year (CMS): traditional fee-for-service Medicare only. Looked "
                + "for: taxonomy codes starting " + String.join(", ", wanted.taxonomies()) + " (prospects.taxonomies), "
                + (wanted.zip3().isEmpty() ? "in the area of " + (wanted.practiceNpi() != null ? "the practice's NPI "
                + wanted.practiceNpi() + " (practice.npi)" : "ZIP " + wanted.practicePostalCode() + " (practice.postal_code)")
                : "in ZIP areas " + String.join(", ", wanted.zip3()) + " (prospects.zip3)") + ".");
        ReviewContext.moreIn(pdf, (int) total, LISTED, "actions/prospects.csv");
    }

    /**
     * "1,065" over "in 2024": the column is narrow, and left to wrap by itself it broke a four-digit count
     * between "1,065 in" and "2024".
     */
    static String medicarePatients(Map<String, Object> row) {
        return row.get("medicare_patients") == null ? "not known"
                : Format.integer(row.get("medicare_patients")) + "\nin " + row.get("medicare_year");
    }
}
