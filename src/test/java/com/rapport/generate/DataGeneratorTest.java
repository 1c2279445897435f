package com.rapport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGeneratorTest {

    private static final Path SAMPLE = Path.of("sample-data");

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    /**
     * The committed sample is the default output: every file, byte for byte. The generator's
     * parts draw from one random source in a fixed order, and a change to that order shows here.
     */
    @Test
    void theDefaultFolderIsTheCommittedSampleByteForByte(@TempDir Path out) throws Exception {
        GeneratedCounts counts = new DataGenerator(new GeneratorSettings(out, GeneratorSettings.DEFAULT_PARTNERS,
                GeneratorSettings.DEFAULT_MONTHS, GeneratorSettings.DEFAULT_INTERACTIONS, GeneratorSettings.DEFAULT_REFERRALS,
                GeneratorSettings.DEFAULT_SEED, GeneratorSettings.DEFAULT_END)).generate();
        assertThat(files(out)).isEqualTo(files(SAMPLE));
        for (Path file : files(SAMPLE)) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(SAMPLE.resolve(file)));
        }
        assertThat(counts.partners()).isEqualTo(GeneratorSettings.DEFAULT_PARTNERS);
    }
}
