package com.rapport.core;

import java.util.Comparator;
import java.util.List;

/** The keys of {@code rapport.properties}, so a misspelt one is named with the key it was probably meant to be. */
final class SettingKeys {

    /** {@code <year>}, {@code <file>} and {@code <field>} stand for the values a key carries. */
    private static final List<String> KNOWN = List.of("practice.name", "report.page_size", "touches.established",
            "network.default_size", "network.top_partners", "import.reject_threshold", "duckdb.memory_limit",
            "phone.default_region", "practice.country", "practice.npi", "practice.postal_code", "prospects.zip3",
            "prospects.taxonomies", "gift.cap.<year>", "import.<file>.column.<field>",
            "import.<file>.date_order");

    private SettingKeys() {
    }

    static boolean known(String key) {
        return KNOWN.contains(key) || key.matches("gift\\.cap\\.[^.]+")
                || key.startsWith("import.") && (key.lastIndexOf(".column.") > "import".length()
                        || key.endsWith(".date_order") && key.length() > "import..date_order".length());
    }

    /** "; did you mean K?" for the nearest known key within a few edits, else nothing. */
    static String suggestion(String key) {
        String nearest = KNOWN.stream().min(Comparator.comparingInt(k -> distance(key, k))).orElseThrow();
        return distance(key, nearest) <= Math.max(2, nearest.length() / 4) ? "; did you mean " + nearest + "?" : "";
    }

    /** Edits (insert, delete, replace) that turn one text into the other. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
