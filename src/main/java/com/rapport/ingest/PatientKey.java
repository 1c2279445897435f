package com.rapport.ingest;

import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The secret behind patient-id hashing. It lives outside the data folder and outside the
 * database: {@code RAPPORT_PATIENT_KEY} (the secret itself), {@code RAPPORT_PATIENT_KEY_FILE},
 * or a key file in the user's config folder that the first run creates, owner-only.
 *
 * @param created the file a first run created, so the caller can tell the user where it is
 */
public record PatientKey(byte[] secret, Optional<Path> created) {

    public static final String KEY_VARIABLE = "RAPPORT_PATIENT_KEY";
    public static final String KEY_FILE_VARIABLE = "RAPPORT_PATIENT_KEY_FILE";

    public static PatientKey load(Map<String, String> environment, Path dataFolder) {
        String inline = environment.get(KEY_VARIABLE);
        if (inline != null && !inline.isBlank()) {
            return new PatientKey(inline.strip().getBytes(StandardCharsets.UTF_8), Optional.empty());
        }
        String named = environment.get(KEY_FILE_VARIABLE);
        Path file = named != null && !named.isBlank() ? Path.of(named) : configFolder(environment).resolve("patient-id.key");
        if (file.toAbsolutePath().normalize().startsWith(dataFolder.toAbsolutePath().normalize())) {
            throw new RapportException(Problem.BAD_ARGUMENT, "the patient-id key " + file
                    + " is inside the data folder; keep it elsewhere so the key never travels with the data");
        }
        try {
            if (Files.exists(file)) {
                return new PatientKey(Files.readString(file, StandardCharsets.UTF_8).strip()
                        .getBytes(StandardCharsets.UTF_8), Optional.empty());
            }
            if (named != null && !named.isBlank()) {
                throw new RapportException(Problem.MISSING_INPUT, "the patient-id key file " + file
                        + " named by " + KEY_FILE_VARIABLE + " does not exist");
            }
            return new PatientKey(create(file).getBytes(StandardCharsets.UTF_8), Optional.of(file));
        } catch (IOException e) {
            throw new RapportException(Problem.OUTPUT_FAILED, "cannot read or create the patient-id key " + file
                    + ": " + e.getMessage(), e);
        }
    }

    static Path configFolder(Map<String, String> environment) {
        String own = environment.get("RAPPORT_CONFIG_HOME");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("rapport");
    }

    private static String create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        return secret;
    }
}
