package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rapport.store.Database;
import com.rapport.testing.SampleReview;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patient canaries planted in the sample (names, ids, a birth date, in a loaded row, a
 * rejected row and an unmatched row) must appear in no output: PDF text, CSVs, rejects,
 * the database (every text column of every table, and the file's raw bytes) or the
 * console. Contact fields written like spreadsheet formulas must reach every CSV as text.
 * The PDF is encrypted only on request.
 */
class PrivacyAndSafetyTest {

    private static final List<String> CANARIES = List.of("Zebulon Canarywood", "PT-CANARY-90210",
            "Wilhelmina Canarytoe", "PT-CANARY-90211", "Bartholomew Canaryfeld", "PT-CANARY-90212", "1911-11-11");
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example.com\",\"Dr. Click\")";

    @TempDir
    static Path folder;
    static Path data;
    static Path out;
    static RapportCliTest.Run review;
    static RapportCliTest.Run spotlight;

    @BeforeAll
    static void reviewDataWithCanaries() throws Exception {
        data = folder.resolve("data");
        out = folder.resolve("out");
        System.setProperty("user.home", folder.resolve("home").toString());
        SampleReview.copyOfSample(data);
        plantCanaries();
        review = RapportCliTest.run("review", "--month", "2026-10", "--data", data.toString(), "--out", out.toString(),
                "--verbose", "--timings");
        spotlight = RapportCliTest.run("spotlight", "--month", "2026-10", "--data", data.toString(), "--out",
                out.toString(), "--verbose");
        assertThat(review.exit()).as(review.err()).isZero();
        assertThat(spotlight.exit()).as(spotlight.err()).isZero();
    }

    /** A patient birth-date column, three canary patients, and a contact whose fields look like formulas. */
    private static void plantCanaries() throws Exception {
        Path referrals = data.resolve("referrals.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(referrals));
        lines.set(0, lines.get(0) + ",patient_dob");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + ",");
        }
        lines.add("RCANARY1,2026-10-03,in,C00001,PT-CANARY-90210,Zebulon Canarywood,post-surgical rehab,received,1911-11-11");
        lines.add("RCANARY2,2026-13-45,in,C00001,PT-CANARY-90211,Wilhelmina Canarytoe,,received,1911-11-11");
        lines.add("RCANARY3,2026-10-04,in,Canary Clinic Nobody,PT-CANARY-90212,Bartholomew Canaryfeld,,received,");
        Files.write(referrals, lines);
        Files.writeString(data.resolve("contacts/crm-export.csv"), "C09999,\"" + FORMULA_NAME.replace("\"", "\"\"")
                + "\",,,@SUM(1+1),+cmd|' /C calc'!A0,physician,,-2+3,,Portland,,,,false,2026-10-01\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(data.resolve("interactions.csv"), "ICANARY1,2026-10-02,C09999,meeting,outbound,,,\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void noCanaryReachesAnyOutputTheDatabaseOrTheConsole() throws Exception {
        StringBuilder everything = new StringBuilder(review.out()).append(review.err()).append(spotlight.out())
                .append(spotlight.err());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    everything.append(new PDFTextStripper().getText(pdf));
                    everything.append(pdf.getDocumentInformation().getCOSObject().toString());
                }
            } else if (name.endsWith(".csv")) {
                everything.append(Files.readString(file));
            }
        }
        Path database = out.resolve("rapport.duckdb");
        String rawBytes = new String(Files.readAllBytes(database), StandardCharsets.ISO_8859_1);
        everything.append(databaseText(database));
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("rejects.csv"));
        assertThat(everything.toString()).contains("2026-13-45", "Canary Clinic Nobody");
        for (String canary : CANARIES) {
            assertThat(everything.toString()).as(canary).doesNotContain(canary);
            assertThat(rawBytes).as(canary + " in the database file").doesNotContain(canary);
        }
    }

    /** Every text value of every table, as a dump would show them. */
    private static String databaseText(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Database database = Database.open(file, "256MB");
             Statement statement = database.connection().createStatement()) {
            List<String> selects = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name, column_name from information_schema.columns "
                    + "where data_type = 'VARCHAR' and table_schema = 'main'")) {
                while (rs.next()) {
                    selects.add("select string_agg(\"" + rs.getString(2) + "\", '|') from \"" + rs.getString(1) + "\"");
                }
            }
            assertThat(selects).hasSizeGreaterThan(50);
            for (String select : selects) {
                try (ResultSet rs = statement.executeQuery(select)) {
                    rs.next();
                    text.append(rs.getString(1));
                }
            }
        }
        return text.toString();
    }

    /** A keyed hash is still PHI: the database, the rejects and the review are the owner's alone. */
    @Test
    void theDatabaseTheRejectsAndThePdfAreOwnerOnly() throws Exception {
        for (Path file : List.of(out.resolve("rapport.duckdb"), out.resolve("2026-10/rejects.csv"),
                out.resolve("2026-10/partnership-review-2026-10.pdf"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.getFileName().toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void everyTextCellOfEveryCsvThatLooksLikeAFormulaIsNeutralised() throws Exception {
        List<Path> csvs;
        try (Stream<Path> walk = Files.walk(out)) {
            csvs = walk.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        assertThat(csvs).hasSizeGreaterThan(30);
        List<String> neutralised = new ArrayList<>();
        for (Path csv : csvs) {
            try (Reader reader = Files.newBufferedReader(csv)) {
                for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                    for (String cell : record) {
                        boolean number = cell.matches("-?\\d+(\\.\\d+)?");
                        assertThat(number || cell.isEmpty() || "=+-@\t\r\n".indexOf(cell.charAt(0)) < 0)
                                .as(csv.getFileName() + ": " + cell).isTrue();
                        if (cell.startsWith("'=HYPERLINK") || cell.startsWith("'@SUM") || cell.startsWith("'+cmd")) {
                            neutralised.add(csv.getFileName() + ":" + cell.substring(0, 5));
                        }
                    }
                }
            }
        }
        assertThat(neutralised).contains("partner_records.csv:'=HYP", "follow_up.csv:'=HYP", "follow_up.csv:'=HYP");
    }

    @Test
    void thePdfIsEncryptedOnlyOnRequestAndThenOpensOnlyWithThePassword() throws Exception {
        Path plain = out.resolve("2026-10/partnership-review-2026-10.pdf");
        try (PDDocument pdf = Loader.loadPDF(plain.toFile())) {
            assertThat(pdf.isEncrypted()).isFalse();
        }
        Path passwordFile = folder.resolve("pdf-password");
        Files.writeString(passwordFile, "correct horse battery staple\n");
        Path encryptedOut = folder.resolve("encrypted");
        // the database the plain review imported into: this run only writes the month again, encrypted
        RapportCliTest.Run run = RapportCliTest.run("review", "--month", "2026-10", "--data", data.toString(),
                "--out", encryptedOut.toString(), "--db", out.resolve("rapport.duckdb").toString(), "--encrypt",
                "--password-file", passwordFile.toString(), "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        Path encrypted = encryptedOut.resolve("2026-10/partnership-review-2026-10.pdf");
        assertThatThrownBy(() -> Loader.loadPDF(encrypted.toFile())).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument pdf = Loader.loadPDF(encrypted.toFile(), "correct horse battery staple")) {
            assertThat(pdf.isEncrypted()).isTrue();
            assertThat(pdf.getEncryption().getLength()).isEqualTo(256);
            assertThat(new PDFTextStripper().getText(pdf)).contains("10. Data quality and method");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Partnership review 2026-10 — Harborview Physical Therapy");
            assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
        }
    }

    @Test
    void encryptionWithoutAPasswordIsAUsageErrorBeforeAnyWork() {
        RapportCliTest.Run run = RapportCliTest.run("review", "--month", "2026-10", "--data", data.toString(),
                "--out", folder.resolve("no-password").toString(), "--encrypt");
        assertThat(run.exit()).isEqualTo(ExitCode.BAD_ARGUMENT);
        assertThat(run.err().strip()).isEqualTo("rapport: --encrypt needs a password: set RAPPORT_PDF_PASSWORD, "
                + "or RAPPORT_PDF_PASSWORD_FILE or --password-file to a file holding it");
        assertThat(folder.resolve("no-password")).doesNotExist();
    }
}
