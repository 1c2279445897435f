package com.rapport.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A contact's category: the contract's own word when it is one, else a guess from a
 * free-text role ("Orthopedic Surgeon" is a physician), else {@code other}.
 */
public final class CategoryMapper {

    private static final Set<String> CATEGORIES = Set.of("physician", "chiropractor", "dentist", "therapist",
            "fitness", "school", "attorney", "employer", "community", "other");

    /** Role keywords in the order they are tried: the first that appears in the role wins. */
    private static final Map<String, String> ROLE_WORDS = new LinkedHashMap<>();

    static {
        for (String word : new String[] {"chiropract"}) {
            ROLE_WORDS.put(word, "chiropractor");
        }
        for (String word : new String[] {"dentist", "dental", "orthodont", "dds", "dmd"}) {
            ROLE_WORDS.put(word, "dentist");
        }
        for (String word : new String[] {"physician", "surgeon", "doctor", "md", "internist", "neurolog",
            "orthopedic", "orthopaedic", "pediatrician", "podiatr", "rheumatolog", "cardiolog", "obstetric",
            "gynecolog", "family medicine", "sports medicine", "pain specialist", "nurse practitioner", "physiatr"}) {
            ROLE_WORDS.put(word, "physician");
        }
        for (String word : new String[] {"therapist", "massage", "counsel", "psycholog", "acupunctur"}) {
            ROLE_WORDS.put(word, "therapist");
        }
        for (String word : new String[] {"trainer", "coach", "yoga", "pilates", "fitness", "gym", "crossfit"}) {
            ROLE_WORDS.put(word, "fitness");
        }
        for (String word : new String[] {"school", "teacher", "principal", "athletic director"}) {
            ROLE_WORDS.put(word, "school");
        }
        for (String word : new String[] {"attorney", "lawyer", "paralegal", "law"}) {
            ROLE_WORDS.put(word, "attorney");
        }
        for (String word : new String[] {"hr ", "human resources", "benefits", "safety manager", "employer"}) {
            ROLE_WORDS.put(word, "employer");
        }
        for (String word : new String[] {"communit", "pastor", "church", "senior center", "nonprofit"}) {
            ROLE_WORDS.put(word, "community");
        }
    }

    private CategoryMapper() {
    }

    public static String categoryOf(String category, String role) {
        if (category != null) {
            String folded = category.strip().toLowerCase(Locale.ROOT);
            if (CATEGORIES.contains(folded)) {
                return folded;
            }
        }
        String text = " " + (category == null ? "" : category) + " " + (role == null ? "" : role) + " ";
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ");
        for (Map.Entry<String, String> entry : ROLE_WORDS.entrySet()) {
            String word = entry.getKey();
            boolean shortWord = word.length() <= 3;
            if (shortWord ? folded.contains(" " + word.strip() + " ") : folded.contains(word)) {
                return entry.getValue();
            }
        }
        return "other";
    }
}
