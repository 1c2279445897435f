package com.rapport.pipeline;

import com.rapport.ingest.format.ColumnMappings;
import com.rapport.registry.ProspectSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The practice's settings: metrics.md's defaults, overridden by {@code rapport.properties}
 * in the data folder. The report's appendix lists the values used.
 */
public record Settings(String practiceName, PageSize pageSize, int establishedTouches, int defaultNetworkSize,
                       int topPartners, double rejectThreshold, String memoryLimit, Map<Integer, Double> giftCaps,
                       ColumnMappings columnMappings, String phoneRegion, ProspectSettings prospects) {

    public static final String FILE_NAME = "rapport.properties";

    /** Paper sizes a report can be printed on. */
    public enum PageSize { A4, LETTER }

    public static Settings defaults() {
        return new Settings("Your practice", PageSize.A4, 7, 250, 10, 0.05, "600MB", Map.of(), ColumnMappings.none(), "US",
                ProspectSettings.defaults());
    }

    public static Settings load(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file + ": cannot be read ("
                        + e.getMessage() + ")");
            }
        }
        Settings d = defaults();
        Map<Integer, Double> caps = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("gift.cap.")) {
                int year = intValue(file, key, key.substring("gift.cap.".length()));
                caps.put(year, positive(file, key, properties.getProperty(key)));
            }
        }
        String page = properties.getProperty("report.page_size", d.pageSize().name()).strip();
        PageSize pageSize = switch (page.toUpperCase(java.util.Locale.ROOT)) {
            case "A4" -> PageSize.A4;
            case "LETTER" -> PageSize.LETTER;
            default -> throw new RapportException(RapportException.Problem.BAD_ARGUMENT,
                    file + ": report.page_size must be A4 or Letter, was '" + page + "'");
        };
        return new Settings(
                properties.getProperty("practice.name", d.practiceName()).strip(),
                pageSize,
                intSetting(file, properties, "touches.established", d.establishedTouches()),
                intSetting(file, properties, "network.default_size", d.defaultNetworkSize()),
                intSetting(file, properties, "network.top_partners", d.topPartners()),
                fraction(file, properties.getProperty("import.reject_threshold"), d.rejectThreshold()),
                properties.getProperty("duckdb.memory_limit", d.memoryLimit()).strip(),
                java.util.Collections.unmodifiableMap(caps),
                ColumnMappings.from(properties),
                region(file, properties.getProperty("phone.default_region", d.phoneRegion())),
                ProspectSettings.from(file, properties));
    }

    public OptionalDouble giftCap(int year) {
        Double cap = giftCaps.get(year);
        return cap == null ? OptionalDouble.empty() : OptionalDouble.of(cap);
    }

    /** Phone numbers written without a country code belong to this ISO country (two letters). */
    private static String region(Path file, String value) {
        String region = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!region.matches("[A-Z]{2}")) {
            throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file
                    + ": phone.default_region must be a two-letter country code such as US or GB, was '" + value + "'");
        }
        return region;
    }

    private static int intSetting(Path file, Properties properties, String key, int fallback) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        int parsed = intValue(file, key, value.strip());
        if (parsed < 1) {
            throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file + ": " + key
                    + " must be a positive whole number, was '" + value + "'");
        }
        return parsed;
    }

    private static int intValue(Path file, String key, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file + ": " + key
                    + " needs a whole number, was '" + value + "'");
        }
    }

    private static double positive(Path file, String key, String value) {
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file + ": " + key
                + " must be a positive amount, was '" + value + "'");
    }

    private static double fraction(Path file, String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file
                + ": import.reject_threshold must be a fraction from 0 to 1 (0.05 is 5 %), was '" + value + "'");
    }
}
