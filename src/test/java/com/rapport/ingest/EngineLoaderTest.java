package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.core.ColumnMappings;
import com.rapport.testing.ImportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain UTF-8 activity files are read by DuckDB's own CSV reader whatever their size; every
 * other file row by row. Both must give the same rows, record numbers, lines, hashes, rejects
 * with the same reasons, duplicates and counts, so the same nasty file goes through each path
 * and the results are compared.
 */
class EngineLoaderTest {

    private static final String INTERACTIONS = """
            interaction_id,date,contact,type,direction,event_id,amount,note
            I1,2026-01-05,C1,call,outbound,,,
            I2,2026-02-30,C1,call,outbound,,,impossible date
            I3,2026-01-06,C1,Meeting,Inbound,,,"a note
            over two lines"
            I4,2026-01-07,C1,fax,outbound,,,unknown type

            I5,2026-01-08T10:22:00,C2,gift,,,25.5,timestamp date
            I6,2026-01-09,C2,gift,outbound,,-3,negative amount
            I7,2026-01-10,,call,outbound,,,no contact
            I3,2026-01-11,C3,call,outbound,,,duplicate id
            I8,2026-01-12,C3,call,sideways,,,bad direction
            I9,2026-01-13,C3,call
            I10,soon,C3,call,outbound,,,not a date
            I11,2026-01-14,C3,email,outbound,,abc,not an amount
            I12,2026-01-15,"Patel, Anita",email,outbound,,,quoted comma
            I13,2026-7-5,C3,call,outbound,,,short month and day
            I14,2026/07/06,C3,call,outbound,,,slashes
            I15,20260707,C3,call,outbound,,,digits only
            I6,2026-01-16,C3,call,outbound,,,the id of a rejected row: not a duplicate
            I13,2026-01-17,C3,call,outbound,,,the id of a row DuckDB refused and the rules loaded
            I16,2026-01-18,\tC4\u3000,call, outbound ,,,whitespace other than spaces around values
            I17,2026-01-19,C4,gift,outbound,,5000000000000,more than Rapport can hold
            """;

    private static final String REFERRALS = """
            referral_id,date,direction,partner,patient_id,patient_name,service,status
            R1,2026-01-05,in,C1,PT-001,Jane Canary,rehab,seen
            R2,2026-01-06,IN,C1, PT-002 ,John Canary,,Booked
            R3,2026-01-07,in,C2,,,,received
            R1,2026-01-08,out,C2,PT-003,,,sent
            R4,2026-01-09,up,C2,PT-004,,,
            """;

    @TempDir
    Path folder;

    /** Enough good rows after the nasty ones that the file stays under the reject threshold. */
    private static String withGoodRows(String nasty) {
        StringBuilder csv = new StringBuilder(nasty);
        for (int i = 100; i < 500; i++) {
            csv.append("I").append(i).append(",2026-03-").append(10 + i % 18).append(",C").append(i % 7)
                    .append(",meeting,outbound,,,\n");
        }
        return csv.toString();
    }

    @Test
    void interactionsReadByTheEngineMatchRowByRow() throws Exception {
        assertSamePaths("interactions.csv", withGoodRows(INTERACTIONS), InputKind.INTERACTIONS,
                "select record_no, line, interaction_id, date, contact, type, direction, amount from raw_interactions "
                        + "order by record_no");
    }

    /** Windows exports: a byte-order mark and CRLF line ends, through both paths alike. */
    @Test
    void aBomAndCrlfLineEndsReadTheSameByTheEngine() throws Exception {
        String crlf = "\uFEFF" + withGoodRows(INTERACTIONS).replace("\n", "\r\n");
        assertSamePaths("interactions.csv", crlf, InputKind.INTERACTIONS,
                "select record_no, line, interaction_id, date, contact, type, direction, amount from raw_interactions "
                        + "order by record_no");
    }

    @Test
    void referralsReadByTheEngineMatchRowByRowIncludingThePatientHash() throws Exception {
        assertSamePaths("referrals.csv", REFERRALS, InputKind.REFERRALS,
                "select record_no, line, referral_id, date, direction, partner, patient_key, service, status "
                        + "from raw_referrals order by record_no");
    }

