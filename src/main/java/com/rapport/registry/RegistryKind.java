package com.rapport.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three public files Rapport reads from {@code registry/}, recognised by their published
 * names, with the columns each must have (docs/registry.md: the table of files) and the
 * statement that keeps what matters of them. A statement names a column as {@code {Header}}:
 * the reader replaces it with the position that header has in the file at hand, so columns
 * are found by name whatever the layout's order (NPPES V1 and V2 differ).
 */
enum RegistryKind {

    NPPES("npidata_pfile_\\d{8}-\\d{8}\\.csv", "registry_nppes", nppesColumns(), """
            insert into registry_nppes
            select {checksum}, {NPI}, {Entity Type Code}, {Replacement NPI},
                   {Provider Organization Name (Legal Business Name)}, {Provider Last Name (Legal Name)},
                   {Provider First Name}, {Provider Middle Name}, {Provider Name Prefix Text},
                   {Provider Name Suffix Text}, {Provider Credential Text},
                   {Provider First Line Business Practice Location Address},
                   {Provider Business Practice Location Address City Name},
                   {Provider Business Practice Location Address State Name},
                   {Provider Business Practice Location Address Postal Code},
                   {Provider Business Practice Location Address Telephone Number},
                   try_strptime({NPI Deactivation Date}, '%m/%d/%Y')::date,
                   try_strptime({NPI Reactivation Date}, '%m/%d/%Y')::date,
                   coalesce({primary taxonomy}, {Healthcare Provider Taxonomy Code_1})
            from {file}
            """),
    MEDICARE("mup_phy_.*_d(\\d\\d)_prov\\.csv", "registry_medicare", List.of("Rndrng_NPI", "Rndrng_Prvdr_Last_Org_Name",
            "Rndrng_Prvdr_First_Name", "Rndrng_Prvdr_Crdntls", "Rndrng_Prvdr_Ent_Cd", "Rndrng_Prvdr_City",
            "Rndrng_Prvdr_State_Abrvtn", "Rndrng_Prvdr_Zip5", "Rndrng_Prvdr_Type", "Tot_Benes", "Tot_Srvcs"), """
            insert into registry_medicare
            select {checksum}, {data_year}, {Rndrng_NPI}, {Rndrng_Prvdr_Last_Org_Name}, {Rndrng_Prvdr_First_Name},
                   {Rndrng_Prvdr_Crdntls}, {Rndrng_Prvdr_Ent_Cd}, {Rndrng_Prvdr_City}, {Rndrng_Prvdr_State_Abrvtn},
                   {Rndrng_Prvdr_Zip5}, {Rndrng_Prvdr_Type},
                   try_cast(replace({Tot_Benes}, ',', '') as bigint), try_cast(replace({Tot_Srvcs}, ',', '') as double)
            from {file}
            """),
    TAXONOMY("nucc_taxonomy_.*\\.csv", "registry_taxonomy", List.of("Code", "Grouping", "Classification",
            "Specialization", "Display Name"), """
            insert into registry_taxonomy
            select {checksum}, {Code}, {Grouping}, {Classification}, {Specialization}, {Display Name}
            from {file}
            """);

    /** NPPES carries up to fifteen taxonomies, each with its primary switch. */
    static final int TAXONOMIES = 15;

    private final Pattern name;
    private final String table;
    private final List<String> required;
    private final String insert;

    RegistryKind(String name, String table, List<String> required, String insert) {
        this.name = Pattern.compile(name, Pattern.CASE_INSENSITIVE);
        this.table = table;
        this.required = required;
        this.insert = insert;
    }

    /** The kind a file's published name says it is, if any. */
    static Optional<RegistryKind> of(String fileName) {
        for (RegistryKind kind : values()) {
            if (kind.name.matcher(fileName).matches()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The CMS file's data year from its name ({@code D24} = 2024); null for the others. */
    Integer dataYear(String fileName) {
        if (this != MEDICARE) {
            return null;
        }
        Matcher m = name.matcher(fileName);
        return m.matches() ? 2000 + Integer.parseInt(m.group(1)) : null;
    }

    String table() {
        return table;
    }

    List<String> required() {
        return required;
    }

    String insert() {
        return insert;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static List<String> nppesColumns() {
        List<String> columns = new ArrayList<>(List.of("NPI", "Entity Type Code", "Replacement NPI",
                "Provider Organization Name (Legal Business Name)", "Provider Last Name (Legal Name)",
                "Provider First Name", "Provider Middle Name", "Provider Name Prefix Text", "Provider Name Suffix Text",
                "Provider Credential Text", "Provider First Line Business Practice Location Address",
                "Provider Business Practice Location Address City Name",
                "Provider Business Practice Location Address State Name",
                "Provider Business Practice Location Address Postal Code",
                "Provider Business Practice Location Address Telephone Number", "NPI Deactivation Date",
                "NPI Reactivation Date"));
        for (int i = 1; i <= TAXONOMIES; i++) {
            columns.add("Healthcare Provider Taxonomy Code_" + i);
            columns.add("Healthcare Provider Primary Taxonomy Switch_" + i);
        }
        return List.copyOf(columns);
    }
}
