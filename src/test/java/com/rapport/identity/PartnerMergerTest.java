package com.rapport.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge's choice of the name a partner is shown by, and of its credential, record by record. */
class PartnerMergerTest {

    private static long recordNo;

    /** A record with a name, an organisation, an e-mail and the date it was last changed. */
    private static ContactRecord record(String file, String fullName, String organization, String email,
                                        String updated) {
        return new ContactRecord(file, ++recordNo, "id" + recordNo, fullName, null, null, organization, null, null,
                email, null, null, null, null, null, null, null, LocalDate.parse(updated), null);
    }

    private static List<String> partners(ContactRecord... records) {
        return new PartnerMerger().merge(List.of(records)).partners().stream()
                .map(p -> p.name() + " | " + p.credential() + " | " + p.organization() + " | " + p.records()).toList();
    }

    /** One partner from an older and a newer record of one e-mail, each with its name and organisation. */
    private static String olderThenNewer(String olderName, String olderOrganisation, String newerName,
                                         String newerOrganisation) {
        List<String> merged = partners(record("a.csv", olderName, olderOrganisation, "one@x.example.com", "2025-02-01"),
                record("b.csv", newerName, newerOrganisation, "one@x.example.com", "2026-09-01"));
        assertThat(merged).hasSize(1);
        return merged.get(0);
    }

    /** The newest export wrote the surname in capitals and dropped the credential; the older one had both. */
    @Test
    void theNameIsShownAsAPersonWritesItWithTheCredentialApart() {
        assertThat(olderThenNewer("Anika Patel, DPT", "Cedar Sports Rehab", "Anika PATEL", "CEDAR SPORTS REHAB"))
                .isEqualTo("Anika Patel | DPT | Cedar Sports Rehab | 2");
    }

    @Test
    void accentsAndTheTypographicApostropheSurviveANewerPlainerExport() {
        assertThat(olderThenNewer("Siobhán O’Rourke", "Ridgeway Clinic", "Siobhan O'Rourke", "Ridgeway Clinic"))
                .isEqualTo("Siobhán O’Rourke | null | Ridgeway Clinic | 2");
    }

    /** The newer credential wins, as any field does; a record without one does not erase it. */
    @Test
    void theMostRecentCredentialIsKept() {
        assertThat(partners(
                record("a.csv", "Marcus Feld ATC", null, "marcus@feld.example.com", "2024-05-01"),
                record("b.csv", "Marcus Feld, DPT, ATC", null, "marcus@feld.example.com", "2025-05-01"),
                record("c.csv", "Marcus Feld", null, "marcus@feld.example.com", "2026-05-01")))
                .containsExactly("Marcus Feld | DPT, ATC | null | 3");
    }

    /** A front desk sharing its inbox with a clinician is merged (same e-mail), but shown by the person. */
    @Test
    void aPersonsNameIsShownBeforeAnOrganisationStandIn() {
        assertThat(partners(
                record("a.csv", "Harriet Okafor", "Lakeview Orthopedics", "desk@lakeview.example.com", "2025-01-01"),
                record("b.csv", "Lakeview Orthopedics", "Lakeview Orthopedics", "desk@lakeview.example.com",
                        "2026-06-01")))
                .containsExactly("Harriet Okafor | null | Lakeview Orthopedics | 2");
    }

    /** Two organisation records without an e-mail merge by name with organisation, and keep their name. */
    @Test
    void organisationRecordsMergeByTheirNameAndOrganisation() {
        assertThat(partners(
                record("a.csv", "MARROW & FINCH LLP", "MARROW & FINCH LLP", null, "2026-03-01"),
                record("b.csv", "Marrow & Finch LLP", "Marrow & Finch LLP", null, "2025-03-01"),
                record("b.csv", "Ada Marrow", "Marrow & Finch LLP", null, "2025-03-01")))
                .containsExactly("Marrow & Finch LLP | null | Marrow & Finch LLP | 2",
                        "Ada Marrow | null | Marrow & Finch LLP | 1");
    }
}
