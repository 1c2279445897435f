package com.rapport.ingest.format;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Column mappings from {@code rapport.properties} for exports Rapport does not know:
 * {@code import.<file>.column.<field>=<header>}, where {@code <file>} is the file's name
 * (e.g. {@code practice-mate.csv}) or its path in the data folder ({@code contacts/practice-mate.csv}).
 */
public final class ColumnMappings {

    private static final String PREFIX = "import.";
    private static final String COLUMN = ".column.";

    private final Map<String, Map<String, String>> byFile;

    private ColumnMappings(Map<String, Map<String, String>> byFile) {
        this.byFile = byFile;
    }

    public static ColumnMappings none() {
        return new ColumnMappings(Map.of());
    }

    public static ColumnMappings from(Properties properties) {
        Map<String, Map<String, String>> byFile = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int column = key.lastIndexOf(COLUMN);
            if (key.startsWith(PREFIX) && column > PREFIX.length()) {
                String file = key.substring(PREFIX.length(), column).toLowerCase(Locale.ROOT);
                String field = key.substring(column + COLUMN.length()).strip().toLowerCase(Locale.ROOT);
                byFile.computeIfAbsent(file, f -> new TreeMap<>()).put(field, properties.getProperty(key).strip());
            }
        }
        return new ColumnMappings(byFile);
    }

    /** Canonical field to source header for a file given as its path in the data folder; empty if none. */
    Map<String, String> forFile(String path) {
        String folded = path.toLowerCase(Locale.ROOT);
        String fileName = folded.substring(folded.lastIndexOf('/') + 1);
        Map<String, String> mapping = byFile.get(folded);
        return mapping != null ? mapping : byFile.getOrDefault(fileName, Map.of());
    }

    public boolean isEmpty() {
        return byFile.isEmpty();
    }

    /** The mappings themselves: settings are compared by their text (cached numbers depend on them). */
    @Override
    public String toString() {
        return byFile.toString();
    }
}
