package com.rapport.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

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
    private static final Map<String, String> ORGANISATION_KEYS = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 1 << 20;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String APOSTROPHES = "'’‘`´";

    /** A person's name key, or "" when nothing is left. */
    public static String person(String name) {
        return name == null ? "" : remembered(PERSON_KEYS, name, NameKey::personKey);
    }

    private static String remembered(Map<String, String> memo, String text, UnaryOperator<String> key) {
        String known = memo.get(text);
        if (known != null) {
            return known;
        }
        if (memo.size() > MEMO_LIMIT) {
            memo.clear();
        }
        String computed = key.apply(text);
        memo.put(text, computed);
        return computed;
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

    /** True for a degree or credential such as {@code md} or {@code dpt}, given folded. */
    public static boolean isDegree(String folded) {
        return DEGREES.contains(folded);
    }

    /** An organisation's key: folded, punctuation-free. */
    public static String organisation(String name) {
        return name == null ? "" : remembered(ORGANISATION_KEYS, name, text -> String.join(" ", tokens(text)));
    }

    /** Case- and accent-folded text, with letters that do not decompose mapped by hand. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // Plain ASCII has nothing to decompose; most names are, and normalising is the costly step.
        String decomposed = isAscii(text) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
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

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The folded words: apostrophes dropped inside a word ({@code O'Brien} is one), anything not a letter or digit between words. */
    private static List<String> tokens(String text) {
        String folded = fold(text);
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            if (Character.isLetter(c) || isNumber(c)) {
                token.appendCodePoint(c);
            } else if (!token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
