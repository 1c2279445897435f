package com.rapport.identity;

import java.time.LocalDate;

/** Contact records for the identity tests, with only the fields a test is about set. */
final class Contacts {

    private Contacts() {
    }

    static ContactRecord contact(String file, long recordNo, String id, String name, String organization, String email,
                                 String npi, String phone) {
        return record(file, recordNo, id, name, organization, email, npi, phone, null, null, null, null);
    }

    static ContactRecord record(String file, long recordNo, String id, String name, String organization, String email,
                                String npi, String phone, String category, String city, Boolean optOut,
                                LocalDate updated) {
        return new ContactRecord(file, recordNo, id, name, null, null, organization, null, category, email, phone, npi,
                city, null, null, null, optOut, updated, null);
    }
}
