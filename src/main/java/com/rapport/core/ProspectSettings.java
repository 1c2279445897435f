package com.rapport.core;

import com.rapport.core.RapportException.Problem;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the practice is and whom it looks for (docs/prospects.md): {@code practice.npi} (its
 * NPPES practice address), else {@code practice.postal_code}; {@code prospects.zip3}
 * overrides the area (3-digit ZIP prefixes); {@code prospects.taxonomies} the specialties
 * (taxonomy-code prefixes), by default those that refer to a physical-therapy practice.
 */
public record ProspectSettings(String practiceNpi, String practicePostalCode, List<String> zip3,
                               List<String> taxonomies) {

    /**
     * Orthopaedic surgery, physical medicine and rehabilitation, family and internal medicine,
     * neurology, rheumatology, sports medicine (family and orthopaedic), podiatry, chiropractic.
     */
    public static final List<String> PHYSICAL_THERAPY_REFERRERS = List.of("207X", "2081", "207Q", "207R", "2084N",
            "207RR0500X", "207QS0010X", "207XX0005X", "213E", "111N");

    public static ProspectSettings defaults() {
        return new ProspectSettings(null, null, List.of(), PHYSICAL_THERAPY_REFERRERS);
    }

    public static ProspectSettings from(Path file, Properties properties) {
        String npi = text(properties, "practice.npi");
        if (npi != null && !Npi.isValid(npi)) {
            throw bad(file, "practice.npi must be the practice's 10-digit NPI (its check digit valid), was '" + npi + "'");
        }
        String postal = text(properties, "practice.postal_code");
        if (postal != null && !postal.matches("\\d{5}(-?\\d{4})?")) {
            throw bad(file, "practice.postal_code must be a US ZIP code such as 02134 or 02134-1234, was '" + postal + "'");
        }
        List<String> zip3 = list(properties, "prospects.zip3");
        zip3.stream().filter(z -> !z.matches("\\d{3}")).findFirst().ifPresent(z -> {
            throw bad(file, "prospects.zip3 must list 3-digit ZIP prefixes separated by commas, such as 021, 024; '"
                    + z + "' is not one");
        });
        List<String> taxonomies = list(properties, "prospects.taxonomies").stream()
                .map(t -> t.toUpperCase(Locale.ROOT)).toList();
        taxonomies.stream().filter(t -> !t.matches("[0-9A-Z]{1,10}")).findFirst().ifPresent(t -> {
            throw bad(file, "prospects.taxonomies must list taxonomy codes or their prefixes (such as 207X, 2081), '"
                    + t + "' is not one");
        });
        return new ProspectSettings(npi, postal == null ? null : postal.replace("-", ""), zip3,
                taxonomies.isEmpty() ? PHYSICAL_THERAPY_REFERRERS : taxonomies);
    }

    private static String text(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(Properties properties, String key) {
        String value = text(properties, key);
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static RapportException bad(Path file, String message) {
        return new RapportException(Problem.BAD_ARGUMENT, file + ": " + message);
    }
}
