package com.rapport.identity;

import static com.rapport.identity.Contacts.contact;
import static com.rapport.identity.Contacts.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerMergerTest {

    private final PartnerMerger merger = new PartnerMerger();

    private static List<String> assignments(MergeResult result) {
        return result.assignments().stream().map(a -> a.record().sourceFile() + "#" + a.record().recordNo() + " -> "
                + a.partnerId() + (a.matchedBy().isEmpty() ? "" : " by " + a.matchedBy())).toList();
    }

    /**
     * Four records of Ana Lima, each joined to the first by the strongest key it shares: the
     * NPI, the e-mail in other case, the name and organisation with a degree and a full stop
     * more. Ben Cho shares nothing. Records are taken in file order, so a.csv's founds the partner.
     */
    @Test
    void recordsMergeByNpiThenEmailThenNameWithOrganisation() {
        MergeResult result = merger.merge(List.of(
                contact("d.csv", 1, "X9", "Ana Lima MD", "Harbor PT.", null, null, null),
                contact("c.csv", 1, "L3", "Ana Lima", null, "ANA@H.COM", null, null),
                contact("b.csv", 1, "G7", "Dr. Ana Lima", null, null, "1111111111", null),
                contact("a.csv", 2, "C2", "Ben Cho", "Harbor PT", "ben@h.com", null, null),
                contact("a.csv", 1, "C1", "Ana Lima", "Harbor PT", "ana@h.com", "1111111111", null)));
        assertThat(result.partners()).extracting(Partner::partnerId, Partner::records)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", 4), org.assertj.core.groups.Tuple.tuple("C2", 1));
        assertThat(assignments(result)).containsExactly("a.csv#1 -> C1", "b.csv#1 -> C1 by npi", "c.csv#1 -> C1 by email",
                "d.csv#1 -> C1 by name_org", "a.csv#2 -> C2");
        assertThat(result.pairProblems()).isEmpty();
    }

    /** Both carry the e-mail, but two NPIs are two providers; the third record, without an NPI, joins the first. */
    @Test
    void recordsWithDifferentNpisNeverMerge() {
        MergeResult result = merger.merge(List.of(
                contact("a.csv", 1, "C1", "Ana Lima", null, "shared@h.com", "1111111111", null),
                contact("a.csv", 2, "C2", "Ana Lima", null, "shared@h.com", "2222222222", null),
                contact("a.csv", 3, "C3", "A. Lima", null, "shared@h.com", null, null)));
        assertThat(assignments(result)).containsExactly("a.csv#1 -> C1", "a.csv#3 -> C1 by email", "a.csv#2 -> C2");
    }

    /**
     * The newer record (2026) wins each field it has: phone. Fields it lacks come from the
     * older one: city. Its "other" category loses to a real one; the older record's opt-out
     * stands; the name keeps the accents the newer export dropped.
     */
    @Test
    void eachFieldComesFromTheNewestRecordThatHasIt() {
        MergeResult result = merger.merge(List.of(
                record("a.csv", 1, "C1", "José Müller", null, "j@x.com", null, "111", "physician", "Portland", true,
                        LocalDate.of(2025, 1, 1)),
                record("b.csv", 1, "G1", "Jose Muller", null, "j@x.com", null, "222", "other", null, false,
                        LocalDate.of(2026, 1, 1))));
        Partner partner = result.partners().get(0);
        assertThat(result.partners()).hasSize(1);
        assertThat(partner.partnerId()).isEqualTo("C1");
        assertThat(partner.name()).isEqualTo("José Müller");
        assertThat(partner.phone()).isEqualTo("222");
        assertThat(partner.city()).isEqualTo("Portland");
        assertThat(partner.category()).isEqualTo("physician");
        assertThat(partner.spotlightOptOut()).isTrue();
        assertThat(partner.updatedAt()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    /** Two different people with the id C1 in two exports: each partner id says which export. */
    @Test
    void aContactIdFoundingTwoPartnersIsQualifiedByItsFile() {
        MergeResult result = merger.merge(List.of(
                contact("contacts/a.csv", 1, "C1", "Ana Lima", null, null, null, null),
                contact("contacts/b.csv", 1, "C1", "Ben Cho", null, null, null, null)));
        assertThat(result.partners()).extracting(Partner::partnerId).containsExactly("contacts/a.csv:C1",
                "contacts/b.csv:C1");
    }

    /**
     * Row 1 joins Ann to Ana; row 2 would join two NPIs and is refused; row 3 names nobody.
     * The references resolve against the merge before any confirmed pair is applied.
     */
    @Test
    void confirmedPairsMergeUnlessTheyJoinTwoNpisOrNameNobody() {
        MergeResult result = merger.merge(List.of(
                contact("a.csv", 1, "C1", "Ana Lima", null, null, "1111111111", null),
                contact("a.csv", 2, "C2", "Ann Lima", null, null, null, null),
                contact("a.csv", 3, "C3", "Cy Ray", null, null, "3333333333", null)), List.of(
                new ConfirmedPair("merges.csv", 1, "C1", "C2"),
                new ConfirmedPair("merges.csv", 2, "C1", "C3"),
                new ConfirmedPair("merges.csv", 3, "C1", "nobody")));
        assertThat(assignments(result)).containsExactly("a.csv#1 -> C1", "a.csv#2 -> C1 by confirmed", "a.csv#3 -> C3");
        assertThat(result.pairProblems()).containsExactly(
                new ConfirmedPair.Problem("merges.csv", 2, "reference_b", "C3", "different_npi"),
                new ConfirmedPair.Problem("merges.csv", 3, "reference_b", "nobody", "no_match"));
    }

    // The name a partner is shown by, and its credential, when its records spell them differently.


    private static long recordNo;

    /** A record with a name, an organisation, an e-mail and the date it was last changed. */
    private static ContactRecord dated(String file, String fullName, String organization, String email,
                                        String updated) {
        return new ContactRecord(file, ++recordNo, "id" + recordNo, fullName, null, null, organization, null, null,
                email, null, null, null, null, null, null, null, LocalDate.parse(updated), null);
    }

    private static List<String> shown(ContactRecord... records) {
        return new PartnerMerger().merge(List.of(records)).partners().stream()
                .map(p -> p.name() + " | " + p.credential() + " | " + p.organization() + " | " + p.records()).toList();
    }

    /** One partner from an older and a newer record of one e-mail, each with its name and organisation. */
    private static String olderThenNewer(String olderName, String olderOrganisation, String newerName,
                                         String newerOrganisation) {
        List<String> merged = shown(dated("a.csv", olderName, olderOrganisation, "one@x.example.com", "2025-02-01"),
                dated("b.csv", newerName, newerOrganisation, "one@x.example.com", "2026-09-01"));
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
        assertThat(shown(
                dated("a.csv", "Marcus Feld ATC", null, "marcus@feld.example.com", "2024-05-01"),
                dated("b.csv", "Marcus Feld, DPT, ATC", null, "marcus@feld.example.com", "2025-05-01"),
                dated("c.csv", "Marcus Feld", null, "marcus@feld.example.com", "2026-05-01")))
                .containsExactly("Marcus Feld | DPT, ATC | null | 3");
    }

    /** A front desk sharing its inbox with a clinician is merged (same e-mail), but shown by the person. */
    @Test
    void aPersonsNameIsShownBeforeAnOrganisationStandIn() {
        assertThat(shown(
                dated("a.csv", "Harriet Okafor", "Lakeview Orthopedics", "desk@lakeview.example.com", "2025-01-01"),
                dated("b.csv", "Lakeview Orthopedics", "Lakeview Orthopedics", "desk@lakeview.example.com",
                        "2026-06-01")))
                .containsExactly("Harriet Okafor | null | Lakeview Orthopedics | 2");
    }

    /** Two organisation records without an e-mail merge by name with organisation, and keep their name. */
    @Test
    void organisationRecordsMergeByTheirNameAndOrganisation() {
        assertThat(shown(
                dated("a.csv", "MARROW & FINCH LLP", "MARROW & FINCH LLP", null, "2026-03-01"),
                dated("b.csv", "Marrow & Finch LLP", "Marrow & Finch LLP", null, "2025-03-01"),
                dated("b.csv", "Ada Marrow", "Marrow & Finch LLP", null, "2025-03-01")))
                .containsExactly("Marrow & Finch LLP | null | Marrow & Finch LLP | 2",
                        "Ada Marrow | null | Marrow & Finch LLP | 1");
    }
}
