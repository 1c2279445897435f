package com.rapport.model;

/** Hears about each model as it is built, so a terminal can show progress and timings. */
public interface ModelListener {

    ModelListener SILENT = (model, nanos) -> {
    };

    void built(ModelDefinition model, long nanos);
}
