package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The committed sample (rapport generate's default output, DataGeneratorTest holds them
 * equal) with its October reviewed once for the whole test run: the CLI tests that only
 * read what that review wrote share it instead of each generating and reviewing again.
 * Its folder is deleted when the run ends. Ask for it as a parameter of a {@code @BeforeAll}
 * method of a class annotated {@code @ExtendWith(SampleReview.Resolver.class)}.
 */
final class SampleReview implements ExtensionContext.Store.CloseableResource {

    private static final Path SAMPLE = Path.of("sample-data");

    final Path folder;
    final Path data;
    final Path out;
    final Path home;
    final RapportCliTest.Run review;

    private SampleReview() throws IOException {
        folder = Files.createTempDirectory("rapport-sample-review");
        data = copyOfSample(folder.resolve("data"));
        out = folder.resolve("reports");
        home = folder.resolve("home");
        System.setProperty("user.home", home.toString());
        review = RapportCliTest.run("review", "--month", "2026-10", "--data", data.toString(), "--out", out.toString(),
                "--quiet");
        assertThat(review.exit()).as(review.err()).isZero();
    }

    /** A copy of the committed sample data folder at {@code target}, for a test that changes or reviews it itself. */
    static Path copyOfSample(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(SAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** Makes the next runs use the key the shared review was imported with. */
    void useItsPatientKey() {
        System.setProperty("user.home", home.toString());
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Hands the one shared review to any test method or lifecycle method that asks for it. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SampleReview.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SampleReview.class, type -> {
                        try {
                            return new SampleReview();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, SampleReview.class);
        }
    }
}
