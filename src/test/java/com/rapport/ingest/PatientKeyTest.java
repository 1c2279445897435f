package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rapport.core.RapportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patient-id key: made once, owner-only, in the user's config folder, never inside the data folder. */
class PatientKeyTest {

    @TempDir
    Path folder;

    @Test
    void aFirstRunCreatesAnOwnerOnlyKeyAndLaterRunsReuseIt() throws Exception {
        Map<String, String> environment = Map.of("RAPPORT_CONFIG_HOME", folder.resolve("config").toString());
        Path data = Files.createDirectories(folder.resolve("data"));
        PatientKey first = PatientKey.load(environment, data);
        Path file = first.created().orElseThrow();
        assertThat(file).isEqualTo(folder.resolve("config/patient-id.key"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        PatientKey again = PatientKey.load(environment, data);
        assertThat(again.created()).isEmpty();
        assertThat(new PatientIdHasher(again.secret()).hash("PT-1")).isEqualTo(new PatientIdHasher(first.secret())
                .hash("PT-1"));
    }

    /** A run killed while it created the key leaves no empty key behind; if one is there, it is named, not used. */
    @Test
    void anEmptyKeyFileIsRefusedNamingTheFile() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path key = Files.writeString(folder.resolve("patient-id.key"), "\n");
        assertThatThrownBy(() -> PatientKey.load(Map.of("RAPPORT_PATIENT_KEY_FILE", key.toString()), data))
                .isInstanceOf(RapportException.class)
                .hasMessage("the patient-id key file " + key + " is empty: restore it from its backup, or delete it "
                        + "and start again with a new key (earlier patient ids then no longer match)");
    }

    @Test
    void theFirstRunLeavesOnlyTheKeyInTheConfigFolder() throws Exception {
        Path config = folder.resolve("config");
        PatientKey.load(Map.of("RAPPORT_CONFIG_HOME", config.toString()), Files.createDirectories(folder.resolve("data")));
        try (var files = Files.list(config)) {
            assertThat(files).containsExactly(config.resolve("patient-id.key"));
        }
        assertThat(Files.readString(config.resolve("patient-id.key"))).matches("[0-9a-f]{64}\n");
    }

    @Test
    void aKeyFileInsideTheDataFolderIsRefused() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Path key = Files.writeString(data.resolve("key.txt"), "a-secret-that-travels-with-the-data");
        assertThatThrownBy(() -> PatientKey.load(Map.of("RAPPORT_PATIENT_KEY_FILE", key.toString()), data))
                .hasMessageContaining("inside the data folder");
    }
}
