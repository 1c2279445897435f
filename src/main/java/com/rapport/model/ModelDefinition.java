package com.rapport.model;

/**
 * One SQL file of the catalogue: a model builds the table (or view) named like its file; a check
 * returns failing rows. Exported models are written as CSV beside the report, action
 * lists as short CSVs to act on. A history model reads {@code kpi_history}, which the review
 * fills after the catalogue's run, so it is built then. A kept model's table stays between
 * runs: its query gives the rows not in it yet ({@link ModelRunner#fillKept}).
 */
public record ModelDefinition(String path, Kind kind) {

    /** What the file is for. */
    public enum Kind { MODEL, VIEW, EXPORTED_MODEL, ACTION, CHECK, HISTORY, KEPT }

    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Models under {@code 3-registry/} describe the public registry files; their outputs exist only with those files. */
    public boolean fromRegistry() {
        return path.startsWith("3-registry/");
    }

    public String resource() {
        return "/models/" + path + ".sql";
    }
}
