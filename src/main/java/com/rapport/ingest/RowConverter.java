package com.rapport.ingest;

import com.rapport.core.DateOrder;
import com.rapport.ingest.format.RecordLayout;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one source record into the typed values of its kind, by the fields' rules: the one
 * place that decides whether a row loads, loads with warnings, or is rejected and why.
 */
final class RowConverter {

    /** A US ZIP code whose leading zero a spreadsheet dropped ({@code 2134}, {@code 2134-1234}). */
    private static final Pattern SHORT_ZIP = Pattern.compile("\\d{4}(-\\d{4})?");
    /** An amount as Excel writes it where the comma is the decimal mark: {@code 24,90}, {@code 1.250,00}. */
    static final String DECIMAL_COMMA_PATTERN = "-?(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+";
    private static final Pattern DECIMAL_COMMA = Pattern.compile(DECIMAL_COMMA_PATTERN);

    private final InputKind kind;
    private final RecordLayout layout;
    private final PatientIdHasher patients;
    private final DateOrder[] dateOrders;
    private final int postalCode;
    private final boolean decimalComma;
    private long paddedPostalCodes;

    RowConverter(InputKind kind, RecordLayout layout, PatientIdHasher patients) {
        this(kind, layout, patients, ReadRules.PLAIN);
    }

    RowConverter(InputKind kind, RecordLayout layout, PatientIdHasher patients, ReadRules rules) {
        this.kind = kind;
        this.layout = layout;
        this.patients = patients;
        this.dateOrders = new DateOrder[kind.fields().size()];
        rules.dateOrders().forEach((field, order) -> this.dateOrders[field] = order);
        int zip = kind.fields().stream().map(Field::name).toList().indexOf("postal_code");
        this.postalCode = rules.padUsPostalCodes() ? zip : -1;
        this.decimalComma = rules.decimalComma();
    }

    /** Postal codes given back their leading zero so far. */
    long paddedPostalCodes() {
        return paddedPostalCodes;
    }

    /** Fills {@code values} and adds warnings; returns the issue that rejects the row, or null. */
    RowIssue convert(String[] record, Object[] values, List<RowIssue> warnings) {
        if (record.length != layout.width() && !(record.length > layout.width() && blankFrom(record, layout.width()))) {
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
            if (dateOrders[i] != null) {
                texts[i] = dateOrders[i].toIso(texts[i]);
            } else if (i == postalCode && texts[i] != null && SHORT_ZIP.matcher(texts[i].strip()).matches()) {
                texts[i] = "0" + texts[i].strip();
                paddedPostalCodes++;
            } else if (decimalComma && field.type() == FieldType.AMOUNT && texts[i] != null
                    && DECIMAL_COMMA.matcher(texts[i].strip()).matches()) {
                texts[i] = texts[i].strip().replace(".", "").replace(',', '.');
            }
            try {
                value = field.type().parse(texts[i]);
            } catch (FieldProblem problem) {
                // A column read in the user's order names that order: the ISO form the type names would mislead.
                String reason = dateOrders[i] == null ? problem.getMessage() : "'" + texts[i].strip()
                        + "' is not a date in this column's order (" + dateOrders[i].label() + ")";
                if (!field.soft()) {
                    return new RowIssue(layout.columnFor(i, field.name()), reason);
                }
                warnings.add(new RowIssue(layout.columnFor(i, field.name()), reason + "; the value was left out"));
                value = null;
            }
            if (value == null) {
                if (field.required()) {
                    return new RowIssue(layout.columnFor(i, field.name()), "required value is empty");
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

    /** True when every value from {@code from} on is blank: a delimiter closing the line, not more fields. */
    private static boolean blankFrom(String[] record, int from) {
        for (int i = from; i < record.length; i++) {
            if (!record[i].isBlank()) {
                return false;
            }
        }
        return true;
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
