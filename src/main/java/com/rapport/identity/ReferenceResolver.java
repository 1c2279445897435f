package com.rapport.identity;

import com.rapport.core.NameKey;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Resolves a contact reference (a contact id, optionally {@code <file>:<id>}, an e-mail, an
 * NPI or a full name) to a partner by the same keys as the merge. The first kind of key
 * that matches anything decides: one partner is a match, two or more are ambiguous.
 *
 * <p>Its keys are kept in the database ({@link #forEachKey}), so a month that names a few new
 * references resolves them from the stored keys ({@link #ofStoredKeys}) instead of reading and
 * folding every contact record again.
 */
public final class ReferenceResolver {

    /** The kinds of key, strongest first, each with how a reference is folded to look it up. */
    public enum KeyKind {
        QUALIFIED(UnaryOperator.identity()),
        CONTACT_ID(UnaryOperator.identity()),
        EMAIL(text -> text.toLowerCase(Locale.ROOT)),
        NPI(UnaryOperator.identity()),
        NAME(NameKey::person);

        private final UnaryOperator<String> normalise;

        KeyKind(UnaryOperator<String> normalise) {
            this.normalise = normalise;
        }

        /** The key a reference is looked up by: folded, or empty when nothing is left. */
        public String key(String text) {
            return normalise.apply(text.strip());
        }
    }

    /** Marks a key two or more partners have. */
    private static final Object AMBIGUOUS = new Object();

    /** Per kind, each key's partner (a String) or {@link #AMBIGUOUS}: all a lookup needs. */
    private final Map<KeyKind, Map<String, Object>> partners = new EnumMap<>(KeyKind.class);

    /** @param records how many records the keys come from: each kind's map is sized for one key per record */
    private ReferenceResolver(int records) {
        for (KeyKind kind : KeyKind.values()) {
            // QUALIFIED has two keys per record.
            partners.put(kind, new HashMap<>((kind == KeyKind.QUALIFIED ? 2 : 1) * records * 4 / 3 + 1));
        }
    }

    public ReferenceResolver(List<RecordAssignment> assignments) {
        this(assignments.size());
        // A handful of exports: each file's name is worked out once, not once per record.
        Map<String, String> fileNames = new HashMap<>();
        for (RecordAssignment assignment : assignments) {
            ContactRecord r = assignment.record();
            String partner = assignment.partnerId();
            add(KeyKind.QUALIFIED, r.sourceFile() + ":" + r.contactId(), partner);
            add(KeyKind.QUALIFIED, fileNames.computeIfAbsent(r.sourceFile(), file -> Path.of(file).getFileName()
                    .toString()) + ":" + r.contactId(), partner);
            add(KeyKind.CONTACT_ID, r.contactId(), partner);
            r.emailKeys().forEach(key -> add(KeyKind.EMAIL, key, partner));
            add(KeyKind.NPI, r.npiKey(), partner);
            add(KeyKind.NAME, r.fullName(), partner);
        }
    }

    /** A stored key: its kind, the folded key, and its partner, or null when several partners have it. */
    public record StoredKey(KeyKind kind, String key, String partnerId) {
    }

    /** A resolver of stored keys: those the references to resolve would be looked up by are enough. */
    public static ReferenceResolver ofStoredKeys(Iterable<StoredKey> keys) {
        ReferenceResolver resolver = new ReferenceResolver(0);
        for (StoredKey key : keys) {
            resolver.partners.get(key.kind()).put(key.key(), key.partnerId() == null ? AMBIGUOUS : key.partnerId());
        }
        return resolver;
    }

    /** What {@link #forEachKey} hands on. */
    @FunctionalInterface
    public interface KeyConsumer<E extends Exception> {
        void accept(StoredKey key) throws E;
    }

    /** Every key, to be stored. */
    public <E extends Exception> void forEachKey(KeyConsumer<E> consumer) throws E {
        for (Map.Entry<KeyKind, Map<String, Object>> kind : partners.entrySet()) {
            for (Map.Entry<String, Object> key : kind.getValue().entrySet()) {
                consumer.accept(new StoredKey(kind.getKey(), key.getKey(),
                        key.getValue() instanceof String partner ? partner : null));
            }
        }
    }

    private void add(KeyKind kind, String key, String partner) {
        if (key == null) {
            return;
        }
        String k = kind.key(key);
        if (!k.isEmpty()) {
            partners.get(kind).merge(k, partner, (known, other) -> known.equals(other) ? known : AMBIGUOUS);
        }
    }

    /** The keys a reference would be looked up by (for reading stored keys); none for an empty reference. */
    public static Map<KeyKind, String> lookupKeys(String reference) {
        Map<KeyKind, String> keys = new EnumMap<>(KeyKind.class);
        String text = reference == null ? "" : reference.strip();
        for (KeyKind kind : KeyKind.values()) {
            String key = text.isEmpty() ? "" : kind.key(text);
            if (!key.isEmpty()) {
                keys.put(kind, key);
            }
        }
        return keys;
    }

    public Resolution resolve(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            return new Resolution(null, "no_match");
        }
        // Kind by kind, folding only as far as needed (a name's folding is the costly one).
        for (KeyKind kind : KeyKind.values()) {
            Object found = partners.get(kind).get(kind.key(text));
            if (found instanceof String partner) {
                return new Resolution(partner, null);
            }
            if (found != null) {
                return new Resolution(null, "ambiguous");
            }
        }
        return new Resolution(null, "no_match");
    }

    /** A partner id, or a problem ({@code no_match}, {@code ambiguous}). */
    public record Resolution(String partnerId, String problem) {
    }
}
