package com.rapport.generate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The practice's contacts as the systems it uses would export them: the canonical CRM
 * export with everyone, and Google Contacts, Outlook and LinkedIn exports that each hold
 * some of the same people, written the way those systems write (a BOM, Windows-1252 with
 * CRLF, a preamble), so every run exercises recognition and merging. Two Google entries
 * use a nickname and no e-mail: the possible duplicates a user would be asked to confirm.
 */
final class ContactExports {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, String> NICKNAMES = Map.of("Robert", "Bob", "Thomas", "Tom", "William", "Bill",
            "James", "Jim", "Michael", "Mike", "Richard", "Rick", "Daniel", "Dan", "Elizabeth", "Liz",
            "Jennifer", "Jen", "Joseph", "Joe");
    private static final int NICKNAME_DUPLICATES = 2;

    private static final List<String> GOOGLE = List.of("First Name", "Middle Name", "Last Name", "Phonetic First Name",
            "Phonetic Middle Name", "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As",
            "Organization Name", "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
            "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label",
            "Address 1 - Formatted", "Address 1 - City", "Address 1 - Postal Code", "Address 1 - Country");
    private static final List<String> OUTLOOK = List.of("Title", "First Name", "Middle Name", "Last Name", "Suffix",
            "Company", "Department", "Job Title", "Business Street", "Business City", "Business State",
            "Business Postal Code", "Business Country/Region", "Business Phone", "Mobile Phone", "Anniversary",
            "Birthday", "Categories", "E-mail Address", "E-mail Type", "E-mail Display Name", "E-mail 2 Address",
            "Notes", "Priority", "Private", "Sensitivity", "Web Page");
    private static final String LINKEDIN_NOTES = "Notes:\n\"When exporting your connection data, you may notice that "
            + "some of the email addresses are missing. You will only see email addresses for connections who have "
            + "allowed their connections to see or download their email address.\"\n\n";

    private final List<PartnerPlan> partners;
    private final SplittableRandom random;

    ContactExports(List<PartnerPlan> partners, long seed) {
        this.partners = partners;
        this.random = new SplittableRandom(seed ^ 0x5EED_C0DEL);
    }

    void write(Path folder) throws IOException {
        // The CRM's file name sorts first, so its ids name the merged partners (the founding record).
        writeCanonical(folder.resolve("crm-export.csv"));
        writeGoogle(folder.resolve("google-contacts.csv"));
        writeOutlook(folder.resolve("outlook.csv"));
        writeLinkedIn(folder.resolve("linkedin-Connections.csv"));
    }

    private void writeCanonical(Path file) throws IOException {
        try (CsvSink sink = new CsvSink(file, "contact_id", "full_name", "first_name", "last_name", "organization",
                "role", "category", "email", "phone", "npi", "city", "postal_code", "network_size",
                "introduced_by", "spotlight_opt_out", "updated_at")) {
            for (PartnerPlan p : partners) {
                sink.row(p.contactId, p.fullName(), p.first, p.last, p.organisation, p.role, p.category.code(),
                        p.email, p.phone, p.npi, p.city, p.postalCode, p.networkSize, p.introducedBy,
                        p.optOut ? "true" : "false", p.updatedAt);
            }
        }
    }

