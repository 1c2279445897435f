package com.rapport.report.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The registries' capitals and bare digits as a reader writes them: PAM ONE as Pam One, 5035550201 as (503) 555-0201. */
final class RegistryText {

    private RegistryText() {
    }

    static String words(Object value) {
        if (value == null) {
            return "";
        }
        return Arrays.stream(value.toString().toLowerCase(Locale.ROOT).split(" ", -1))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    static String phone(Object value) {
        String digits = value == null ? "" : value.toString();
        return digits.matches("\\d{10}") ? "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-"
                + digits.substring(6) : digits;
    }

    /** A ZIP+4 as 97209-1234 with a non-breaking hyphen (a table cell never splits it), a ZIP as it is. */
    static String zip(Object value) {
        String zip = value == null ? "" : value.toString();
        return zip.matches("\\d{9}") ? zip.substring(0, 5) + "\u2011" + zip.substring(5) : zip;
    }

    /** True when registry/ held an NPPES or CMS file this run, as registry_partners_summary counts them. */
    static boolean registryPresent(ReviewContext context) {
        return Format.number(context.row("select * from registry_partners_summary"), "registry_files_read") > 0;
    }

    /** The registry files the import could not read, as "file: reason" lines. */
    static List<String> refusals(ReviewContext context) {
        return context.rows("select reason from registry_refusals order by file").stream()
                .map(r -> (String) r.get("reason")).toList();
    }

    /** The line a review carries when registry/ held files but none could be read. */
    static String unread(List<String> refusals) {
        return "The files in registry/ could not be read, so partners are not verified and no prospects are listed: "
                + String.join("; ", refusals);
    }

    /** The one line a review without registry files carries, saying what they would add. */
    static final String WITHOUT_FILES = "Drop the public NPPES and CMS Medicare files into the data folder's registry/ "
            + "to verify your partners' NPIs, measure your top ten's reach in Medicare patients and list clinicians "
            + "near you to meet next (docs/registry.md).";
}
