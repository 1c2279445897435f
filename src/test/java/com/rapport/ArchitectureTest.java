package com.rapport;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, down the house: cli → pipeline → the steps → chart / store → core.
 * This is the whole allowed graph, written out; an import not listed here fails the build.
 *
 * <pre>
 * cli       → pipeline, report, model, ingest, registry, generate, core
 * pipeline  → report, model, identity, ingest, registry, store, core
 * report    → model, chart, core        (a section draws a model's rows into a chart)
 * model     → registry, store, core     (the prospects model is bound by the registry's parameters)
 * identity  → ingest, model, store, core (partners are resolved after the import, from the marks it leaves;
 *                                         the step fills the catalogue's kept models, the activity resolved)
 * generate  → registry, core            (the generator writes registry files where the importer reads them)
 * ingest    → store, core
 * registry  → store, core
 * chart     → core (nothing else: a chart draws rows it is given)
 * store     → core
 * core      → nothing in Rapport
 * </pre>
 *
 * Siblings on one level (report → model, model → registry, identity → ingest, identity → model) are allowed in
 * one direction only, so no two packages can depend on each other.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.rapport");

    @Test
    void everyArrowPointsDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("com.rapport.cli..")
                .layer("pipeline").definedBy("com.rapport.pipeline..")
                .layer("report").definedBy("com.rapport.report..")
                .layer("model").definedBy("com.rapport.model..")
                .layer("identity").definedBy("com.rapport.identity..")
                .layer("generate").definedBy("com.rapport.generate..")
                .layer("ingest").definedBy("com.rapport.ingest..")
                .layer("registry").definedBy("com.rapport.registry..")
                .layer("chart").definedBy("com.rapport.chart..")
                .layer("store").definedBy("com.rapport.store..")
                .layer("core").definedBy("com.rapport.core..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "pipeline")
                .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "pipeline", "report", "identity")
                .whereLayer("identity").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("generate").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli", "pipeline", "identity")
                .whereLayer("registry").mayOnlyBeAccessedByLayers("cli", "pipeline", "model", "generate")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("report")
                .whereLayer("store").mayOnlyBeAccessedByLayers("pipeline", "model", "identity", "ingest", "registry")
                .ensureAllClassesAreContainedInArchitecture()
                .check(MAIN);
    }
}
