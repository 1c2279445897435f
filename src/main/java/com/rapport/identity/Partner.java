package com.rapport.identity;

import java.time.LocalDate;

/**
 * One person or organisation after its contact records were merged; {@code name} is the
 * spelling shown (see {@link DisplayName}), {@code credential} what followed a person's name
 * in the records ({@code MD}, {@code DPT, ATC}), or null.
 */
public record Partner(String partnerId, String name, String organization, String role, String category,
                      String email, String phone, String npi, String city, String postalCode, Integer networkSize,
                      String introducedBy, boolean spotlightOptOut, LocalDate updatedAt, int records,
                      String credential) {
}
