package com.rapport.generate;

import com.rapport.core.Npi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The public registry files of a generated data folder, in their published layouts: an NPPES
 * full file (all 330 columns, every value quoted, MM/DD/YYYY dates) and a CMS "by provider"
 * file for 2024. They know the partners' NPIs (most active, a few deactivated, replaced,
 * misspelt or missing) and a few thousand invented clinicians around the practice, the
 * prospects. A random stream of their own leaves the other generated files as they were.
 */
final class RegistryFiles {

    static final String NPPES_FILE = "npidata_pfile_20050523-20261108.csv";
    static final String MEDICARE_FILE = "MUP_PHY_R26_P05_V10_D24_Prov.csv";
    /** Clinicians around the practice who are not partners: the prospects to choose from. */
    static final int LOCAL_PROVIDERS = 2500;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String[] MEDICARE_HEADER = {"Rndrng_NPI", "Rndrng_Prvdr_Last_Org_Name", "Rndrng_Prvdr_First_Name",
        "Rndrng_Prvdr_MI", "Rndrng_Prvdr_Crdntls", "Rndrng_Prvdr_Ent_Cd", "Rndrng_Prvdr_St1", "Rndrng_Prvdr_St2",
        "Rndrng_Prvdr_City", "Rndrng_Prvdr_State_Abrvtn", "Rndrng_Prvdr_State_FIPS", "Rndrng_Prvdr_Zip5",
        "Rndrng_Prvdr_RUCA", "Rndrng_Prvdr_RUCA_Desc", "Rndrng_Prvdr_Cntry", "Rndrng_Prvdr_Type",
        "Rndrng_Prvdr_Mdcr_Prtcptg_Ind", "Tot_HCPCS_Cds", "Tot_Benes", "Tot_Srvcs", "Tot_Sbmtd_Chrg",
        "Tot_Mdcr_Alowd_Amt", "Tot_Mdcr_Pymt_Amt", "Tot_Mdcr_Stdzd_Amt", "Bene_Avg_Age"};
    /** Taxonomy code, credential and CMS provider type of the clinicians invented around the practice. */
    private static final String[][] LOCAL_SPECIALTIES = {
        {"207X00000X", "MD", "Orthopedic Surgery"}, {"207XX0005X", "MD", "Orthopedic Surgery"},
        {"208100000X", "DO", "Physical Medicine and Rehabilitation"}, {"207Q00000X", "MD", "Family Practice"},
        {"207QS0010X", "MD", "Sports Medicine"}, {"207R00000X", "MD", "Internal Medicine"},
        {"2084N0400X", "MD", "Neurology"}, {"207RR0500X", "MD", "Rheumatology"}, {"213ES0103X", "DPM", "Podiatry"},
        {"111N00000X", "DC", "Chiropractic"}, {"207V00000X", "MD", "Obstetrics & Gynecology"},
        {"207RC0000X", "MD", "Cardiology"}, {"225100000X", "PT", "Physical Therapist in Private Practice"},
        {"122300000X", "DDS", "Dentist"}, {"363L00000X", "NP", "Nurse Practitioner"}};

    private final List<PartnerPlan> partners;
    private final SplittableRandom random;
    private final NamePool names;
    private final List<String> columns;
    private final Map<String, Integer> position = new HashMap<>();
    private final UniqueNpis npis;

    RegistryFiles(List<PartnerPlan> partners, long seed) {
        this.partners = partners;
        this.random = new SplittableRandom(seed ^ 0x5EED_4E50L);
        this.npis = new UniqueNpis(random);
        this.names = new NamePool(random);
        this.columns = nppesColumns();
        for (int i = 0; i < columns.size(); i++) {
            position.put(columns.get(i), i);
        }
        partners.forEach(p -> npis.taken(p.npi));
    }

