package com.rapport.ingest.format;

import com.rapport.core.NameKey;
import com.rapport.ingest.Field;
import com.rapport.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Contact ids for exports that carry none (Google, Outlook, LinkedIn, most reports). The id
 * hashes what identifies the person in that export, the profile URL when there is one,
 * else the folded name (the full name, or the first and last names, whichever the export
 * has), so a re-export with a changed phone or e-mail maps to the same contact. A contact
 * named by no person (a clinic's front desk) is identified by its organisation, else by
 * its e-mail. Two different records with the same name in one file are told apart by their
 * order ({@code -2}, {@code -3}); a record repeated with identical content gets the same
 * id again and so is reported as a duplicate row.
 */
final class DerivedContactIds {

    private final String prefix;
    private final int keyColumn;
    private final int contactId;
    private final int fullName;
    private final int firstName;
    private final int lastName;
    private final int organization;
    private final int email;
    private final Map<String, List<String>> seen = new HashMap<>();
    /** One digest for the file's records: looking SHA-256 up for each record cost more than hashing. */
    private final MessageDigest sha256;

    DerivedContactIds(String prefix, List<Field> fields, int keyColumn) {
        this.prefix = prefix;
        this.keyColumn = keyColumn;
        this.contactId = Field.indexOf(fields, "contact_id");
        this.fullName = Field.indexOf(fields, "full_name");
        this.firstName = Field.indexOf(fields, "first_name");
        this.lastName = Field.indexOf(fields, "last_name");
        this.organization = Field.indexOf(fields, "organization");
        this.email = Field.indexOf(fields, "email");
        this.sha256 = Sha256.digest();
    }

    boolean fills(int field) {
        return field == contactId;
    }

    void fill(String[] texts, String[] record) {
        if (texts[contactId] != null && !texts[contactId].isBlank()) {
            return;
        }
        String key = keyColumn >= 0 && !record[keyColumn].isBlank()
                ? record[keyColumn].strip().toLowerCase(java.util.Locale.ROOT)
                : identity(texts);
        if (key.isEmpty()) {
            return;
        }
        String base = prefix + "-" + hash(key);
        String content = contentOf(texts);
        List<String> contents = seen.computeIfAbsent(base, b -> new ArrayList<>());
        int position = contents.indexOf(content);
        if (position < 0) {
            contents.add(content);
            position = contents.size() - 1;
        }
        texts[contactId] = position == 0 ? base : base + "-" + (position + 1);
    }

    /**
     * The folded person's name; without one, the organisation or the e-mail, marked so that
     * neither is taken for a person of the same name. Empty when the record names nobody.
     */
    private String identity(String[] texts) {
        String person = NameKey.person(isBlank(texts[fullName])
                ? (text(texts, firstName) + " " + text(texts, lastName)) : texts[fullName]);
        if (!person.isEmpty()) {
            return person;
        }
        String organisation = NameKey.organisation(texts[organization]);
        if (!organisation.isEmpty()) {
            return "organization:" + organisation;
        }
        return isBlank(texts[email]) ? "" : "email:" + texts[email].strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(String[] texts, int field) {
        return texts[field] == null ? "" : texts[field];
    }

    private static String contentOf(String[] texts) {
        StringBuilder content = new StringBuilder();
        for (String text : texts) {
            content.append(text == null ? "" : text.strip()).append('\u001f');
        }
        return content.toString();
    }

    private String hash(String key) {
        return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 5);
    }

}
