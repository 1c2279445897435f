package com.rapport.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import com.rapport.core.RapportException;
import com.rapport.core.RapportException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Optional AES-256 encryption of the PDFs. The password comes from an environment
 * variable or a file, never from the command line, where other users of the machine
 * could read it in the process list.
 */
public final class PdfProtection {

    public static final String PASSWORD_VARIABLE = "RAPPORT_PDF_PASSWORD";
    public static final String PASSWORD_FILE_VARIABLE = "RAPPORT_PDF_PASSWORD_FILE";
    private static final PdfProtection NONE = new PdfProtection(null);

    private final byte[] password;

    private PdfProtection(byte[] password) {
        this.password = password;
    }

    public static PdfProtection none() {
        return NONE;
    }

    /**
     * The protection asked for: the password from {@code passwordFile} if given, else from
     * {@value #PASSWORD_VARIABLE}, else from the file named by {@value #PASSWORD_FILE_VARIABLE}.
     */
    public static PdfProtection withPassword(Map<String, String> environment, Path passwordFile) {
        String password;
        if (passwordFile != null) {
            password = read(passwordFile);
        } else if (environment.get(PASSWORD_VARIABLE) != null) {
            password = environment.get(PASSWORD_VARIABLE);
        } else if (environment.get(PASSWORD_FILE_VARIABLE) != null) {
            password = read(Path.of(environment.get(PASSWORD_FILE_VARIABLE)));
        } else {
            throw new RapportException(Problem.BAD_ARGUMENT, "--encrypt needs a password: set " + PASSWORD_VARIABLE
                    + ", or " + PASSWORD_FILE_VARIABLE + " or --password-file to a file holding it");
        }
        if (password.isBlank()) {
            throw new RapportException(Problem.BAD_ARGUMENT, "the PDF password is empty");
        }
        return new PdfProtection(password.getBytes(StandardCharsets.UTF_8));
    }

    public boolean encrypts() {
        return password != null;
    }

    /** Must run before the document opens. Printing and copying stay allowed for whoever has the password. */
    void applyTo(PdfWriter writer) {
        if (password == null) {
            return;
        }
        try {
            writer.setEncryption(password, password, PdfWriter.ALLOW_PRINTING | PdfWriter.ALLOW_COPY
                    | PdfWriter.ALLOW_SCREENREADERS, PdfWriter.ENCRYPTION_AES_256_V3);
        } catch (DocumentException e) {
            throw new IllegalStateException("AES-256 encryption is not available", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new RapportException(Problem.BAD_ARGUMENT, "cannot read the PDF password file " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
