package com.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where JNA cannot unpack its native part (a read-only home, a folder mounted noexec) the umask
 * cannot be set: a run under umask 022 stops with one line before it creates anything, a run
 * already under umask 077 needs no help. A process of its own: the umask and JNA are per process.
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path folder;

    private List<String> importUnder(String umask) throws Exception {
        Path db = folder.resolve(umask).resolve("rapport.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Under a plain file: a folder JNA can neither find nor create.
        Path nowhere = Files.writeString(folder.resolve("a-file"), "").resolve("jna");
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"", java,
                "-Djna.tmpdir=" + nowhere, "-Duser.home=" + nowhere,
                "-cp", System.getProperty("java.class.path"), "com.rapport.cli.Main",
                "import", "--data", Path.of("sample-data").toAbsolutePath().toString(), "--db", db.toString(), "--quiet")
                .redirectErrorStream(true);
        builder.environment().put("RAPPORT_PATIENT_KEY", "owner-only-test-key");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return List.of(Integer.toString(process.waitFor()), output.strip(), Boolean.toString(Files.exists(db)));
    }

    @Test
    void withoutJnaARunUnderAnOpenUmaskStopsInOneLineBeforeCreatingAnything() throws Exception {
        List<String> run = importUnder("022");
        assertThat(run.get(0)).isEqualTo("6");
        assertThat(run.get(1)).startsWith("rapport: cannot make this run's files owner-only: JNA could not load the C "
                + "library (").endsWith("start Rapport under 'umask 077', or give JNA a writable folder with "
                + "-Djna.tmpdir=<folder>").doesNotContain("\n");
        assertThat(run.get(2)).isEqualTo("false");
    }

    @Test
    void withoutJnaARunAlreadyUnderUmask077Goes() throws Exception {
        List<String> run = importUnder("077");
        assertThat(run.get(0)).as(run.get(1)).isEqualTo("0");
    }
}
