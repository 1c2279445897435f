package com.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.testing.SampleReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: what a hostile but fair user found. A month's outputs are one unit, values the
 * models cannot hold are refused at the door, patient columns cannot be routed into stored
 * fields, nothing outside the data folder is read or echoed, a file that is not a database
 * is not used as one, and settings mistakes are named. A test that needs a month already
 * written, or a review read through a linked data folder, has the shared review of the sample;
 * one that needs the refusal of a file has a few rows of the sample beside it.
 */
@ExtendWith(SampleReview.Resolver.class)
class HardeningTest {

    @TempDir
    static Path home;
    static SampleReview shared;

    @TempDir
    Path folder;

    @BeforeAll
    static void ownHome(SampleReview review) {
        shared = review;
        System.setProperty("user.home", home.toString());
    }

    private Path sample() throws IOException {
        return SampleReview.copyOfSample(folder.resolve("data"));
    }

    /** The sample's contact export, referrals, interactions and events, each cut to its first rows. */
    private Path fewRowsOfTheSample() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data/contacts"));
        data = data.getParent();
        for (String file : List.of("contacts/crm-export.csv", "referrals.csv", "interactions.csv", "events.csv")) {
            try (Stream<String> lines = Files.lines(Path.of("sample-data").resolve(file), StandardCharsets.UTF_8)) {
                Files.write(data.resolve(file), lines.limit(6).toList(), StandardCharsets.UTF_8);
            }
        }
        return data;
    }

    private RapportCliTest.Run review(Path data, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("review", "--month", "2026-10", "--data", data.toString(),
                "--out", folder.resolve("out").toString(), "--db", folder.resolve("rapport.duckdb").toString(), "--quiet"));
        args.addAll(List.of(more));
        return RapportCliTest.run(args.toArray(String[]::new));
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, line + "\n", StandardOpenOption.APPEND);
    }

    private static void setting(Path data, String line) throws IOException {
        append(data.resolve("rapport.properties"), line);
    }

    // 1. A month's outputs are one unit, and an amount the models cannot hold is a rejected value.

    @Test
    void anAmountTheModelsCannotHoldIsRejectedAndTheMonthMovesAsOneUnit() throws IOException {
        Path data = sample();
        // the month as the review of the unchanged sample wrote it
        shared.copyOfOutputs(folder.resolve("out"));
        Path month = folder.resolve("out/2026-10");
        String summaryBefore = Files.readString(month.resolve("data/summary_kpis.csv"));
        String stampBefore = Files.readString(month.resolve(".rapport-review"));
        byte[] pdfBefore = Files.readAllBytes(month.resolve("partnership-review-2026-10.pdf"));

        append(data.resolve("referrals.csv"), "R9999999,2026-10-20,in,C00001,PT000001,,TMJ,scheduled");
        // Among twenty good rows, so the appended rows stay under the reject threshold.
        for (int i = 0; i < 20; i++) {
            append(data.resolve("interactions.csv"), "I99999" + (10 + i) + ",2026-10-21,C00001,thank_you_note,outbound,,,");
        }
        append(data.resolve("interactions.csv"), "I9999999,2026-10-21,C00001,gift,outbound,,1e39,");
        RapportCliTest.Run run = review(data);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(month.resolve("data/summary_kpis.csv"))).isNotEqualTo(summaryBefore);
        assertThat(Files.readString(month.resolve(".rapport-review"))).isNotEqualTo(stampBefore);
        assertThat(Files.readAllBytes(month.resolve("partnership-review-2026-10.pdf"))).isNotEqualTo(pdfBefore);
        assertThat(Files.readString(month.resolve("rejects.csv")))
                .contains("interactions.csv,").contains("amount '1e39' is more than Rapport can hold");
    }

    @Test
    void aGiftCapTheModelsCannotHoldIsASettingsError() throws IOException {
        Path data = sample();
        for (String cap : List.of("Infinity", "1e400", "1e-300", "NaN")) {
            setting(data, "gift.cap.2026=" + cap);
            RapportCliTest.Run run = review(data);
            assertThat(run.exit()).as(cap).isEqualTo(2);
            assertThat(run.err()).as(cap).contains("gift.cap.2026").contains("'" + cap + "'");
        }
    }

    // 3. A UTF-8 file with a bad byte is not Windows-1252; a UTF-16 file with a lone surrogate says so.

    @Test
    void aUtf8FileWithAnInvalidSequenceIsRefusedWithItsOffsetNotMisread() throws IOException {
        Path data = fewRowsOfTheSample();
        Path contacts = data.resolve("contacts/crm-export.csv");
        byte[] good = Files.readAllBytes(contacts);
        String row = "C08888,José Müller,,,Harbor Clinic,,physician,,,,Portland,,,,false,2026-10-01\n";
        byte[] head = "C08889,Ana ".getBytes(StandardCharsets.UTF_8);
        byte[] brokenRow = concat(head, new byte[] {(byte) 0xC3, 0x28},
                ",,,Bay Clinic,,physician,,,,Portland,,,,false,2026-10-01\n".getBytes(StandardCharsets.UTF_8));
        Files.write(contacts, concat(good, row.getBytes(StandardCharsets.UTF_8), brokenRow));
        long offset = good.length + row.getBytes(StandardCharsets.UTF_8).length + head.length;
        long line = new String(good, StandardCharsets.UTF_8).lines().count() + 2;

        RapportCliTest.Run run = RapportCliTest.run("import", "--data", data.toString(), "--db",
                folder.resolve("rapport.duckdb").toString(), "--quiet");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).contains("contacts/crm-export.csv").contains("not valid UTF-8")
                .contains("offset " + offset).contains("line " + line).doesNotContain("JosÃ");
    }

    @Test
    void aUtf16FileWithALoneSurrogateNamesTheSurrogateAndItsOffset() throws IOException {
        Path data = fewRowsOfTheSample();
        String text = "event_id,date,name\nE1,2026-01-05,Breakfast \uD800 talk\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        // Java writes '?' for a lone surrogate: put the code unit itself back.
        int unit = 2 * text.indexOf('\uD800');
        body[unit] = 0x00;
        body[unit + 1] = (byte) 0xD8;
        Files.write(data.resolve("events.csv"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body));

        RapportCliTest.Run run = RapportCliTest.run("import", "--data", data.toString(), "--db",
                folder.resolve("rapport.duckdb").toString(), "--quiet");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).contains("events.csv").contains("lone surrogate").contains("offset " + (unit + 2))
                .doesNotContain("never closed");
    }

    // 4. Owner-only: the database, its WAL, DuckDB's spill folder and every output, whatever the umask.

    @Test
    void everyFileTheReviewLeavesIsOwnerOnly() throws IOException {
        // the month, the database beside it, and the folders
        try (Stream<Path> files = Files.walk(shared.out)) {
            for (Path file : files.toList()) {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
                assertThat(mode).as(file.toString()).noneMatch(p -> p.name().startsWith("GROUP")
                        || p.name().startsWith("OTHERS"));
            }
        }
    }

    // 5. Patient columns map only to the field that hashes them.

    @Test
    void aMappingCannotRoutePatientColumnsIntoStoredFields() throws IOException {
        for (String mapping : List.of("import.referrals.csv.column.partner=patient_name",
                "import.referrals.csv.column.referral_id=Patient ID",
                "import.referrals.csv.column.patient_id=MRN\nimport.referrals.csv.column.service=mrn")) {
            Path data = sample();
            setting(data, mapping);
            RapportCliTest.Run run = review(data);
            String key = mapping.substring(mapping.lastIndexOf('\n') + 1, mapping.lastIndexOf('='));
            assertThat(run.exit()).as(mapping).isEqualTo(2);
            assertThat(run.err()).as(mapping).contains(key).contains("patient");
            deleteTree(data);
        }
    }

    // 6. Only regular files inside the data folder are read; a refusal echoes nothing from outside.

    @Test
    void aSymlinkOutOfTheDataFolderIsRefusedWithoutEchoingItsTarget() throws IOException {
        Path data = fewRowsOfTheSample();
        Path secret = Files.writeString(folder.resolve("secret.csv"), "SECRET-OUTSIDE-1,root:x:0:0\n");
        Files.createSymbolicLink(data.resolve("contacts/passwd.csv"), secret);
        Files.delete(data.resolve("events.csv"));
        Files.createSymbolicLink(data.resolve("events.csv"), secret);

        RapportCliTest.Run run = RapportCliTest.run("import", "--data", data.toString(), "--db",
                folder.resolve("rapport.duckdb").toString(), "--quiet");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out() + run.err()).doesNotContain("SECRET-OUTSIDE").doesNotContain("root:x")
                .contains("contacts/passwd.csv: a link to a file outside the data folder")
                .contains("events.csv: a link to a file outside the data folder");
    }

    /** rapport inspect over the data folder is a door too: it printed a linked key file as the "header" it found. */
    @Test
    void inspectRefusesASymlinkOutOfTheDataFolderWithoutEchoingItsTarget() throws IOException {
        Path data = fewRowsOfTheSample();
        Path key = Files.writeString(folder.resolve("patient-id.key"), "SECRET-KEY-hFXvp5XOG0UTPkV\n");
        Files.createSymbolicLink(data.resolve("contacts/key.csv"), key);

        RapportCliTest.Run run = RapportCliTest.run("inspect", "--data", data.toString());

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out() + run.err()).doesNotContain("SECRET-KEY")
                .contains("  refused:      contacts/key.csv: a link to a file outside the data folder");
    }

    /** The shared review read the sample through a link (its run fails the suite unless it ends with exit 0). */
    @Test
    void aSymlinkedDataFolderItselfIsFine() throws IOException {
        assertThat(shared.data).isSymbolicLink();
        assertThat(shared.console).startsWith("wrote ");
        // DuckDB's own reader read the registry files through the link too
        assertThat(Files.readAllLines(shared.out.resolve("2026-10/data/registry_partners.csv"))).hasSizeGreaterThan(100);
    }

    // 7. A file that is not a DuckDB database is never used as one.

    @Test
    void anExistingFileThatIsNotADatabaseIsRefused() throws IOException {
        Path data = sample();
        Path csv = Files.writeString(folder.resolve("rapport.duckdb"), "referral_id,date\nR1,2026-10-01\n");
        RapportCliTest.Run run = review(data);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).contains(csv + " is not a Rapport database").doesNotContain("\n");
        assertThat(Files.readString(csv)).isEqualTo("referral_id,date\nR1,2026-10-01\n");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    // 8. Settings mistakes are named.

    @Test
    void anUnknownSettingWarnsWithTheNearestKnownKey() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data/contacts")).getParent();
        Files.writeString(data.resolve("contacts/contacts.csv"), "contact_id,full_name,category\nC1,Ana Ortiz,physician\n");
        Files.writeString(data.resolve("referrals.csv"), "referral_id,date,direction,partner\nr1,2026-10-01,in,C1\n");
        Files.writeString(data.resolve("rapport.properties"), "report.pagesize=A4\n");
        RapportCliTest.Run run = review(data);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("unknown setting report.pagesize").contains("did you mean report.page_size?");
    }

    @Test
    void aBadMemoryLimitIsASettingsErrorNamingTheKey() throws IOException {
        Path data = sample();
        setting(data, "duckdb.memory_limit=lots");
        RapportCliTest.Run run = review(data);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("duckdb.memory_limit").contains("'lots'");
    }

    /** Sizes DuckDB reads but cannot work in, or will not take: a settings error too, not DuckDB's error (exit 6). */
    @Test
    void aMemoryLimitTooSmallToWorkInOrTooLargeForDuckDbIsASettingsError() throws IOException {
        Path data = sample();
        for (String limit : List.of("1KB", "16MB", "0.0000001GB", "99999999999999999999999GB")) {
            Files.writeString(data.resolve("rapport.properties"), "duckdb.memory_limit=" + limit + "\n");
            RapportCliTest.Run run = review(data);
            assertThat(run.exit()).as(limit).isEqualTo(2);
            assertThat(run.err()).as(limit).contains("duckdb.memory_limit must be a size from 64MB to 1000TB, was '"
                    + limit + "'");
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
