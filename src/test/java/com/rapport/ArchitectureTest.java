package com.rapport;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * one direction only, so no two packages can depend on each other. The cli reaches past the pipeline only for
 * what its commands print or parse (an import's and a registry file's result, a model's name in the progress,
 * the PDF password options) and for the two commands the pipeline does not run: inspect (ingest alone, no
 * database) and generate.
 *
 * <p>The graph is checked twice: on the class files (ArchUnit), and on the source's imports, because a
 * constant ({@code static final String}) is copied into the class that uses it, so an import of one leaves no
 * trace in the class files.
 */
class ArchitectureTest {

    /** Each package and the packages that may use it; core, at the bottom, may be used by every one. */
    private static final Map<String, List<String>> USED_BY = usedBy();

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.rapport");

    private static final Pattern RAPPORT_NAME = Pattern.compile("\\bcom\\.rapport\\.(\\w+)\\.");

    private static Map<String, List<String>> usedBy() {
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        usedBy.put("cli", List.of());
        usedBy.put("pipeline", List.of("cli"));
        usedBy.put("report", List.of("cli", "pipeline"));
        usedBy.put("model", List.of("cli", "pipeline", "report", "identity"));
        usedBy.put("identity", List.of("pipeline"));
        usedBy.put("generate", List.of("cli"));
        usedBy.put("ingest", List.of("cli", "pipeline", "identity"));
        usedBy.put("registry", List.of("cli", "pipeline", "model", "generate"));
        usedBy.put("chart", List.of("report"));
        usedBy.put("store", List.of("pipeline", "model", "identity", "ingest", "registry"));
        usedBy.put("core", null);
        return usedBy;
    }

    @Test
    void everyArrowPointsDown() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : USED_BY.keySet()) {
            layers = layers.layer(layer).definedBy("com.rapport." + layer + "..");
        }
        for (Map.Entry<String, List<String>> layer : USED_BY.entrySet()) {
            if (layer.getValue() == null) {
                continue;
            }
            layers = layer.getValue().isEmpty() ? layers.whereLayer(layer.getKey()).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(layer.getKey()).mayOnlyBeAccessedByLayers(layer.getValue().toArray(String[]::new));
        }
        layers.ensureAllClassesAreContainedInArchitecture().check(MAIN);
    }

    /** A name of another package anywhere in a source file (an import, a qualified name) follows the same graph. */
    @Test
    void everyNameInTheSourcePointsDown() throws IOException {
        Path root = Path.of("src/main/java/com/rapport");
        List<String> upward = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = root.relativize(file).getName(0).toString();
                Matcher name = RAPPORT_NAME.matcher(Files.readString(file));
                while (name.find()) {
                    String to = name.group(1);
                    List<String> allowed = USED_BY.get(to);
                    if (!to.equals(from) && allowed != null && !allowed.contains(from)) {
                        upward.add(root.relativize(file) + " names com.rapport." + to);
                    }
                }
            }
        }
        assertThat(upward).isEmpty();
    }
}
