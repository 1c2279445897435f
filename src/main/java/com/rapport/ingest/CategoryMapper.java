package com.rapport.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A contact's category: the contract's own word when it is one, else a guess from a
 * free-text role ("Orthopedic Surgeon" is a physician), else {@code other}.
 */
public final class CategoryMapper {

    private static final Set<String> CATEGORIES = Set.of("physician", "chiropractor", "dentist", "therapist",
            "fitness", "school", "attorney", "employer", "community", "other");

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z ]");

    /**
     * Role keywords in the order they are tried, as searched for: the first that appears in
     * the role wins; a short one (md, dds, law) must stand as a word of its own.
     */
    private static final Map<String, String> ROLE_WORDS = new LinkedHashMap<>();

    static {
        for (String word : new String[] {"chiropract"}) {
            addRoleWord(word, "chiropractor");
        }
        for (String word : new String[] {"dentist", "dental", "orthodont", "dds", "dmd"}) {
            addRoleWord(word, "dentist");
        }
        for (String word : new String[] {"physician", "surgeon", "doctor", "md", "internist", "neurolog",
            "orthopedic", "orthopaedic", "pediatrician", "podiatr", "rheumatolog", "cardiolog", "obstetric",
            "gynecolog", "family medicine", "sports medicine", "pain specialist", "nurse practitioner", "physiatr"}) {
            addRoleWord(word, "physician");
        }
        for (String word : new String[] {"therapist", "massage", "counsel", "psycholog", "acupunctur"}) {
            addRoleWord(word, "therapist");
        }
        for (String word : new String[] {"trainer", "coach", "yoga", "pilates", "fitness", "gym", "crossfit"}) {
            addRoleWord(word, "fitness");
        }
        for (String word : new String[] {"school", "teacher", "principal", "athletic director"}) {
            addRoleWord(word, "school");
        }
        for (String word : new String[] {"attorney", "lawyer", "paralegal", "law"}) {
            addRoleWord(word, "attorney");
        }
        for (String word : new String[] {"hr ", "human resources", "benefits", "safety manager", "employer"}) {
            addRoleWord(word, "employer");
        }
        for (String word : new String[] {"communit", "pastor", "church", "senior center", "nonprofit"}) {
            addRoleWord(word, "community");
        }
    }

    private CategoryMapper() {
    }

    private static void addRoleWord(String word, String category) {
        ROLE_WORDS.put(word.length() <= 3 ? " " + word.strip() + " " : word, category);
    }

    public static String categoryOf(String category, String role) {
        if (category != null) {
            String folded = category.strip().toLowerCase(Locale.ROOT);
            if (CATEGORIES.contains(folded)) {
                return folded;
            }
        }
        String text = " " + (category == null ? "" : category) + " " + (role == null ? "" : role) + " ";
        String folded = NOT_A_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (Map.Entry<String, String> entry : ROLE_WORDS.entrySet()) {
            if (folded.contains(entry.getKey())) {
                return entry.getValue();
            }
        }
        return "other";
    }
}
