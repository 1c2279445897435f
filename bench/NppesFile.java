import com.rapport.core.Npi;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic NPPES full file for the registry benchmark: the published header (all 330
 * columns, from src/main/resources/generate/nppes-columns.txt), every value quoted, CRLF,
 * MM/DD/YYYY dates, and rows shaped like the real ones: three in four persons, one in five
 * organisations, one in twenty deactivated (only the NPI and the date), one to three
 * taxonomies with licences, a few other identifiers. About 1.1 KB a row, as the real file
 * (10.5 GB for 9.8M rows). Invented values; NPIs with valid check digits.
 * Usage: java bench/NppesFile.java OUT_FILE ROWS
 */
public class NppesFile {

    private static final String[] TAXONOMIES = {"207X00000X", "208100000X", "207Q00000X", "207R00000X", "2084N0400X",
        "111N00000X", "225100000X", "122300000X", "363L00000X", "207V00000X", "261QM0801X", "332B00000X"};
    private static final String[] LAST = {"SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS",
        "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE"};
    private static final String[] FIRST = {"JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA",
        "DAVID", "ELIZABETH", "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH"};
    private static final String[] CITIES = {"PORTLAND", "SALEM", "BOSTON", "CHICAGO", "HOUSTON", "PHOENIX", "DENVER"};
    private static final String[] STATES = {"OR", "OR", "MA", "IL", "TX", "AZ", "CO"};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        List<String> header = Files.readAllLines(Path.of("src/main/resources/generate/nppes-columns.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i), i);
        }
        SplittableRandom random = new SplittableRandom(21);
        Files.createDirectories(out.getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(writer, header.toArray(String[]::new));
            String[] row = new String[header.size()];
            for (long n = 0; n < rows; n++) {
                Arrays.fill(row, "");
                String npi = Npi.withCheckDigit(String.format("1%08d", n % 100_000_000));
                row[at.get("NPI")] = npi;
                int draw = random.nextInt(100);
                if (draw < 5) {
                    row[at.get("NPI Deactivation Date")] = date(random, 2010);
                    write(writer, row);
                    continue;
                }
                boolean person = draw >= 25;
                int place = random.nextInt(CITIES.length);
                row[at.get("Entity Type Code")] = person ? "1" : "2";
                if (person) {
                    row[at.get("Provider Last Name (Legal Name)")] = LAST[random.nextInt(LAST.length)];
                    row[at.get("Provider First Name")] = FIRST[random.nextInt(FIRST.length)];
                    row[at.get("Provider Middle Name")] = random.nextBoolean() ? "A" : "";
                    row[at.get("Provider Credential Text")] = random.nextBoolean() ? "M.D." : "PT";
                    row[at.get("Provider Sex Code")] = random.nextBoolean() ? "F" : "M";
                } else {
                    row[at.get("Provider Organization Name (Legal Business Name)")] = LAST[random.nextInt(LAST.length)]
                            + " MEDICAL GROUP LLC";
                    row[at.get("Employer Identification Number (EIN)")] = "<UNAVAIL>";
                    row[at.get("Authorized Official Last Name")] = LAST[random.nextInt(LAST.length)];
                    row[at.get("Authorized Official First Name")] = FIRST[random.nextInt(FIRST.length)];
                    row[at.get("Authorized Official Title or Position")] = "PRESIDENT";
                    row[at.get("Authorized Official Telephone Number")] = "503555" + String.format("%04d", random.nextInt(10_000));
                    row[at.get("Is Organization Subpart")] = "N";
                }
                String street = (100 + random.nextInt(9900)) + " " + LAST[random.nextInt(LAST.length)] + " AVE";
                String zip = String.format("%05d%04d", random.nextInt(100_000), random.nextInt(10_000));
                String phone = String.format("%03d555%04d", 200 + random.nextInt(800), random.nextInt(10_000));
                for (String kind : List.of("Mailing", "Practice Location")) {
                    row[at.get("Provider First Line Business " + kind + " Address")] = street;
                    row[at.get("Provider Second Line Business " + kind + " Address")] = random.nextInt(4) == 0 ? "SUITE 200" : "";
                    row[at.get("Provider Business " + kind + " Address City Name")] = CITIES[place];
                    row[at.get("Provider Business " + kind + " Address State Name")] = STATES[place];
                    row[at.get("Provider Business " + kind + " Address Postal Code")] = zip;
                    row[at.get("Provider Business " + kind + " Address Country Code (If outside U.S.)")] = "US";
                    row[at.get("Provider Business " + kind + " Address Telephone Number")] = phone;
                }
                row[at.get("Provider Enumeration Date")] = date(random, 2005);
                row[at.get("Last Update Date")] = date(random, 2015);
                row[at.get("Certification Date")] = date(random, 2015);
                int taxonomies = 1 + random.nextInt(3);
                for (int t = 1; t <= taxonomies; t++) {
                    row[at.get("Healthcare Provider Taxonomy Code_" + t)] = TAXONOMIES[random.nextInt(TAXONOMIES.length)];
                    row[at.get("Provider License Number_" + t)] = String.format("%08d", random.nextInt(100_000_000));
                    row[at.get("Provider License Number State Code_" + t)] = STATES[place];
                    row[at.get("Healthcare Provider Primary Taxonomy Switch_" + t)] = t == 1 ? "Y" : "N";
                }
                for (int o = 1; o <= random.nextInt(3); o++) {
                    row[at.get("Other Provider Identifier_" + o)] = String.format("%09d", random.nextInt(1_000_000_000));
                    row[at.get("Other Provider Identifier Type Code_" + o)] = "05";
                    row[at.get("Other Provider Identifier State_" + o)] = STATES[place];
                    row[at.get("Other Provider Identifier Issuer_" + o)] = "MEDICAID";
                }
                row[at.get("Is Sole Proprietor")] = person ? (random.nextBoolean() ? "Y" : "N") : "";
                write(writer, row);
            }
        }
    }

    private static String date(SplittableRandom random, int fromYear) {
        return String.format("%02d/%02d/%04d", 1 + random.nextInt(12), 1 + random.nextInt(28), fromYear + random.nextInt(10));
    }

    private static void write(BufferedWriter writer, String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write('"');
            writer.write(values[i]);
            writer.write('"');
        }
        writer.write("\r\n");
    }
}
