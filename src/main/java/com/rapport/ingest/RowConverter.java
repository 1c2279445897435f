package com.rapport.ingest;

import com.rapport.ingest.format.RecordLayout;
import java.util.List;

/**
 * Turns one source record into the typed values of its kind, by the fields' rules: the one
 * place that decides whether a row loads, loads with warnings, or is rejected and why.
 */
final class RowConverter {

    private final InputKind kind;
    private final RecordLayout layout;
    private final PatientIdHasher patients;

    RowConverter(InputKind kind, RecordLayout layout, PatientIdHasher patients) {
        this.kind = kind;
        this.layout = layout;
        this.patients = patients;
    }

    /** Fills {@code values} and adds warnings; returns the issue that rejects the row, or null. */
    RowIssue convert(String[] record, Object[] values, List<RowIssue> warnings) {
        if (record.length != layout.width()) {
            return new RowIssue("", "the row has " + record.length + " fields, the header has " + layout.width());
        }
        List<Field> fields = kind.fields();
        String[] texts = layout.read(record);
        if (kind == InputKind.CONTACTS && namesNobody(fields, texts)) {
            // Before the id: a derived id is made from the name, so "no contact_id" would hide the reason.
            return new RowIssue("full_name", "the row names nobody: no name, no organisation and no e-mail");
        }
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            Object value;
            try {
                value = field.type().parse(texts[i]);
            } catch (FieldProblem problem) {
                if (!field.soft()) {
                    return new RowIssue(field.name(), problem.getMessage());
                }
                warnings.add(new RowIssue(field.name(), problem.getMessage() + "; the value was left out"));
                value = null;
            }
            if (value == null) {
                if (field.required()) {
                    return new RowIssue(field.name(), "required value is empty");
                }
                value = field.whenEmpty();
            }
            if (field.type() == FieldType.PATIENT_ID && value != null) {
                value = patients.hash((String) value);
            }
            values[i] = value;
        }
        return kind == InputKind.CONTACTS ? completeContact(fields, values) : null;
    }

    /** The contract's "a row naming nobody": no name, no organisation and no e-mail. */
    private static boolean namesNobody(List<Field> fields, String[] texts) {
        for (String field : NAMING_FIELDS) {
            String text = texts[Field.indexOf(fields, field)];
            if (text != null && !text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static final List<String> NAMING_FIELDS = List.of("full_name", "first_name", "last_name", "organization",
            "email");

    /**
     * A contact is named by its person's name; one without (a clinic's front desk, a school's
     * athletics office) by its organisation, or else by its e-mail. Its category is the
     * contract's word or one derived from the role.
     */
    private static RowIssue completeContact(List<Field> fields, Object[] values) {
        int full = Field.indexOf(fields, "full_name");
        int first = Field.indexOf(fields, "first_name");
        int last = Field.indexOf(fields, "last_name");
        if (values[full] == null) {
            values[full] = ((values[first] == null ? "" : values[first]) + " "
                    + (values[last] == null ? "" : values[last])).strip();
        }
        if (((String) values[full]).isEmpty()) {
            Object organization = values[Field.indexOf(fields, "organization")];
            values[full] = organization != null ? organization : values[Field.indexOf(fields, "email")];
        }
        int category = Field.indexOf(fields, "category");
        values[category] = CategoryMapper.categoryOf((String) values[category],
                (String) values[Field.indexOf(fields, "role")]);
        return null;
    }
}
