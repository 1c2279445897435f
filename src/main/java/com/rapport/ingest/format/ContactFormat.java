package com.rapport.ingest.format;

import java.util.Set;

/**
 * The contact systems whose exports Rapport reads as they come, each recognised from
 * its header (never from the file name) and mapped onto the canonical contact fields.
 * Order matters: the first format that recognises a header wins.
 */
enum ContactFormat {
    CANONICAL("canonical") {
        @Override
        boolean recognises(Set<String> h) {
            return h.contains("contact_id")
                    && (h.contains("full_name") || h.contains("first_name") || h.contains("last_name"));
        }

        @Override
        void map(RecordLayout.Builder b) {
            // Every canonical field is read from the column of its own name.
        }
    },
    HUBSPOT("hubspot") {
        @Override
        boolean recognises(Set<String> h) {
            return h.contains("record id") && (h.contains("first name") || h.contains("last name"));
        }

        @Override
        void map(RecordLayout.Builder b) {
            b.column("contact_id", "record id")
                    .name("", "first name", "", "last name", "")
                    .column("organization", "company name", "associated company")
                    .column("role", "job title")
                    .column("category", "industry", "contact type")
                    .emails()
                    .phone("phone number", "mobile phone number")
                    .column("city", "city")
                    .column("postal_code", "postal code", "zip")
                    .date("updated_at", "last modified date", "last activity date", "create date");
        }
    },
    SALESFORCE("salesforce") {
        @Override
        boolean recognises(Set<String> h) {
            return h.contains("account name") && (h.contains("first name") || h.contains("last name"));
        }

        @Override
        void map(RecordLayout.Builder b) {
            b.column("contact_id", "contact id", "id", "contact id (18)")
                    .name("full name", "first name", "middle name", "last name", "suffix")
                    .column("organization", "account name")
                    .column("role", "title")
                    .column("category", "department", "lead source")
                    .emails()
                    .phone("phone", "business phone", "mobile", "mobile phone")
                    .column("city", "mailing city")
                    .column("postal_code", "mailing zip/postal code", "mailing postal code", "mailing zip")
                    .date("updated_at", "last modified date", "last modified", "created date")
                    .derivedIds("salesforce");
        }
    },
    LINKEDIN("linkedin") {
        @Override
        boolean recognises(Set<String> h) {
            return h.contains("connected on") && h.contains("url");
        }

        @Override
        void map(RecordLayout.Builder b) {
            // LinkedIn has no edit date; the connection date is the latest change it knows of.
            b.name("", "first name", "", "last name", "")
                    .column("organization", "company")
                    .column("role", "position")
                    .emails()
                    .date("updated_at", "connected on")
                    .derivedIds("linkedin", "url");
        }
    },
    GOOGLE_LEGACY("google (older format)") {
        @Override
        boolean recognises(Set<String> h) {
            return h.contains("given name") && h.contains("family name");
        }

        @Override
        void map(RecordLayout.Builder b) {
            b.name("name", "given name", "additional name", "family name", "name suffix")
                    .column("organization", "organization 1 - name")
                    .column("role", "organization 1 - title")
                    .column("category", "group membership")
                    .emails()
                    .phone("phone 1 - value", "phone 2 - value")
                    .column("city", "address 1 - city")
                    .column("postal_code", "address 1 - postal code")
                    .derivedIds("google");
        }
    },
    GOOGLE("google") {
        @Override
        boolean recognises(Set<String> h) {
            return h.contains("first name") && (h.contains("e-mail 1 - value") || h.contains("organization name")
                    || h.contains("phone 1 - value"));
        }

        @Override
        void map(RecordLayout.Builder b) {
            b.name("", "first name", "middle name", "last name", "name suffix")
                    .column("organization", "organization name", "organization 1 - name")
                    .column("role", "organization title", "organization 1 - title")
                    .column("category", "labels", "group membership")
                    .emails()
                    .phone("phone 1 - value", "phone 2 - value")
                    .column("city", "address 1 - city")
                    .column("postal_code", "address 1 - postal code")
                    .derivedIds("google");
        }
    },
    OUTLOOK_COM("outlook.com") {
        @Override
        boolean recognises(Set<String> h) {
            return h.contains("e-mail address") && h.contains("given yomi");
        }

        @Override
        void map(RecordLayout.Builder b) {
            OUTLOOK.map(b);
        }
    },
    OUTLOOK("outlook") {
        @Override
        boolean recognises(Set<String> h) {
            return h.contains("e-mail address") && (h.contains("first name") || h.contains("last name"));
        }

        @Override
        void map(RecordLayout.Builder b) {
            b.name("", "first name", "middle name", "last name", "suffix")
                    .column("organization", "company")
                    .column("role", "job title")
                    .column("category", "categories")
                    .emails()
                    .phone("business phone", "primary phone", "mobile phone", "company main phone", "home phone")
                    .column("city", "business city", "home city")
                    .column("postal_code", "business postal code", "home postal code")
                    .derivedIds("outlook");
        }
    };

    private final String label;

    ContactFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    abstract boolean recognises(Set<String> foldedHeader);

    abstract void map(RecordLayout.Builder builder);

    static ContactFormat recognise(Set<String> foldedHeader) {
        for (ContactFormat format : values()) {
            if (format.recognises(foldedHeader)) {
                return format;
            }
        }
        return null;
    }
}
