package com.rapport.identity;

import com.rapport.core.NameKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One contact record of one export, as loaded. */
public record ContactRecord(String sourceFile, long recordNo, String contactId, String fullName, String firstName,
                            String lastName, String organization, String role, String category, String email,
                            String phone, String npi, String city, String postalCode, Integer networkSize,
                            String introducedBy, Boolean spotlightOptOut, LocalDate updatedAt, String otherEmails) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public String emailKey() {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The e-mail and every further address the export carried (Google and Outlook keep several). */
    public List<String> emailKeys() {
        List<String> keys = new ArrayList<>();
        String emailKey = emailKey();
        if (!emailKey.isEmpty()) {
            keys.add(emailKey);
        }
        if (otherEmails != null) {
            for (String other : WHITESPACE.split(otherEmails.strip())) {
                String key = other.toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && !keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    public String npiKey() {
        return npi == null ? "" : npi.strip();
    }

    /**
     * False for a record named by no person, whose name is its organisation or its e-mail (a
     * clinic's front desk): a person's name from another record of the partner is shown before it.
     */
    public boolean namesAPerson() {
        return fullName != null && !fullName.isBlank() && !fullName.equalsIgnoreCase(organization)
                && !fullName.equalsIgnoreCase(email);
    }

    /** Normalised name with normalised organisation; empty without an organisation, which is too weak alone. */
    public String nameOrgKey() {
        String org = NameKey.organisation(organization);
        String name = NameKey.person(fullName);
        return org.isEmpty() || name.isEmpty() ? "" : name + "|" + org;
    }
}
