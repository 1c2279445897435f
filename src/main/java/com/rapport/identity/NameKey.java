package com.rapport.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * Folds names and organisations into comparison keys: case and accents folded,
 * punctuation and repeated spaces removed, titles ({@code Dr.}) and trailing degrees
 * ({@code MD}, {@code DPT} ...) dropped. Keys compare; they are never printed.
 */
public final class NameKey {

    private static final Set<String> TITLES = Set.of("dr", "doctor", "mr", "mrs", "ms", "miss", "prof", "professor");
    private static final Set<String> DEGREES = Set.of("md", "do", "dc", "dpt", "pt", "dds", "dmd", "phd", "np", "pa",
            "pac", "rn", "ocs", "atc", "cscs", "lmt", "ot", "otr", "faaos", "facs", "mph", "mba", "esq", "od", "dpm");

    private NameKey() {
    }

    /**
     * Keys already worked out: the merge, the duplicate finder and the reference resolver
     * each ask for the same names, and folding is the costly part of rebuilding 100k partners.
     */
    private static final Map<String, String> PERSON_KEYS = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 1 << 20;

    /** A person's name key, or "" when nothing is left. */
    public static String person(String name) {
        if (name == null) {
            return "";
        }
        String known = PERSON_KEYS.get(name);
        if (known != null) {
            return known;
        }
        if (PERSON_KEYS.size() > MEMO_LIMIT) {
            PERSON_KEYS.clear();
        }
        String key = personKey(name);
        PERSON_KEYS.put(name, key);
        return key;
    }

    private static String personKey(String name) {
        List<String> tokens = tokens(name);
        while (tokens.size() > 1 && TITLES.contains(tokens.get(0))) {
            tokens.remove(0);
        }
        // Keep two tokens at least: "Sam Do" is a surname, not a degree.
        while (tokens.size() > 2 && DEGREES.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        return String.join(" ", tokens);
    }

    /** An organisation's key: folded, punctuation-free. */
    public static String organisation(String name) {
        return String.join(" ", tokens(name));
    }

    /** Case- and accent-folded text, with letters that do not decompose mapped by hand. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> tokens(String text) {
        String folded = fold(text).replaceAll("['’‘`´]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(folded.split(" ")));
    }
}
