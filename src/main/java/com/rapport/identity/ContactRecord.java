package com.rapport.identity;

import java.time.LocalDate;

/** One contact record of one export, as loaded. */
public record ContactRecord(String sourceFile, long recordNo, String contactId, String fullName, String firstName,
                            String lastName, String organization, String role, String category, String email,
                            String phone, String npi, String city, String postalCode, Integer networkSize,
                            String introducedBy, Boolean spotlightOptOut, LocalDate updatedAt) {

    public String emailKey() {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String npiKey() {
        return npi == null ? "" : npi.strip();
    }

    /** Normalised name with normalised organisation; empty without an organisation, which is too weak alone. */
    public String nameOrgKey() {
        String org = NameKey.organisation(organization);
        String name = NameKey.person(fullName);
        return org.isEmpty() || name.isEmpty() ? "" : name + "|" + org;
    }
}
