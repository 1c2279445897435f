package com.rapport.identity;

import com.rapport.core.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelling a partner is shown by, chosen from its records' spellings of one name: the
 * one a person would write. Mixed case before ALL CAPS ({@code Anika Patel}, not
 * {@code Anika PATEL}), accents before none ({@code José}), the typographic apostrophe
 * before the straight one ({@code O’Brien}); credentials ({@code MD}, {@code DPT}) go to
 * a field of their own instead of staying glued to the surname.
 */
public final class DisplayName {

    /** A name and the credentials that followed it, e.g. {@code Wei Chen} and {@code MD, PhD}; null when none. */
    public record Credentialed(String name, String credential) {
    }

    /** A last word after a space or comma, with the text before it. */
    private static final Pattern LAST_WORD = Pattern.compile("(.*?)[\\s,]+([\\p{L}.]+)\\s*");
    /** A surname with a credential glued on in capitals: {@code PatelDPT}. */
    private static final Pattern GLUED = Pattern.compile("(.*\\p{Ll})(\\p{Lu}{2,})");
    private static final Pattern UPPER = Pattern.compile("\\p{Lu}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Fewer words in the wrong case, then more accented letters, then more typographic apostrophes. */
    private static final Comparator<String> WRITTEN_BY_A_PERSON = Comparator
            .comparingInt(DisplayName::caseFlaws)
            .thenComparing(Comparator.comparingInt(DisplayName::accentedLetters).reversed())
            .thenComparing(Comparator.comparingInt(DisplayName::typographicApostrophes).reversed());

    private DisplayName() {
    }

    /**
     * A person's name without the credentials after it. A word is a credential when it is one
     * of the degrees {@link NameKey} drops and is written as one (two capitals, or with dots:
     * {@code MD}, {@code PhD}, {@code M.D.}), and two words of name are left: {@code Sam Do} is a surname.
     */
    public static Credentialed split(String name) {
        String rest = name.strip();
        if (plainLastWord(rest)) {
            return new Credentialed(rest, null);
        }
        List<String> credentials = new ArrayList<>();
        Matcher last = LAST_WORD.matcher(rest);
        while (last.matches() && isCredential(last.group(2)) && words(last.group(1)) >= 2) {
            credentials.add(0, last.group(2));
            rest = last.group(1).strip();
            last = LAST_WORD.matcher(rest);
        }
        if (credentials.isEmpty() && words(rest) >= 2) {
            String[] parts = SPACES.split(rest);
            Matcher glued = GLUED.matcher(parts[parts.length - 1]);
            if (glued.matches() && NameKey.isDegree(NameKey.fold(glued.group(2)))) {
                credentials.add(glued.group(2));
                rest = rest.substring(0, rest.length() - glued.group(2).length());
            }
        }
        return new Credentialed(rest, credentials.isEmpty() ? null : String.join(", ", credentials));
    }

    /**
     * Of the spellings (most recent first), the best written one of the same name as the
     * first: another name the records carry (a renamed organisation) does not compete.
     */
    public static String best(List<String> spellings, Function<String, String> key) {
        if (spellings.isEmpty()) {
            return null;
        }
        String first = spellings.get(0);
        String best = first;
        // Folded only when a spelling is better written: most partners have one spelling, or the same twice.
        String firstKey = null;
        for (int i = 1; i < spellings.size(); i++) {
            String candidate = spellings.get(i);
            if (!candidate.equals(best) && WRITTEN_BY_A_PERSON.compare(candidate, best) < 0) {
                firstKey = firstKey == null ? key.apply(first) : firstKey;
                if (key.apply(candidate).equals(firstKey)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * Whether the name's last run of letters and dots has no dot and at most one capital, as
     * most names' has: then no credential ends it, written apart or glued on, and the patterns
     * need not be tried.
     */
    private static boolean plainLastWord(String text) {
        int capitals = 0;
        for (int i = text.length(); i > 0; i -= Character.charCount(text.codePointBefore(i))) {
            int c = text.codePointBefore(i);
            if (c == '.' || Character.getType(c) == Character.UPPERCASE_LETTER && ++capitals >= 2) {
                return false;
            }
            if (!Character.isLetter(c)) {
                return true;
            }
        }
        return true;
    }

    private static boolean isCredential(String word) {
        String letters = word.replace(".", "");
        return !letters.isEmpty() && NameKey.isDegree(NameKey.fold(letters))
                && (UPPER.matcher(letters).results().count() >= 2 || word.contains("."));
    }

    private static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : SPACES.split(stripped).length;
    }

    /**
     * Words of two letters or more written wholly in capitals ({@code PATEL}; initials and CJK
     * do not count), and one more for a name with no capital at all ({@code anika patel}).
     */
    private static int caseFlaws(String text) {
        int count = text.equals(text.toLowerCase(Locale.ROOT))
                && !text.equals(text.toUpperCase(Locale.ROOT)) ? 1 : 0;
        // Each run of letters is a word: scanned by hand, as splitting by a pattern cost most of the naming.
        int start = -1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (Character.isLetter(text.codePointAt(i))) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                count += shouted(text.substring(start, i)) ? 1 : 0;
                start = -1;
            }
        }
        if (start >= 0) {
            count += shouted(text.substring(start)) ? 1 : 0;
        }
        return count;
    }

    private static boolean shouted(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static int accentedLetters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isLetter(c)) {
                count++;
            }
        }
        return count;
    }

    private static int typographicApostrophes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '’') {
                count++;
            }
        }
        return count;
    }
}
