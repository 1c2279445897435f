package com.rapport.generate;

import java.time.LocalDate;

/** One invented partner and how it behaves over the generated months. */
final class PartnerPlan {
    final int index;
    final String contactId;
    String first;
    String last;
    String title = "";
    String organisation;
    String role;
    Category category;
    String email;
    String phone;
    String npi = "";
    String city;
    String postalCode;
    String networkSize = "";
    String introducedBy = "";
    boolean optOut;
    LocalDate since;
    LocalDate updatedAt;
    /** Weights for the random background; zero for scripted story partners. */
    double inWeight;
    double outWeight;
    double touchWeight;
    /** Story partners get no thank-you notes: their referrals are the "owed notes" story. */
    boolean neverThanked;

    PartnerPlan(int index) {
        this.index = index;
        this.contactId = String.format("C%05d", index + 1);
    }

    String fullName() {
        // Chinese names are written family name first, without a space
        boolean han = Character.UnicodeScript.of(last.codePointAt(0)) == Character.UnicodeScript.HAN;
        return (title.isEmpty() ? "" : title + " ") + first + (han ? "" : " ") + last;
    }
}
