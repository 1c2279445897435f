package com.rapport.pipeline;

import com.rapport.ingest.ImportListener;
import com.rapport.model.ModelListener;
import com.rapport.registry.RegistryListener;

/** Hears what the pipeline does: import, registry and model progress, and notices for the user. */
public interface PipelineListener extends ImportListener, RegistryListener, ModelListener {

    PipelineListener SILENT = new PipelineListener() {
        @Override
        public void built(com.rapport.model.ModelDefinition model, long nanos) {
        }
    };

    /** A stage of the run finished, with how long it took. */
    default void stage(String name, long nanos) {
    }

    /** Something the user should know that is not an error (a key file created, say). */
    default void notice(String message) {
    }
}
