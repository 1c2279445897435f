package com.rapport.ingest;

/**
 * One canonical column of an input: its name, its type, whether the row needs it, and
 * what a bad value costs. A {@code soft} field that breaks its rule is dropped with a
 * warning and the row still loads (an invalid NPI, say); any other bad value rejects the row.
 */
public record Field(String name, FieldType type, boolean required, boolean soft, Object whenEmpty) {

    /** The database column: a patient id is stored only as its keyed hash, under another name. */
    public String column() {
        return type == FieldType.PATIENT_ID ? "patient_key" : name;
    }

    public static Field required(String name, FieldType type) {
        return new Field(name, type, true, false, null);
    }

    public static Field optional(String name, FieldType type) {
        return new Field(name, type, false, false, null);
    }

    public static Field optional(String name, FieldType type, Object whenEmpty) {
        return new Field(name, type, false, false, whenEmpty);
    }

    public static Field soft(String name, FieldType type) {
        return new Field(name, type, false, true, null);
    }

    public static Field soft(String name, FieldType type, Object whenEmpty) {
        return new Field(name, type, false, true, whenEmpty);
    }

    /** Where the field of that name sits in a kind's field list. */
    public static int indexOf(java.util.List<Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field " + name);
    }
}
