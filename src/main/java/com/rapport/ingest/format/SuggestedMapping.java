package com.rapport.ingest.format;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code rapport.properties} block for a contact export no format recognises, built from
 * its header names by common synonyms (English, German, French, Spanish), for the user to
 * check, copy and run again.
 */
public final class SuggestedMapping {

    /** Canonical field to the header names that usually mean it, compared case- and accent-folded. */
    private static final Map<String, List<String>> SYNONYMS = new LinkedHashMap<>();

    static {
        SYNONYMS.put("contact_id", List.of("contact id", "id", "record id", "kundennummer", "kontakt id", "identifiant",
                "id contacto"));
        SYNONYMS.put("full_name", List.of("display name", "name", "full name", "contact name", "vollstandiger name",
                "anzeigename", "nom complet", "nombre completo"));
        SYNONYMS.put("first_name", List.of("first name", "given name", "firstname", "vorname", "prenom", "nombre"));
        SYNONYMS.put("last_name", List.of("last name", "surname", "family name", "lastname", "nachname", "familienname",
                "nom", "nom de famille", "apellido", "apellidos"));
        SYNONYMS.put("organization", List.of("company", "organization", "organisation", "practice", "account name",
                "company name", "clinic", "firma", "unternehmen", "praxis", "societe", "entreprise", "cabinet",
                "empresa", "organizacion", "clinica"));
        SYNONYMS.put("role", List.of("title", "job title", "position", "role", "specialty", "speciality", "beruf",
                "fachrichtung", "fonction", "poste", "specialite", "cargo", "puesto", "especialidad"));
        SYNONYMS.put("email", List.of("e-mail", "email", "email address", "e-mail address", "mail", "e-mail-adresse",
                "courriel", "adresse e-mail", "correo", "correo electronico"));
        SYNONYMS.put("phone", List.of("phone", "mobile", "telephone", "phone number", "mobile phone", "tel", "telefon",
                "handy", "mobil", "mobiltelefon", "telefonnummer", "portable", "telefono", "movil", "celular"));
        SYNONYMS.put("city", List.of("city", "town", "stadt", "ort", "ville", "ciudad", "localidad"));
        SYNONYMS.put("postal_code", List.of("zip", "zip code", "postal code", "postcode", "plz", "postleitzahl",
                "code postal", "codigo postal", "cp"));
        SYNONYMS.put("npi", List.of("npi", "npi number"));
        SYNONYMS.put("category", List.of("category", "type", "kategorie", "categorie", "categoria"));
    }

    private SuggestedMapping() {
    }

    /** The lines to add for this file; empty when no header name is a known synonym. */
    public static List<String> forHeader(String file, List<String> header) {
        String key = file.substring(file.lastIndexOf('/') + 1);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : SYNONYMS.entrySet()) {
            for (String synonym : field.getValue()) {
                String column = header.stream().filter(h -> fold(h).equals(synonym)
                        && !chosen.containsValue(h.strip())).findFirst().orElse(null);
                if (column != null) {
                    chosen.put(field.getKey(), column.strip());
                    break;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        chosen.forEach((field, column) -> lines.add("import." + key + ".column." + field + "=" + column));
        return lines;
    }

    private static String fold(String name) {
        String plain = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[_.]", " ").replaceAll("\\s+", " ");
    }
}
