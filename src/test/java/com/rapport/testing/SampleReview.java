package com.rapport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.cli.RapportCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import picocli.CommandLine;

/**
 * The committed sample (rapport generate's default output, DataGeneratorTest holds them
 * equal) with its October reviewed once for the whole test run: the tests that only read
 * what that review wrote share it, and those that need a database holding the imported
 * sample start from a copy of its database, instead of each importing and reviewing again.
 * The review reads its data folder through a symbolic link, as a user's may be.
 * Its folder is deleted when the run ends. Ask for it as a parameter of a {@code @BeforeAll}
 * method of a class annotated {@code @ExtendWith(SampleReview.Resolver.class)}.
 */
public final class SampleReview implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final Path SAMPLE = Path.of("sample-data");

    public final Path folder;
    /** A link to a copy of the sample data folder. */
    public final Path data;
    /** The output folder: its {@code 2026-10} month and the database, {@code rapport.duckdb}. */
    public final Path out;
    public final Path home;
    /** What the review printed: the PDF it wrote and where the lists are. */
    public final String console;

    private SampleReview() throws IOException {
        folder = Files.createTempDirectory("rapport-sample-review");
        copyOfSample(folder.resolve("sample-data"));
        data = Files.createSymbolicLink(folder.resolve("data"), folder.resolve("sample-data"));
        out = folder.resolve("reports");
        home = folder.resolve("home");
        System.setProperty("user.home", home.toString());
        StringWriter printed = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = RapportCommand.commandLine();
        line.setOut(new PrintWriter(printed, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute("review", "--month", "2026-10", "--data", data.toString(), "--out", out.toString(),
                "--quiet");
        assertThat(exit).as(err.toString()).isZero();
        console = printed.toString();
    }

    /** A copy of the committed sample data folder at {@code target}, for a test that changes or reviews it itself. */
    public static Path copyOfSample(Path target) throws IOException {
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

    /**
     * A copy of the review's database at {@code target}, owner-only as the review left it: the
     * sample imported, its partners resolved and October's models run. Runs on the copy with any
     * copy of the sample data import nothing again (the import ledger knows each file by its
     * checksum) as long as they use its patient key ({@link #useItsPatientKey()}).
     */
    public Path copyOfDatabase(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(out.resolve("rapport.duckdb"), target, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** A copy of the whole output folder at {@code target} (the month and the database), modes and times kept. */
    public Path copyOfOutputs(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(out.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }

    /** Makes the next runs use the key the shared review was imported with. */
    public void useItsPatientKey() {
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
    public static final class Resolver implements ParameterResolver {

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
