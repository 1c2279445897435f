package com.rapport.report.review;

import com.rapport.report.pdf.PdfBuilder;
import java.util.List;
import java.util.Map;

/** Data quality, docs/registry.md: the partners' NPIs against the registry, and the categories it supplied. */
final class VerifiedPartners {

    private static final int LISTED = 25;

    private VerifiedPartners() {
    }

    static void write(PdfBuilder pdf, ReviewContext context) {
        List<String> refusals = RegistryText.refusals(context);
        boolean present = RegistryText.registryPresent(context);
        if (present || !refusals.isEmpty()) {
            pdf.subheading("Verified partners (public registries)");
        }
        if (present) {
            verified(pdf, context);
        }
        if (!refusals.isEmpty()) {
            pdf.paragraph("Not read from registry/: " + String.join("; ", refusals));
        }
    }

    private static void verified(PdfBuilder pdf, ReviewContext context) {
        List<Map<String, Object>> files = context.rows("select file, kind, data_year, rows_read from registry_files "
                + "order by file");
        pdf.paragraph("Read from registry/: " + String.join(", ", files.stream().map(f -> f.get("file").toString()
                .substring(f.get("file").toString().lastIndexOf('/') + 1) + " (" + switch ((String) f.get("kind")) {
                    case "nppes" -> "NPPES";
                    case "medicare" -> "CMS Medicare, " + f.get("data_year");
                    default -> "NUCC taxonomy";
                } + ", " + Format.plural(Format.number(f, "rows_read"), "row", "rows") + ")").toList()) + ".");
        Map<String, Object> counts = context.row("select * from registry_partners_summary");
        List<Map<String, Object>> problems = context.rows("select * from registry_npi_problems limit " + LISTED);
        pdf.paragraph(String.format("%s checked: %s active in NPPES, %s with the registry's name; "
                        + "%s in the Medicare data (CMS, traditional Medicare only). data/registry_partners.csv has each one's registry name, credential, "
                        + "practice address and specialty.", Format.plural(Format.number(counts, "partner_npis"), "partner NPI",
                        "partner NPIs"), Format.integer(counts.get("active")), Format.integer(counts.get("name_matching")),
                Format.integer(counts.get("in_medicare"))));
        if (!problems.isEmpty()) {
            pdf.table(List.of("Partner", "NPI", "Problem", "The registry says"),
                    ReviewContext.cells(problems, r -> r.get("name") + " (" + r.get("partner_id") + ")",
                            r -> (String) r.get("npi"), r -> switch ((String) r.get("problem")) {
                                case "deactivated" -> "deactivated";
                                case "not_in_registry" -> "not in the registry";
                                default -> "name differs";
                            }, VerifiedPartners::registrySays),
                    new float[] {2.6f, 1.3f, 1.5f, 2.6f}, new int[] {});
            ReviewContext.moreIn(pdf, (int) Format.number(counts, "npi_problems"), LISTED,
                    "data/registry_npi_problems.csv");
            pdf.note("A deactivated NPI or one not in the registry is a typo or an old number: correct it in the contact "
                    + "system. A different name may be a typo, or the NPI of someone else.");
        }
        List<Map<String, Object>> categorised = context.rows("select * from registry_categorised_partners").stream()
                .map(r -> Map.<String, Object>of("name", r.get("name") + " (" + r.get("category") + ")")).toList();
        if (!categorised.isEmpty()) {
            pdf.paragraph("Category taken from the registry, the contact having none or other: "
                    + ReviewContext.names(categorised, LISTED) + ".");
        }
    }

    private static String registrySays(Map<String, Object> row) {
        return switch ((String) row.get("problem")) {
            case "deactivated" -> "deactivated on " + row.get("deactivation_date")
                    + (row.get("replacement_npi") == null ? "" : "; replaced by " + row.get("replacement_npi"));
            case "not_in_registry" -> "no such NPI";
            default -> Format.text(row.get("registry_name"));
        };
    }
}