    /**
     * Values ending in whitespace other than a space (a Unicode space, a line break before the
     * closing quote) or starting in any, in a file without a tab: stripped as row by row.
     */
    @Test
    void unicodeSpacesAndLineBreaksAroundValuesAreStrippedAsRowByRow() throws Exception {
        assertSamePaths("interactions.csv", withGoodRows("""
                interaction_id,date,contact,type,direction,event_id,amount,note
                I1,2026-01-05,C1\u3000,call,outbound,,,an ideographic space ends the contact
                I2,2026-01-06,"C2
                ",call,outbound,,,a line break ends the contact
                I3,2026-01-07,\u2003C3 ,call,outbound,,,an em space starts it
                I4,2026-01-08,"
                C4",call,outbound,,,a line break starts it
                I5,2026-01-09,C5\u00a0,call,outbound,,,a no-break space is not whitespace to Java
                I6,2026-01-10,\u3000李伟,call,outbound,,,an ideographic space starts a name in Chinese
                I7,2026-01-11,李伟 ,call,outbound,,,a space ends it
                """), InputKind.INTERACTIONS, "select record_no, line, interaction_id, contact, type, direction "
                + "from raw_interactions order by record_no");
    }

    /** Spaces and leading line breaks around values, in a file whose values end in no other whitespace. */
    @Test
    void spacesAroundValuesAreStrippedAsRowByRowWhereNoOtherWhitespaceEndsOne() throws Exception {
        String content = withGoodRows("""
                interaction_id,date,contact,type,direction,event_id,amount,note
                I1,2026-01-05,  C1  ,call, outbound ,,,spaces around
                I2,2026-01-06,"
                C2",call,outbound,,,a line break starts the contact
                I3,2026-01-07, ,call,outbound,,,only a space: no contact
                """);
        assertThat(oddWhitespace(content)).isFalse();
        assertSamePaths("interactions.csv", content, InputKind.INTERACTIONS, "select record_no, line, interaction_id, "
                + "contact, type, direction from raw_interactions order by record_no");
    }

    /**
     * Many values with whitespace and look-alikes around them (spaces, tabs, Unicode spaces,
     * a no-break or zero-width space, which Java keeps, combining marks, CJK), quoted or not,
     * with line breaks inside quotes: both paths load the same rows. The second file has
     * spaces only as whitespace, so the engine checks a value's last character the cheap way.
     */
    @Test
    void valuesWithAnyMixOfWhitespaceAroundThemLoadTheSameBothWays() throws Exception {
        String[] spacesOnly = {"", " ", "  ", "\u00a0", "\u2007", "\u200b", " \u0301", "李", "é"};
        String[] any = {"", " ", "  ", "\t", " \t", "\u3000", "\u2003 ", "\u1680", "\u205f", "\u001f", "\u00a0",
            "\u2007", "\u200b", " \u0301", "李", "é"};
        for (String[] edges : List.of(any, spacesOnly)) {
            String content = randomlyPadded(edges, new java.util.Random(20261128), edges == any);
            assertThat(oddWhitespace(content)).isEqualTo(edges == any);
            assertSamePaths("interactions.csv", content, InputKind.INTERACTIONS, "select record_no, line, "
                    + "interaction_id, contact, direction, event_id from raw_interactions order by record_no");
        }
    }

    private static String randomlyPadded(String[] edges, java.util.Random random, boolean lineBreaks) {
        StringBuilder csv = new StringBuilder("interaction_id,date,contact,type,direction,event_id,amount,note\n");
        for (int i = 1; i <= 300; i++) {
            String contact = edges[random.nextInt(edges.length)] + "C" + (i % 7) + edges[random.nextInt(edges.length)];
            String event = random.nextBoolean() ? "" : edges[random.nextInt(edges.length)] + "E" + (i % 3)
                    + edges[random.nextInt(edges.length)];
            String direction = edges[random.nextInt(3)] + (random.nextBoolean() ? "Outbound" : "inbound")
                    + edges[random.nextInt(3)];
            boolean quoted = random.nextInt(4) == 0;
            String lineBreak = lineBreaks && quoted && random.nextBoolean() ? "\n" : "";
            csv.append('I').append(i).append(",2026-03-").append(10 + i % 18).append(',')
                    .append(quoted ? "\"" + lineBreak + contact + lineBreak + "\"" : contact).append(",call,")
                    .append(direction).append(',').append(event).append(",,\n");
        }
        return csv.toString();
    }

