package com.rapport.ingest;

import static com.rapport.ingest.Field.optional;
import static com.rapport.ingest.Field.required;
import static com.rapport.ingest.Field.soft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The kinds of input file of the data contract: which table each loads into, its
 * natural key (a newer export replaces rows with the same key) and its canonical fields.
 */
public enum InputKind {
    CONTACTS("raw_contacts", "contact_id", List.of(
            required("contact_id", FieldType.TEXT),
            optional("full_name", FieldType.TEXT),
            optional("first_name", FieldType.TEXT),
            optional("last_name", FieldType.TEXT),
            optional("organization", FieldType.TEXT),
            optional("role", FieldType.TEXT),
            optional("category", FieldType.TEXT),
            optional("email", FieldType.TEXT),
            optional("phone", FieldType.TEXT),
            soft("npi", FieldType.NPI),
            optional("city", FieldType.TEXT),
            optional("postal_code", FieldType.TEXT),
            soft("network_size", FieldType.POSITIVE_INT),
            optional("introduced_by", FieldType.TEXT),
            soft("spotlight_opt_out", FieldType.BOOLEAN),
            soft("updated_at", FieldType.DATE),
            optional("other_emails", FieldType.TEXT))),
    INTERACTIONS("raw_interactions", "interaction_id", List.of(
            required("interaction_id", FieldType.TEXT),
            required("date", FieldType.DATE),
            required("contact", FieldType.TEXT),
            required("type", FieldType.INTERACTION_TYPE),
            optional("direction", FieldType.INTERACTION_DIRECTION, "outbound"),
            optional("event_id", FieldType.TEXT),
            optional("amount", FieldType.AMOUNT))),
    REFERRALS("raw_referrals", "referral_id", List.of(
            required("referral_id", FieldType.TEXT),
            required("date", FieldType.DATE),
            required("direction", FieldType.REFERRAL_DIRECTION),
            required("partner", FieldType.TEXT),
            optional("patient_id", FieldType.PATIENT_ID),
            optional("service", FieldType.TEXT),
            soft("status", FieldType.REFERRAL_STATUS))),
    EVENTS("raw_events", "event_id", List.of(
            required("event_id", FieldType.TEXT),
            required("date", FieldType.DATE),
            required("name", FieldType.TEXT),
            soft("kind", FieldType.EVENT_KIND))),
    SPOTLIGHTS("raw_spotlights", "month", List.of(
            required("month", FieldType.MONTH),
            required("partner", FieldType.TEXT))),
    /** Pairs of contact references the user confirmed are one person: the whole file is the current list. */
    MERGES("raw_merges", "reference_a || ' = ' || reference_b", List.of(
            required("reference_a", FieldType.TEXT),
            required("reference_b", FieldType.TEXT)));

    /** A contact export names people, or organisations (a partner named by its organisation). */
    private static final Set<String> NAME_COLUMNS = Set.of("full_name", "first_name", "last_name", "organization");

    private final String table;
    private final String key;
    private final List<Field> fields;

    InputKind(String table, String key, List<Field> fields) {
        this.table = table;
        this.key = key;
        this.fields = fields;
    }

    public String table() {
        return table;
    }

    /** The staging table a file is appended into before it is published in one statement. */
    public String loadTable() {
        return "load_" + table.substring("raw_".length());
    }

    /** The natural key as a SQL expression over the load table. */
    public String key() {
        return key;
    }

    /** The key's name in messages: a column, or "pair" for a pair of references. */
    public String keyLabel() {
        return this == MERGES ? "pair" : key;
    }

    /**
     * True when a file is the whole current list, so publishing it replaces what that file
     * loaded before (a pair removed from merges.csv is no longer merged); otherwise rows are
     * inserted or replaced by key and the history is kept.
     */
    public boolean replacesFile() {
        return this == MERGES;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Required columns absent from a header (names already folded to lower case). */
    public List<String> missingColumns(Set<String> header) {
        List<String> missing = new ArrayList<>();
        for (Field field : fields) {
            if (field.required() && !header.contains(field.name())) {
                missing.add(field.name());
            }
        }
        if (this == CONTACTS && header.stream().noneMatch(NAME_COLUMNS::contains)) {
            missing.add("full_name (or first_name/last_name, or organization)");
        }
        return missing;
    }
}