    /** The NPPES header in its published order (V2: "Provider Sex Code"). */
    static List<String> nppesColumns() {
        try (InputStream in = RegistryFiles.class.getResourceAsStream("/generate/nppes-columns.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("missing resource /generate/nppes-columns.txt", e);
        }
    }

    void write(Path folder) throws IOException {
        CsvSink.Style quoted = new CsvSink.Style(StandardCharsets.UTF_8, false, true, true, "");
        try (CsvSink nppes = new CsvSink(folder.resolve(NPPES_FILE), quoted, columns.toArray(String[]::new));
             CsvSink medicare = new CsvSink(folder.resolve(MEDICARE_FILE), quoted, MEDICARE_HEADER)) {
            for (PartnerPlan p : partners) {
                if (!p.npi.isEmpty()) {
                    partner(p, nppes, medicare);
                }
            }
            for (int i = 0; i < LOCAL_PROVIDERS; i++) {
                local(nppes, medicare);
            }
        }
    }

    /** A partner's own registry rows: 88 in 100 as the contact says, the rest the cases data quality shows. */
    private void partner(PartnerPlan p, CsvSink nppes, CsvSink medicare) throws IOException {
        int draw = random.nextInt(100);
        if (draw < 3) {
            return;
        }
        if (draw < 6) {
            String[] row = new String[columns.size()];
            Arrays.fill(row, "");
            put(row, "NPI", p.npi);
            put(row, "NPI Deactivation Date", LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)).format(US_DATE));
            if (draw == 5) {
                put(row, "Replacement NPI", npis.next());
            }
            nppes.row((Object[]) row);
            return;
        }
        String[] specialty = specialtyOf(p.category);
        boolean han = Character.UnicodeScript.of(p.last.codePointAt(0)) == Character.UnicodeScript.HAN;
        String last = han ? p.first + p.last : registryText(p.last);
        if (draw < 9) {
            last = last.substring(0, last.length() - 1) + (last.endsWith("E") ? "A" : "E");
        }
        String zip = p.postalCode + (random.nextBoolean() ? String.format("%04d", random.nextInt(10_000)) : "");
        nppes.row((Object[]) person(p.npi, han ? "" : registryText(p.first), last, specialty, zip, p.city));
        if (random.nextInt(100) < 80) {
            medicare.row(medicareRow(p.npi, last, han ? "" : registryText(p.first), specialty, p.city, p.postalCode));
        }
    }

    /** A clinician (or now and then an organisation, or a deactivated NPI) near the practice. */
    private void local(CsvSink nppes, CsvSink medicare) throws IOException {
        String npi = npis.next();
        String[] specialty = LOCAL_SPECIALTIES[random.nextInt(LOCAL_SPECIALTIES.length)];
        String zip = String.format("97%03d%04d", random.nextInt(500), random.nextInt(10_000));
        String city = names.city();
        int draw = random.nextInt(100);
        if (draw < 2) {
            String[] row = new String[columns.size()];
            Arrays.fill(row, "");
            put(row, "NPI", npi);
            put(row, "NPI Deactivation Date", LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)).format(US_DATE));
            nppes.row((Object[]) row);
            return;
        }
        if (draw < 10) {
            String[] row = person(npi, "", "", specialty, zip, city);
            put(row, "Entity Type Code", "2");
            put(row, "Provider Organization Name (Legal Business Name)", registryText(names.place() + " "
                    + specialty[2].split(" ")[0] + " Group LLC"));
            put(row, "Provider Credential Text", "");
            nppes.row((Object[]) row);
            return;
        }
        String first = registryText(names.firstName());
        String last = registryText(names.lastName());
        nppes.row((Object[]) person(npi, first, last, specialty, zip, city));
        if (random.nextInt(100) < 70) {
            medicare.row(medicareRow(npi, last, first, specialty, city, zip.substring(0, 5)));
        }
    }

    private String[] person(String npi, String first, String last, String[] specialty, String zip, String city) {
        String[] row = new String[columns.size()];
        Arrays.fill(row, "");
        put(row, "NPI", npi);
        put(row, "Entity Type Code", "1");
        put(row, "Provider Last Name (Legal Name)", last);
        put(row, "Provider First Name", first);
        put(row, "Provider Credential Text", specialty[1]);
        put(row, "Provider Sex Code", random.nextBoolean() ? "F" : "M");
        String street = (100 + random.nextInt(9800)) + " " + registryText(names.place()) + " "
                + (random.nextBoolean() ? "AVE" : "ST");
        String phone = "503" + String.format("%07d", random.nextInt(10_000_000));
        for (String kind : List.of("Mailing", "Practice Location")) {
            put(row, "Provider First Line Business " + kind + " Address", street);
            put(row, "Provider Business " + kind + " Address City Name", registryText(city));
            put(row, "Provider Business " + kind + " Address State Name", "OR");
            put(row, "Provider Business " + kind + " Address Postal Code", zip);
            put(row, "Provider Business " + kind + " Address Country Code (If outside U.S.)", "US");
            put(row, "Provider Business " + kind + " Address Telephone Number", phone);
        }
        LocalDate enumerated = LocalDate.of(2006 + random.nextInt(18), 1 + random.nextInt(12), 1 + random.nextInt(28));
        put(row, "Provider Enumeration Date", enumerated.format(US_DATE));
        put(row, "Last Update Date", enumerated.plusDays(random.nextInt(700)).format(US_DATE));
        put(row, "Certification Date", enumerated.plusDays(random.nextInt(700)).format(US_DATE));
        put(row, "Healthcare Provider Taxonomy Code_1", specialty[0]);
        put(row, "Provider License Number_1", String.format("%06d", random.nextInt(1_000_000)));
        put(row, "Provider License Number State Code_1", "OR");
        put(row, "Healthcare Provider Primary Taxonomy Switch_1", "Y");
        put(row, "Is Sole Proprietor", random.nextBoolean() ? "Y" : "N");
        return row;
    }

    private String[] medicareRow(String npi, String last, String first, String[] specialty, String city, String zip5) {
        int patients = 11 + (int) Math.round(Math.exp(4 + random.nextDouble() * 3));
        int services = patients * (2 + random.nextInt(12));
        return new String[] {npi, last, first, "", specialty[1].replace("MD", "M.D.").replace("DO", "D.O."), "I",
            (100 + random.nextInt(9800)) + " " + registryText(names.place()) + " Ave", "", city, "OR", "41", zip5, "1",
            "Metropolitan area core: primary flow within an urbanized area of 50,000 and greater", "US", specialty[2], "Y",
            Integer.toString(5 + random.nextInt(60)), Integer.toString(patients), Integer.toString(services),
            String.format(Locale.ROOT, "%.2f", services * 180.0), String.format(Locale.ROOT, "%.2f", services * 75.0),
            String.format(Locale.ROOT, "%.2f", services * 58.0), String.format(Locale.ROOT, "%.2f", services * 60.0),
            Integer.toString(68 + random.nextInt(10))};
    }

    private static String[] specialtyOf(Category category) {
        return switch (category) {
            case CHIROPRACTOR -> new String[] {"111N00000X", "DC", "Chiropractic"};
            case DENTIST -> new String[] {"122300000X", "DDS", "Dentist"};
            case THERAPIST -> new String[] {"225100000X", "PT", "Physical Therapist in Private Practice"};
            default -> new String[] {"207Q00000X", "MD", "Family Practice"};
        };
    }

    private void put(String[] row, String column, String value) {
        row[position.get(column)] = value;
    }

    /** NPPES writes names in capitals without accents: Peña becomes PENA, D’Angelo D'ANGELO. */
    private static String registryText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'')
                .toUpperCase(Locale.ROOT);
    }
}
