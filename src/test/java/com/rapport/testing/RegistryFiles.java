package com.rapport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry files in their published layouts for tests: NPPES with all 330 columns (V2, or V1
 * with "Provider Gender Code"), every value quoted, CRLF; CMS by-provider rows. A row is given
 * as column → value pairs; every other column is empty, as in the real file.
 */
public final class RegistryFiles {

    public static final List<String> CMS_HEADER = List.of("Rndrng_NPI", "Rndrng_Prvdr_Last_Org_Name",
            "Rndrng_Prvdr_First_Name", "Rndrng_Prvdr_MI", "Rndrng_Prvdr_Crdntls", "Rndrng_Prvdr_Ent_Cd",
            "Rndrng_Prvdr_City", "Rndrng_Prvdr_State_Abrvtn", "Rndrng_Prvdr_Zip5", "Rndrng_Prvdr_Type",
            "Rndrng_Prvdr_Mdcr_Prtcptg_Ind", "Tot_HCPCS_Cds", "Tot_Benes", "Tot_Srvcs");

    private RegistryFiles() {
    }

    /** The V2 header (2023 on), as Rapport's generator writes it. */
    public static List<String> nppesV2() {
        try (InputStream in = RegistryFiles.class.getResourceAsStream("/generate/nppes-columns.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The V1 header: the same columns, "Provider Sex Code" still called "Provider Gender Code". */
    public static List<String> nppesV1() {
        return nppesV2().stream().map(c -> c.equals("Provider Sex Code") ? "Provider Gender Code" : c).toList();
    }

    /** An NPPES person row: NPI, entity type 1, name, credential, practice address and one primary taxonomy. */
    public static Map<String, String> person(String npi, String first, String last, String credential, String street,
                                             String city, String postalCode, String phone, String taxonomy) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("NPI", npi);
        row.put("Entity Type Code", "1");
        row.put("Provider Last Name (Legal Name)", last);
        row.put("Provider First Name", first);
        row.put("Provider Credential Text", credential);
        row.put("Provider First Line Business Practice Location Address", street);
        row.put("Provider Business Practice Location Address City Name", city);
        row.put("Provider Business Practice Location Address State Name", "OR");
        row.put("Provider Business Practice Location Address Postal Code", postalCode);
        row.put("Provider Business Practice Location Address Telephone Number", phone);
        row.put("Healthcare Provider Taxonomy Code_1", taxonomy);
        row.put("Healthcare Provider Primary Taxonomy Switch_1", "Y");
        return row;
    }

    /** A deactivated NPI as NPPES publishes it: only the NPI and the deactivation date. */
    public static Map<String, String> deactivated(String npi, String date) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("NPI", npi);
        row.put("NPI Deactivation Date", date);
        return row;
    }

    /** A row with some columns changed or added. */
    public static Map<String, String> with(Map<String, String> row, String... columnsAndValues) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            copy.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return copy;
    }

    /** Writes the rows under the header, every value quoted; a column a row names must be in the header. */
    public static void write(Path file, List<String> header, List<Map<String, String>> rows) throws IOException {
        StringBuilder text = new StringBuilder(line(header));
        for (Map<String, String> row : rows) {
            List<String> values = new ArrayList<>();
            for (String column : header) {
                values.add(row.getOrDefault(column, ""));
            }
            if (!header.containsAll(row.keySet())) {
                throw new IllegalArgumentException("not in the header: " + row.keySet());
            }
            text.append(line(values));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A CMS by-provider row in {@link #CMS_HEADER}'s order. */
    public static Map<String, String> medicare(String npi, String last, String first, String type, String patients) {
        Map<String, String> row = new LinkedHashMap<>();
        List<String> values = List.of(npi, last, first, "", "M.D.", "I", "PORTLAND", "OR", "97205", type, "Y", "12",
                patients, "2,345");
        for (int i = 0; i < values.size(); i++) {
            row.put(CMS_HEADER.get(i), values.get(i));
        }
        return row;
    }

    private static String line(List<String> values) {
        return String.join(",", values.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()) + "\r\n";
    }
}
