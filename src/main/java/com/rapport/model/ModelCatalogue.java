package com.rapport.model;

import com.rapport.store.SqlResources;
import java.util.ArrayList;
import java.util.List;

/** The declared order of the models and checks, read from {@code models/catalogue.txt}. */
public record ModelCatalogue(List<ModelDefinition> entries) {

    public static ModelCatalogue load() {
        List<ModelDefinition> entries = new ArrayList<>();
        for (String line : SqlResources.read("/models/catalogue.txt").split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+");
            ModelDefinition.Kind kind = parts.length == 1 ? ModelDefinition.Kind.MODEL : switch (parts[1]) {
                case "csv" -> ModelDefinition.Kind.EXPORTED_MODEL;
                case "view" -> ModelDefinition.Kind.VIEW;
                case "action" -> ModelDefinition.Kind.ACTION;
                case "check" -> ModelDefinition.Kind.CHECK;
                default -> throw new IllegalStateException("catalogue line '" + text + "': unknown marker " + parts[1]);
            };
            entries.add(new ModelDefinition(parts[0], kind));
        }
        return new ModelCatalogue(List.copyOf(entries));
    }

    /** Every entry of the catalogue, checks included, in order. */
    public List<ModelDefinition> all() {
        return entries;
    }

    /** Everything built as a table, in order: models, exported models and action lists. */
    public List<ModelDefinition> models() {
        return entries.stream().filter(e -> e.kind() != ModelDefinition.Kind.CHECK).toList();
    }

    public List<ModelDefinition> exported() {
        return entries.stream().filter(e -> e.kind() == ModelDefinition.Kind.EXPORTED_MODEL).toList();
    }

    public List<ModelDefinition> actions() {
        return entries.stream().filter(e -> e.kind() == ModelDefinition.Kind.ACTION).toList();
    }

    public List<ModelDefinition> checks() {
        return entries.stream().filter(e -> e.kind() == ModelDefinition.Kind.CHECK).toList();
    }
}
