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
}
