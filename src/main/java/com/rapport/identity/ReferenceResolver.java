package com.rapport.identity;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Resolves a contact reference (a contact id, optionally {@code <file>:<id>}, an e-mail, an
 * NPI or a full name) to a partner by the same keys as the merge. The first kind of key
 * that matches anything decides: one partner is a match, two or more are ambiguous.
 */
public final class ReferenceResolver {

    private final List<KeyIndex> indexes;

    public ReferenceResolver(List<RecordAssignment> assignments) {
        KeyIndex qualified = new KeyIndex(UnaryOperator.identity());
        KeyIndex contactId = new KeyIndex(UnaryOperator.identity());
        KeyIndex email = new KeyIndex(text -> text.toLowerCase(Locale.ROOT));
        KeyIndex npi = new KeyIndex(UnaryOperator.identity());
        KeyIndex name = new KeyIndex(NameKey::person);
        for (RecordAssignment assignment : assignments) {
            ContactRecord r = assignment.record();
            String partner = assignment.partnerId();
            qualified.add(r.sourceFile() + ":" + r.contactId(), partner);
            qualified.add(Path.of(r.sourceFile()).getFileName() + ":" + r.contactId(), partner);
            contactId.add(r.contactId(), partner);
            r.emailKeys().forEach(key -> email.add(key, partner));
            npi.add(r.npiKey(), partner);
            name.add(r.fullName(), partner);
        }
        this.indexes = List.of(qualified, contactId, email, npi, name);
    }

    public Resolution resolve(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            return new Resolution(null, "no_match");
        }
        for (KeyIndex index : indexes) {
            Object found = index.lookup(text);
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

    /** Each key's partner, or {@link #AMBIGUOUS} once a second partner has it: all a lookup needs. */
    private static final class KeyIndex {
        private static final Object AMBIGUOUS = new Object();

        private final UnaryOperator<String> normalise;
        private final Map<String, Object> partners = new HashMap<>();

        KeyIndex(UnaryOperator<String> normalise) {
            this.normalise = normalise;
        }

        void add(String key, String partner) {
            if (key == null) {
                return;
            }
            String k = normalise.apply(key.strip());
            if (!k.isEmpty()) {
                partners.merge(k, partner, (known, other) -> known.equals(other) ? known : AMBIGUOUS);
            }
        }

        /** The partner (a String), {@link #AMBIGUOUS}, or null when no record has the key. */
        Object lookup(String text) {
            return partners.get(normalise.apply(text));
        }
    }
}
