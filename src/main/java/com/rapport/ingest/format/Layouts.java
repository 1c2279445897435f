package com.rapport.ingest.format;

import com.rapport.core.ColumnMappings;
import com.rapport.ingest.Field;
import com.rapport.ingest.InputKind;
import com.rapport.ingest.InputRefusedException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chooses a file's layout from its header: a mapping from the settings, a known export, or the canonical columns. */
public final class Layouts {

    private final ColumnMappings mappings;

    public Layouts(ColumnMappings mappings) {
        this.mappings = mappings;
    }

    /** The settings that say how files are read: mappings, date orders, the practice's country. */
    public ColumnMappings mappings() {
        return mappings;
    }

    /**
     * The layout for this header, or null when a contacts header is not one Rapport
     * recognises (it may be a preamble line above the real header).
     */
    public RecordLayout forHeader(String file, InputKind kind, List<String> fullHeader) {
        List<String> header = withoutTrailingBlanks(fullHeader);
        List<String> folded = header.stream().map(RecordLayout::fold).toList();
        Set<String> columns = new HashSet<>(folded);
        Map<String, String> mapping = mappings.forFile(file);
        try {
            return layout(file, kind, header, folded, columns, mapping);
        } catch (RecordLayout.AmbiguousColumn twice) {
            String field = twice.field() == null ? "" : twice.field();
            throw new InputRefusedException(file + ": column '" + header.get(twice.positions().get(0)).strip()
                    + "' appears " + twice.positions().size() + " times in the header (columns " + String.join(", ",
                    twice.positions().stream().map(p -> Integer.toString(p + 1)).toList()) + ") and Rapport reads it"
                    + (field.isEmpty() ? "" : " for " + field) + "; rename all but one in the export, or map "
                    + (field.isEmpty() ? "the field" : field) + " to a column that appears once: import."
                    + file.substring(file.lastIndexOf('/') + 1) + ".column." + (field.isEmpty() ? "<field>" : field)
                    + "=<header>");
        }
    }

    /** A delimiter closing every line leaves an empty last header name: no column. */
    private static List<String> withoutTrailingBlanks(List<String> header) {
        int width = header.size();
        while (width > 1 && header.get(width - 1).isBlank()) {
            width--;
        }
        return header.subList(0, width);
    }

    private RecordLayout layout(String file, InputKind kind, List<String> header, List<String> folded,
                                Set<String> columns, Map<String, String> mapping) {
        RecordLayout layout;
        if (!mapping.isEmpty()) {
            layout = mapped(file, kind, header, folded, mapping);
        } else if (kind == InputKind.CONTACTS) {
            ContactFormat format = ContactFormat.recognise(columns);
            if (format == null) {
                return looksCanonical(kind, columns) ? canonical(file, kind, header, folded) : null;
            }
            RecordLayout.Builder builder = new RecordLayout.Builder(format.label(), folded, header, kind.fields());
            format.map(builder);
            layout = builder.build();
        } else {
            layout = canonical(file, kind, header, folded);
        }
        return layout;
    }

    /** The message for a contacts file whose header no format recognises. */
    public static String unrecognised(String file, List<String> header) {
        return file + ": not a contact export Rapport recognises (found " + String.join(", ", header)
                + "); export from Google Contacts, Outlook, LinkedIn, HubSpot or Salesforce, use the canonical "
                + "columns (contact_id, full_name ...), or map the columns in rapport.properties with "
                + "import." + file.substring(file.lastIndexOf('/') + 1) + ".column.<field>=<header>";
    }

    private static RecordLayout canonical(String file, InputKind kind, List<String> header, List<String> folded) {
        RecordLayout layout = new RecordLayout.Builder("canonical", folded, header, kind.fields()).build();
        refuseMissing(file, kind, header, layout);
        return layout;
    }

    private static RecordLayout mapped(String file, InputKind kind, List<String> header, List<String> folded,
                                       Map<String, String> mapping) {
        RecordLayout.Builder builder = new RecordLayout.Builder("mapped", folded, header, kind.fields());
        for (Map.Entry<String, String> entry : mapping.entrySet()) {
            String field = entry.getKey();
            if (kind.fields().stream().noneMatch(f -> f.name().equals(field))) {
                throw new InputRefusedException(file + ": rapport.properties maps '" + field + "', which is not a "
                        + "column of " + kind.name().toLowerCase(java.util.Locale.ROOT) + " files");
            }
            if (!builder.header().contains(RecordLayout.fold(entry.getValue()))) {
                throw new InputRefusedException(file + ": rapport.properties maps " + field + " to column '"
                        + entry.getValue() + "', which the file does not have; found " + String.join(", ", header));
            }
            builder.column(field, RecordLayout.fold(entry.getValue()));
        }
        if (kind == InputKind.CONTACTS) {
            builder.derivedIds("mapped");
        }
        RecordLayout layout = builder.build();
        refuseMissing(file, kind, header, layout);
        return layout;
    }

    private static void refuseMissing(String file, InputKind kind, List<String> header, RecordLayout layout) {
        Set<String> available = new HashSet<>();
        List<Field> fields = kind.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (layout.reads(i)) {
                available.add(fields.get(i).name());
            }
        }
        List<String> missing = kind.missingColumns(available);
        if (!missing.isEmpty()) {
            String hint = header.size() == 1 && header.get(0).matches(".*[;\\t|].*")
                    ? " (the header is one column: is the file delimited by something other than commas?)" : "";
            throw new InputRefusedException(file + ": missing required column(s) " + String.join(", ", missing)
                    + "; found " + String.join(", ", header) + hint);
        }
    }

    private static boolean looksCanonical(InputKind kind, Set<String> columns) {
        return kind.fields().stream().anyMatch(f -> columns.contains(f.name()));
    }

}
