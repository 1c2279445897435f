package com.rapport.model;

import com.rapport.store.SqlResources;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
                case "history" -> ModelDefinition.Kind.HISTORY;
                case "kept" -> ModelDefinition.Kind.KEPT;
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

    /** What the catalogue's run builds for a month, in order: models, views, exported models and action lists. */
    public List<ModelDefinition> models() {
        return entries.stream().filter(e -> e.kind() != ModelDefinition.Kind.CHECK
                && e.kind() != ModelDefinition.Kind.HISTORY && e.kind() != ModelDefinition.Kind.KEPT).toList();
    }

    /** The models that read {@code kpi_history}, built once the review has filled it. */
    public List<ModelDefinition> history() {
        return entries.stream().filter(e -> e.kind() == ModelDefinition.Kind.HISTORY).toList();
    }

    /** The tables kept between runs and filled as the inputs grow, in order. */
    public List<ModelDefinition> kept() {
        return entries.stream().filter(e -> e.kind() == ModelDefinition.Kind.KEPT).toList();
    }

    /**
     * The models the named one reads, directly or through others, in catalogue order and
     * itself last: enough to build it. A model reads another by naming it in its query, so a
     * name in a comment is ignored and one left out would fail loudly (no such table). Kept
     * models are read as they are: their query gives only the rows their table lacks, so
     * building one here would hide the kept table behind an empty one.
     */
    public List<ModelDefinition> neededFor(String name) {
        List<ModelDefinition> models = entries.stream().filter(e -> e.kind() != ModelDefinition.Kind.CHECK
                && e.kind() != ModelDefinition.Kind.KEPT).toList();
        if (models.stream().noneMatch(m -> m.name().equals(name))) {
            throw new IllegalArgumentException("no model named " + name + " in the catalogue");
        }
        Set<String> needed = new HashSet<>(Set.of(name));
        for (int i = models.size() - 1; i >= 0; i--) {
            if (!needed.contains(models.get(i).name())) {
                continue;
            }
            String query = SqlResources.read(models.get(i).resource()).replaceAll("--[^\n]*", "");
            for (ModelDefinition earlier : models.subList(0, i)) {
                if (Pattern.compile("\\b" + earlier.name() + "\\b", Pattern.CASE_INSENSITIVE).matcher(query).find()) {
                    needed.add(earlier.name());
                }
            }
        }
        return models.stream().filter(m -> needed.contains(m.name())).toList();
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