    /** Whether the structure scan saw whitespace other than spaces that may end a value (padded for its fast path). */
    @Test
    void theStructureScanSeesWhitespaceThatMayEndAValue() throws Exception {
        String padding = "abcdefghijklmnopqrstuvwxyz".repeat(3);
        assertThat(oddWhitespace("a,b\r\n" + padding + " x ,\"multi\nline " + padding + "\"\r\n")).isFalse();
        assertThat(oddWhitespace("a,b\nZoë " + padding + ",李\u00a0" + padding + "\n")).isFalse();
        assertThat(oddWhitespace("a,b\n" + padding + "\t," + padding + "\n")).isTrue();
        assertThat(oddWhitespace("a,b\n" + padding + "," + padding + "\u3000\n")).isTrue();
        assertThat(oddWhitespace("a,b\n" + padding + ",\"" + padding + "\n\"\n")).isTrue();
    }

    private boolean oddWhitespace(String content) throws Exception {
        Path file = Files.writeString(folder.resolve("whitespace.csv"), content);
        return new EncodingSniffer().sniff(file, "whitespace.csv").shape().oddWhitespace();
    }

    /** The structure scan notes where sampled records begin (the first and the last here), past a BOM and CRLF. */
    @Test
    void theStructureScanNotesWhereSampledRecordsBegin() throws Exception {
        Path file = folder.resolve("interactions.csv");
        Files.writeString(file, "\uFEFF" + withGoodRows(INTERACTIONS).replace("\n", "\r\n"));
        CsvShape shape = new EncodingSniffer().sniff(file, "interactions.csv").shape();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(shape.samples()).isEqualTo(2);
        assertThat(shape.sampledRecord(0)).isEqualTo(1);
        assertThat(shape.sampledRecord(1)).isEqualTo(shape.records());
        assertThat(new String(bytes, (int) shape.sampledOffset(0), 3, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("I1,");
        assertThat(new String(bytes, (int) shape.sampledOffset(1), 5, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("I499,");
    }

    /**
     * Rows are numbered from their order in the table, so a reader that lost the file's order
     * must be caught: sampled records read back from the file must carry the keys of the rows
     * in their places, else the file goes row by row.
     */
    @Test
    void rowsOutOfTheFilesOrderAreCaught() throws Exception {
        Path file = folder.resolve("interactions.csv");
        Files.writeString(file, "interaction_id,date,contact,type,direction\nI1,2026-01-05,C1,call,outbound\n"
                + "I2,2026-01-06,C1,call,outbound\nI3,2026-01-07,C1,call,outbound\n");
        CsvShape shape = new EncodingSniffer().sniff(file, "interactions.csv").shape();
        com.rapport.ingest.format.RecordLayout layout = new com.rapport.ingest.format.Layouts(ColumnMappings.none())
                .forHeader("interactions.csv", InputKind.INTERACTIONS, List.of("interaction_id", "date", "contact", "type",
                        "direction"));
        try (com.rapport.store.Database database = com.rapport.store.Database.open(folder.resolve("order.duckdb"),
                "200MB"); java.sql.Statement statement = database.connection().createStatement()) {
            statement.execute("insert into raw_interactions (source_file, interaction_id) values "
                    + "('interactions.csv', 'I1'), ('interactions.csv', 'I2'), ('interactions.csv', 'I3')");
            EngineOrderCheck.check(statement, file, InputKind.INTERACTIONS, layout, shape, 0, List.of(),
                    org.apache.commons.csv.CSVFormat.RFC4180);
            statement.execute("insert into raw_interactions (source_file, interaction_id) values "
                    + "('interactions.csv', 'I1'), ('interactions.csv', 'I3'), ('interactions.csv', 'I2')");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EngineOrderCheck.check(statement, file,
                            InputKind.INTERACTIONS, layout, shape, 3, List.of(), org.apache.commons.csv.CSVFormat.RFC4180))
                    .isInstanceOf(EngineLoader.NotSuitable.class).hasMessageContaining("did not keep the file's order");
        }
    }

    /** Negative and exponent amounts are quoted as written, whichever reader read the file. */
    @Test
    void negativeAndExponentAmountsAreQuotedAsWritten() throws Exception {
        assertSamePaths("interactions.csv", withGoodRows("""
                interaction_id,date,contact,type,direction,event_id,amount,note
                I1,2026-01-05,C1,gift,outbound,,-3.50,negative with a trailing zero
                I2,2026-01-06,C1,gift,outbound,,-1e2,negative exponent
                I3,2026-01-07,C1,gift,outbound,,2e12,too large as an exponent
                """), InputKind.INTERACTIONS, "select record_no, line, interaction_id, amount from raw_interactions "
                + "order by record_no");
        try (ImportFixture fixture = new ImportFixture(folder, "quoted.duckdb", ColumnMappings.none(), true)) {
            fixture.importer.importFile(folder.resolve("interactions.csv"), "interactions.csv", InputKind.INTERACTIONS);
            assertThat(fixture.rows("select line, reason from import_issues order by line")).containsExactly(
                    "2|amount '-3.50' must be a number of at least 0",
                    "3|amount '-1e2' must be a number of at least 0",
                    "4|amount '2e12' is more than Rapport can hold (at most 1000000000000)");
        }
    }

    /** A negative zero is zero: loaded as 0, not -0, which an output would print with its sign. */
    @Test
    void aNegativeZeroAmountLoadsAsZero() throws Exception {
        assertSamePaths("interactions.csv", withGoodRows("""
                interaction_id,date,contact,type,direction,event_id,amount,note
                I1,2026-01-05,C1,gift,outbound,,-0,negative zero
                I2,2026-01-06,C1,gift,outbound,,-0.0e3,negative zero with an exponent
                """), InputKind.INTERACTIONS, "select record_no, amount from raw_interactions order by record_no");
        try (ImportFixture fixture = new ImportFixture(folder, "zero.duckdb", ColumnMappings.none(), true)) {
            fixture.importer.importFile(folder.resolve("interactions.csv"), "interactions.csv", InputKind.INTERACTIONS);
            assertThat(fixture.rows("select interaction_id, amount::varchar from raw_interactions "
                    + "where interaction_id in ('I1', 'I2') order by 1")).containsExactly("I1|0.0", "I2|0.0");
        }
    }

    /** A good row with a note longer than DuckDB's copy of a refused line (10,000 characters) loads. */
    @Test
    void aLongNoteOnARowDuckDbRefusesIsJudgedWhole() throws Exception {
        String note = "n".repeat(12_000);
        assertSamePaths("interactions.csv", withGoodRows("interaction_id,date,contact,type,direction,event_id,amount,note\n"
                + "I1,2026-01-05T09:30:00,C1,call,outbound,,,\"" + note + "\"\n"), InputKind.INTERACTIONS,
                "select record_no, line, interaction_id, date from raw_interactions order by record_no");
        try (ImportFixture fixture = new ImportFixture(folder, "note.duckdb", ColumnMappings.none(), true)) {
            fixture.importer.importFile(folder.resolve("interactions.csv"), "interactions.csv", InputKind.INTERACTIONS);
            assertThat(fixture.rows("select line, date from raw_interactions where interaction_id = 'I1'"))
                    .containsExactly("2|2026-01-05");
            assertThat(fixture.rows("select * from import_issues")).isEmpty();
        }
    }

    /** A patient id padded with a no-break space (which {@link String#strip} keeps) hashes the same on both readers. */
    @Test
    void aPatientIdPaddedWithANoBreakSpaceHashesTheSame() throws Exception {
        assertSamePaths("referrals.csv", """
                referral_id,date,direction,partner,patient_id,patient_name,service,status
                R1,2026-01-05,in,C1,PT-001\u00A0,Jane Canary,rehab,seen
                R2,2026-01-06,in,C1,\u00A0PT-002,John Canary,rehab,seen
                R3,2026-01-07,in,C1,PT-003,John Canary,rehab,seen
                """, InputKind.REFERRALS, "select record_no, referral_id, patient_key from raw_referrals order by record_no");
    }

    /**
     * One row of 100,000 fields among good ones: DuckDB's reader would record it once per
     * extra field (gigabytes), so the file is read row by row, which rejects it with its
     * field count within the memory limit.
     */
    @Test
    void aRowOfAHundredThousandFieldsIsRejectedWithinTheMemoryLimit() throws Exception {
        StringBuilder csv = new StringBuilder(withGoodRows("interaction_id,date,contact,type,direction,event_id,amount,note\n"));
        csv.append("X1,2026-01-05,C1,call,outbound").append(",f".repeat(100_000 - 5)).append('\n');
        csv.append("I9999,2026-01-06,C1,call,outbound,,,after the wide row\n");
        Files.writeString(folder.resolve("interactions.csv"), csv);
        try (ImportFixture fixture = new ImportFixture(folder, "wide.duckdb", ColumnMappings.none(), true)) {
            FileImportResult result = fixture.importer.importFile(folder.resolve("interactions.csv"), "interactions.csv",
                    InputKind.INTERACTIONS);
            assertThat(result.read() + " read, " + result.loaded() + " loaded, " + result.rejected() + " rejected")
                    .isEqualTo("402 read, 401 loaded, 1 rejected");
            assertThat(result.message()).doesNotContain("DuckDB");
            assertThat(fixture.rows("select line, reason from import_issues")).containsExactly(
                    "402|the row has 100000 fields, the header has 8");
            assertThat(fixture.rows("select max(line) from raw_interactions")).containsExactly("403");
        }
    }

    /** A file delimited by semicolons, as Excel writes it where the comma is the decimal mark. */
    @Test
    void decimalCommasReadTheSameByTheEngine() throws Exception {
        StringBuilder csv = new StringBuilder("""
                interaction_id;date;contact;type;direction;event_id;amount;note
                I1;2026-01-05;C1;gift;outbound;;24,90;decimal comma
                I2;2026-01-05;C1;gift;outbound;;1.250,00;thousands point
                I3;2026-01-05;C1;gift;outbound;;3.5;decimal point
                I4;2026-01-05;C1;gift;outbound;;-2,5;negative
                I5;2026-01-05;C1;gift;outbound;;1,2,3;two commas
                """);
        for (int i = 100; i < 500; i++) {
            csv.append("I").append(i).append(";2026-03-10;C1;gift;outbound;;").append(i).append(",25;\n");
        }
        assertSamePaths("interactions.csv", csv.toString(), InputKind.INTERACTIONS,
                "select record_no, line, interaction_id, amount from raw_interactions order by record_no");
    }

    /** Values DuckDB's own casts may take that the row-by-row rules judge otherwise. */
    @Test
    void valuesDuckDbMightCastAreJudgedAsRowByRow() throws Exception {
        assertSamePaths("interactions.csv", withGoodRows("""
                interaction_id,date,contact,type,direction,event_id,amount,note
                I1,12026-01-05,C1,call,outbound,,,five-digit year
                I2,2026-01-05,C1,gift,outbound,,1_000,underscore in an amount
                I3,2026-01-05,C1,gift,outbound,,0x10,hexadecimal amount
                I4,2026-01-05,C1,gift,outbound,,Infinity,infinite amount
                I5,2026-01-05,C1,gift,outbound,,NaN,not a number
                I6,2026-01-05,C1,gift,outbound,,1e2,exponent
                I7,2026-01-05,C1,gift,outbound,,+5,plus sign
                I8,2026-01-05,C1,gift,outbound,,3.5d,Java's double suffix
                I9,0002-01-05,C1,call,outbound,,,year two
                I10,2026-01-05 10:00:00,C1,call,outbound,,,timestamp with a space
                I11,2026-1-5,C1,call,outbound,,,one-digit month and day
                I12,2026-01-05,C1,gift,outbound,,1.5.0,two points
                I13,2026-01-05,C1,gift,outbound,,inf,short infinity
                I14,+2026-01-05,C1,call,outbound,,,a plus before the year
                I15,2026-001-05,C1,call,outbound,,,three-digit month
                I16,99-01-05,C1,call,outbound,,,two-digit year
                I17,2026-01-05x,C1,call,outbound,,,a letter after the day
                I18,2026-01-05T25:99,C1,call,outbound,,,an impossible time
                I19,2026-01-05,C1,EMA\u0130L,outbound,,,a dotted capital I: Java's lower case is not 'email'
                I20,2026-01-05,C1,THAN\u212A_YOU_NOTE,outbound,,,a Kelvin sign: Java's lower case is 'k'
                """), InputKind.INTERACTIONS, "select record_no, line, interaction_id, date, amount "
                + "from raw_interactions order by record_no");
    }

    /**
     * More notes over several lines and blank lines than one SQL expression spells out (over
     * 200): every row still gets its physical line, as row by row.
     */
    @Test
    void rowsGetTheirLinesBehindManyNotesOverSeveralLines() throws Exception {
        StringBuilder csv = new StringBuilder("interaction_id,date,contact,type,direction,event_id,amount,note\n");
        for (int i = 1; i <= 260; i++) {
            csv.append('T').append(i).append(",2026-03-").append(10 + i % 18).append(",C").append(i % 7)
                    .append(",call,outbound,,,").append(i % 5 != 0 ? "\"first line\nsecond line\nthird\"" : i % 50 == 0
                    ? "\n" : "plain").append('\n');
        }
        String content = withGoodRows(csv.toString());
        assertSamePaths("interactions.csv", content, InputKind.INTERACTIONS,
                "select record_no, line, interaction_id from raw_interactions order by record_no");
        try (ImportFixture fixture = new ImportFixture(folder, "tall.duckdb", ColumnMappings.none(), true)) {
            fixture.importer.importFile(folder.resolve("interactions.csv"), "interactions.csv", InputKind.INTERACTIONS);
            // 208 notes over three lines and 5 blank lines: T6 follows four such notes (line 1 + 6 + 4 * 2);
            // I499, the 660th and last record, follows them all (line 1 + 660 + 208 * 2 + 5).
            assertThat(fixture.rows("select interaction_id, line from raw_interactions "
                    + "where interaction_id in ('T6', 'I499') order by line")).containsExactly("T6|15", "I499|1082");
        }
    }

    /**
     * A newer export replaces the rows it loads, by their key as loaded: a row it rejects leaves
     * the earlier import's row as it was, and a key now padded with spaces replaces its row
     * instead of standing beside it.
     */
    @Test
    void aNewerExportReplacesOnlyTheRowsItLoadsByTheirKeyAsLoaded() throws Exception {
        String earlier = withGoodRows("""
                interaction_id,date,contact,type,direction,event_id,amount,note
                I1,2026-01-05,C1,call,outbound,,,
                I2,2026-01-06,C1,call,outbound,,,
                """);
        String newer = withGoodRows("""
                interaction_id,date,contact,type,direction,event_id,amount,note
                I1,2026-02-30,C1,call,outbound,,,now an impossible date: rejected
                 I2 ,2026-02-06,C1,call,outbound,,,the same id padded
                """);
        Path file = folder.resolve("interactions.csv");
        for (boolean engineReader : new boolean[] {false, true}) {
            try (ImportFixture fixture = new ImportFixture(folder, "newer-" + engineReader + ".duckdb",
                    ColumnMappings.none(), engineReader)) {
                Files.writeString(file, earlier);
                fixture.importer.importFile(file, "interactions.csv", InputKind.INTERACTIONS);
                Files.writeString(file, newer);
                FileImportResult result = fixture.importer.importFile(file, "interactions.csv", InputKind.INTERACTIONS);
                assertThat(result.message().endsWith("read with DuckDB's CSV reader")).as("engine path taken")
                        .isEqualTo(engineReader);
                assertThat(fixture.rows("select interaction_id, date from raw_interactions "
                        + "where interaction_id in ('I1', 'I2') order by interaction_id, date"))
                        .as(engineReader ? "DuckDB's reader" : "row by row")
                        .containsExactly("I1|2026-01-05", "I2|2026-02-06");
            }
        }
    }

    /** The engine sets aside any value of a word field with a letter beyond ASCII: every contract word is ASCII. */
    @Test
    void theContractsWordsAreAscii() {
        for (FieldType type : FieldType.values()) {
            if (type.allowedWords() != null) {
                assertThat(type.allowedWords()).as(type.name()).allMatch(word -> word.matches("[a-z_]+"));
            }
        }
    }

    private void assertSamePaths(String name, String content, InputKind kind, String rowsQuery) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        List<List<String>> results = new java.util.ArrayList<>();
        for (boolean engineReader : new boolean[] {false, true}) {
            try (ImportFixture fixture = new ImportFixture(folder, "path-" + engineReader + ".duckdb",
                    ColumnMappings.none(), engineReader)) {
                FileImportResult result = fixture.importer.importFile(file, name, kind);
                assertThat(result.message().endsWith("read with DuckDB's CSV reader")).as("engine path taken")
                        .isEqualTo(engineReader);
                List<String> outcome = new java.util.ArrayList<>(List.of(result.read() + " read, " + result.loaded()
                        + " loaded, " + result.rejected() + " rejected, " + result.duplicates() + " duplicates, "
                        + result.warnings() + " warnings"));
                outcome.addAll(fixture.rows(rowsQuery));
                outcome.addAll(fixture.rows("select line, \"column\", reason, kind from import_issues order by line, kind"));
                results.add(outcome);
            }
        }
        assertThat(results.get(1)).as("DuckDB's reader").containsExactlyElementsOf(results.get(0));
        assertThat(results.get(0)).as("the outcome itself").isNotEmpty();
    }
}
