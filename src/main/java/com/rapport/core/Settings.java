package com.rapport.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The practice's settings: the defaults of docs/settings.md, overridden by {@code rapport.properties}
 * in the data folder. The report's appendix lists the values used.
 */
public record Settings(String practiceName, PageSize pageSize, int establishedTouches, int defaultNetworkSize,
                       int topPartners, double rejectThreshold, String memoryLimit, Map<Integer, Double> giftCaps,
                       ColumnMappings columnMappings, String phoneRegion, ProspectSettings prospects) {

    public static final String FILE_NAME = "rapport.properties";

    /** A size DuckDB reads as a memory limit: a positive number and a unit ({@code 600MB}, {@code 2 GiB}). */
    private static final Pattern MEMORY_LIMIT = Pattern.compile(
            "(?i)(\\d+(\\.\\d+)?) ?(b|bytes|kb|mb|gb|tb|kib|mib|gib|tib)");

    /**
     * The smallest cap the models hold: they divide by it and write the share as DECIMAL(38, 6);
     * the largest is the largest amount ({@link Amounts#LARGEST}).
     */
    private static final double SMALLEST_CAP = 0.01;

    /** Paper sizes a report can be printed on. */
    public enum PageSize { A4, LETTER }

    public static Settings defaults() {
        return new Settings("Your practice", PageSize.A4, 7, 250, 10, 0.05, "600MB", Map.of(), ColumnMappings.none(), "US",
                ProspectSettings.defaults());
    }

    public static Settings load(Path dataFolder) {
        return load(dataFolder, warning -> { });
    }

    /** As {@link #load(Path)}; a key Rapport does not know is ignored, and {@code warnings} hears of it. */
    public static Settings load(Path dataFolder, Consumer<String> warnings) {
        Path file = dataFolder.resolve(FILE_NAME);
        Properties properties = new Properties();
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            DataFolderFile.refusal(dataFolder, file).ifPresent(why -> {
                throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file + ": " + why);
            });
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file + ": cannot be read ("
                        + e.getMessage() + ")");
            }
        }
        for (String key : properties.stringPropertyNames()) {
            if (!SettingKeys.known(key)) {
                warnings.accept(file + ": unknown setting " + key + " is ignored" + SettingKeys.suggestion(key));
            }
        }
        Settings d = defaults();
        Map<Integer, Double> caps = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("gift.cap.")) {
                int year = intValue(file, key, key.substring("gift.cap.".length()));
                caps.put(year, cap(file, key, properties.getProperty(key)));
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
                memoryLimit(file, properties.getProperty("duckdb.memory_limit", d.memoryLimit())),
                java.util.Collections.unmodifiableMap(caps),
                columnMappings(file, properties),
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

    /** A cap the models can hold: Infinity, 1e400 (read as Infinity) and 1e-300 (zero at six places) are not. */
    private static double cap(Path file, String key, String value) {
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed >= SMALLEST_CAP && parsed <= Amounts.LARGEST) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file + ": " + key
                + " must be an amount from 0.01 to 1000000000000, was '" + value + "'");
    }

    /**
     * A size DuckDB takes and can work in: below 64MB a review of a small practice runs out of
     * memory, above 1000TB DuckDB refuses the value; both would be DuckDB's error, not naming the key.
     */
    private static String memoryLimit(Path file, String value) {
        String limit = value.strip();
        var size = MEMORY_LIMIT.matcher(limit);
        if (!size.matches()) {
            throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file
                    + ": duckdb.memory_limit must be a size such as 600MB or 2GB, was '" + value + "'");
        }
        String unit = size.group(3).toLowerCase(java.util.Locale.ROOT);
        int power = "bkmgt".indexOf(unit.charAt(0));
        java.math.BigDecimal bytes = new java.math.BigDecimal(size.group(1)).multiply(unit.contains("i")
                ? java.math.BigDecimal.valueOf(1024).pow(power) : java.math.BigDecimal.TEN.pow(3 * power));
        if (bytes.compareTo(java.math.BigDecimal.valueOf(64_000_000L)) < 0
                || bytes.compareTo(java.math.BigDecimal.valueOf(1_000_000_000_000_000L)) > 0) {
            throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file
                    + ": duckdb.memory_limit must be a size from 64MB to 1000TB, was '" + value + "'");
        }
        return limit;
    }

    private static ColumnMappings columnMappings(Path file, Properties properties) {
        try {
            return ColumnMappings.from(properties);
        } catch (IllegalArgumentException e) {
            throw new RapportException(RapportException.Problem.BAD_ARGUMENT, file + ": " + e.getMessage());
        }
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