    /** Google: partners with an e-mail (the merge key it carries), a few with a private second address. */
    private void writeGoogle(Path file) throws IOException {
        CsvSink.Style style = new CsvSink.Style(StandardCharsets.UTF_8, true, false, false, "");
        int nicknames = 0;
        try (CsvSink sink = new CsvSink(file, style, GOOGLE.toArray(String[]::new))) {
            for (PartnerPlan p : partners) {
                if (!p.email.isEmpty() && p.index % 5 < 2) {
                    String email = random.nextInt(6) == 0
                            ? p.email + " ::: " + (p.first + "." + p.last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
                            + "@mail.example.com" : p.email;
                    String notes = random.nextInt(4) == 0 ? "Met " + p.since + ".\nPrefers " + (random.nextBoolean()
                            ? "e-mail." : "a call.") : "";
                    sink.row(google(p.title, p.first, p.last, p.organisation, p.role, notes,
                            plural(p.category.code()) + " ::: * myContacts", email, p.phone, p.city, p.postalCode));
                }
                String nickname = NICKNAMES.get(p.first);
                if (nickname != null && nicknames < NICKNAME_DUPLICATES && p.index > 40) {
                    nicknames++;
                    sink.row(google("", nickname, p.last, "", "", "", "* myContacts", "", p.phone, "", ""));
                }
            }
        }
    }

    private static Object[] google(String prefix, String first, String last, String organisation, String role,
                                   String notes, String labels, String email, String phone, String city, String zip) {
        String[] row = new String[GOOGLE.size()];
        Arrays.fill(row, "");
        put(row, GOOGLE, "First Name", first);
        put(row, GOOGLE, "Last Name", last);
        put(row, GOOGLE, "Name Prefix", prefix);
        put(row, GOOGLE, "Organization Name", organisation);
        put(row, GOOGLE, "Organization Title", role);
        put(row, GOOGLE, "Notes", notes);
        put(row, GOOGLE, "Labels", labels);
        put(row, GOOGLE, "E-mail 1 - Label", email.isEmpty() ? "" : "* Work");
        put(row, GOOGLE, "E-mail 1 - Value", email);
        put(row, GOOGLE, "Phone 1 - Label", "Work");
        put(row, GOOGLE, "Phone 1 - Value", phone);
        put(row, GOOGLE, "Address 1 - Label", city.isEmpty() ? "" : "Work");
        put(row, GOOGLE, "Address 1 - Formatted", city.isEmpty() ? "" : city + ", OR " + zip + "\nUS");
        put(row, GOOGLE, "Address 1 - City", city);
        put(row, GOOGLE, "Address 1 - Postal Code", zip);
        put(row, GOOGLE, "Address 1 - Country", city.isEmpty() ? "" : "US");
        return row;
    }

    /** Outlook (Windows-1252, CRLF): clinicians whose names the code page can hold, as Outlook users keep them. */
    private void writeOutlook(Path file) throws IOException {
        CharsetEncoder encoder = WINDOWS_1252.newEncoder();
        CsvSink.Style style = new CsvSink.Style(WINDOWS_1252, false, true, false, "");
        try (CsvSink sink = new CsvSink(file, style, OUTLOOK.toArray(String[]::new))) {
            for (PartnerPlan p : partners) {
                boolean fits = encoder.canEncode(p.fullName() + p.organisation + p.role + p.city);
                if (p.category.clinical && !p.email.isEmpty() && p.index % 4 == 3 && fits) {
                    String[] row = new String[OUTLOOK.size()];
                    Arrays.fill(row, "");
                    put(row, OUTLOOK, "Title", p.title);
                    put(row, OUTLOOK, "First Name", p.first);
                    put(row, OUTLOOK, "Last Name", p.last);
                    put(row, OUTLOOK, "Company", p.organisation);
                    put(row, OUTLOOK, "Job Title", p.role);
                    put(row, OUTLOOK, "Business City", p.city);
                    put(row, OUTLOOK, "Business State", "OR");
                    put(row, OUTLOOK, "Business Postal Code", p.postalCode);
                    put(row, OUTLOOK, "Business Phone", p.phone);
                    put(row, OUTLOOK, "Anniversary", "0/0/00");
                    put(row, OUTLOOK, "Birthday", "0/0/00");
                    put(row, OUTLOOK, "Categories", "Referral partners");
                    put(row, OUTLOOK, "E-mail Address", p.email);
                    put(row, OUTLOOK, "E-mail Type", "SMTP");
                    put(row, OUTLOOK, "E-mail Display Name", p.first + " " + p.last + " (" + p.email + ")");
                    put(row, OUTLOOK, "Priority", "Normal");
                    put(row, OUTLOOK, "Private", "False");
                    put(row, OUTLOOK, "Sensitivity", "Normal");
                    sink.row((Object[]) row);
                }
            }
        }
    }

    /**
     * LinkedIn: a connection's name and company, rarely an e-mail; merged by name with
     * organisation. Connected before the CRM's last edit, so the CRM's fields stay current.
     */
    private void writeLinkedIn(Path file) throws IOException {
        CsvSink.Style style = new CsvSink.Style(StandardCharsets.UTF_8, false, false, false, LINKEDIN_NOTES);
        java.time.format.DateTimeFormatter connected = java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy",
                Locale.ENGLISH);
        try (CsvSink sink = new CsvSink(file, style, "First Name", "Last Name", "URL", "Email Address", "Company",
                "Position", "Connected On")) {
            for (PartnerPlan p : partners) {
                if (p.index % 6 == 0 && !p.organisation.isEmpty()) {
                    LocalDate on = p.updatedAt.minusDays(30 + random.nextInt(300));
                    String slug = (p.first + "-" + p.last).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "")
                            + "-" + Integer.toHexString(p.index + 4096);
                    sink.row(p.first, p.last, "https://www.linkedin.com/in/" + slug,
                            random.nextInt(5) == 0 ? p.email : "", p.organisation, p.role, on.format(connected));
                }
            }
        }
    }

    private static void put(String[] row, List<String> header, String column, String value) {
        row[header.indexOf(column)] = value == null ? "" : value;
    }

    private static String plural(String category) {
        String label = category.substring(0, 1).toUpperCase(Locale.ROOT) + category.substring(1);
        return label.endsWith("s") ? label : label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s";
    }
}
