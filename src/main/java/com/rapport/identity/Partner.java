package com.rapport.identity;

import java.time.LocalDate;

/** One person or organisation after its contact records were merged. */
public record Partner(String partnerId, String name, String organization, String role, String category,
                      String email, String phone, String npi, String city, String postalCode, Integer networkSize,
                      String introducedBy, boolean spotlightOptOut, LocalDate updatedAt, int records) {
}
