package com.rapport.cli;

import com.rapport.report.pdf.PdfProtection;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Whether the PDFs are encrypted, and where the password comes from (never the command line itself). */
final class PdfOptions {

    @Option(names = "--encrypt", description = "encrypt the PDF (AES-256); the password comes from "
            + PdfProtection.PASSWORD_VARIABLE + ", " + PdfProtection.PASSWORD_FILE_VARIABLE + " or --password-file")
    boolean encrypt;

    @Option(names = "--password-file", paramLabel = "FILE", description = "file holding the PDF password (with --encrypt)")
    Path passwordFile;

    PdfProtection protection(Map<String, String> environment) {
        return encrypt || passwordFile != null ? PdfProtection.withPassword(environment, passwordFile)
                : PdfProtection.none();
    }
}
