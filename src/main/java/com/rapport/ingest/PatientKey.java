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
                return new PatientKey(read(file).getBytes(StandardCharsets.UTF_8), Optional.empty());
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

    private static String read(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (secret.isEmpty()) {
            throw new RapportException(Problem.BAD_ARGUMENT, "the patient-id key file " + file + " is empty: restore it "
                    + "from its backup, or delete it and start again with a new key (earlier patient ids then no longer match)");
        }
        return secret;
    }

    /**
     * Writes the new key beside its place, whole, then links it there: a run killed meanwhile
     * leaves no empty key, and of two first runs at once the second reads the first's key
     * rather than replacing it (a link, unlike a move, never replaces a file).
     */
    private static String create(Path file) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        Path temp;
        try {
            temp = Files.createTempFile(folder, ".patient-id", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            temp = Files.createTempFile(folder, ".patient-id", ".tmp");
        }
        try {
            Files.writeString(temp, secret + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file);
            }
            return secret;
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
