package com.rapport.core;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Column mappings from {@code rapport.properties} for exports Rapport does not know:
 * {@code import.<file>.column.<field>=<header>}, where {@code <file>} is the file's name
 * (e.g. {@code practice-mate.csv}) or its path in the data folder ({@code contacts/practice-mate.csv}).
 */
public final class ColumnMappings {

    private static final String PREFIX = "import.";
    private static final String COLUMN = ".column.";
    private static final String PATIENT_ID = "patient_id";

    private static final String DATE_ORDER = ".date_order";

    private final Map<String, Map<String, String>> byFile;
    private final Map<String, DateOrder> dateOrders;
    private final String country;

    private ColumnMappings(Map<String, Map<String, String>> byFile, Map<String, DateOrder> dateOrders, String country) {
        this.byFile = byFile;
        this.dateOrders = dateOrders;
        this.country = country;
    }

    public static ColumnMappings none() {
        return new ColumnMappings(Map.of(), Map.of(), "US");
    }

    /**
     * The mappings of the settings.
     *
     * @throws IllegalArgumentException naming the key that maps a patient column into a stored field
     */
    public static ColumnMappings from(Properties properties) {
        Map<String, Map<String, String>> byFile = new TreeMap<>();
        Map<String, String> keys = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int column = key.lastIndexOf(COLUMN);
            if (key.startsWith(PREFIX) && column > PREFIX.length()) {
                String file = key.substring(PREFIX.length(), column).toLowerCase(Locale.ROOT);
                String field = key.substring(column + COLUMN.length()).strip().toLowerCase(Locale.ROOT);
                byFile.computeIfAbsent(file, f -> new TreeMap<>()).put(field, properties.getProperty(key).strip());
                keys.put(file + COLUMN + field, key);
            }
        }
        Map<String, DateOrder> dateOrders = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PREFIX) && key.endsWith(DATE_ORDER) && key.length() > PREFIX.length() + DATE_ORDER.length()) {
                String file = key.substring(PREFIX.length(), key.length() - DATE_ORDER.length()).toLowerCase(Locale.ROOT);
                String value = properties.getProperty(key).strip().toUpperCase(Locale.ROOT);
                try {
                    dateOrders.put(file, DateOrder.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw new RapportException(RapportException.Problem.BAD_ARGUMENT, "rapport.properties: " + key
                            + " must be MDY, DMY or YMD, was '" + properties.getProperty(key) + "'");
                }
            }
        }
        String country = properties.getProperty("practice.country", "US").strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new RapportException(RapportException.Problem.BAD_ARGUMENT, "rapport.properties: practice.country "
                    + "must be a two-letter country code such as US or DE, was '" + properties.getProperty("practice.country") + "'");
        }
        byFile.forEach((file, mapping) -> refusePatientColumns(mapping, field -> keys.get(file + COLUMN + field)));
        return new ColumnMappings(byFile, dateOrders, country);
    }

    /** The date order the settings give for a file ({@code import.<file>.date_order}), or null. */
    public DateOrder dateOrder(String path) {
        String folded = path.toLowerCase(Locale.ROOT);
        DateOrder order = dateOrders.get(folded);
        return order != null ? order : dateOrders.get(folded.substring(folded.lastIndexOf('/') + 1));
    }

    /** True when the practice is in the US ({@code practice.country}), where a postal code has five digits. */
    public boolean usPostalCodes() {
        return country.equals("US");
    }

    /**
     * Patient data never leaves the load step: the columns the contract names as patient data,
     * spelt any way ({@code Patient ID}), and the column mapped to {@code patient_id}, may feed
     * only {@code patient_id}, which is hashed. Anything else would store or print them.
     */
    private static void refusePatientColumns(Map<String, String> mapping, UnaryOperator<String> keyOf) {
        Set<String> patientColumns = new HashSet<>(Set.of("patientid", "patientname"));
        if (mapping.containsKey(PATIENT_ID)) {
            patientColumns.add(loose(mapping.get(PATIENT_ID)));
        }
        mapping.forEach((field, header) -> {
            if (!field.equals(PATIENT_ID) && patientColumns.contains(loose(header))) {
                throw new IllegalArgumentException(keyOf.apply(field) + " maps the patient column '" + header
                        + "' into a stored field; patient columns can be mapped only to patient_id, which is hashed");
            }
        });
    }

    private static String loose(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Canonical field to source header for a file given as its path in the data folder; empty if none. */
    public Map<String, String> forFile(String path) {
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
        return byFile + (dateOrders.isEmpty() ? "" : " " + dateOrders) + (country.equals("US") ? "" : " " + country);
    }
}
