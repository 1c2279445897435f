package com.rapport.identity;

import static com.rapport.identity.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    private static List<PossibleDuplicate> find(ContactRecord... records) {
        return new DuplicateFinder("US").find(new PartnerMerger().merge(List.of(records)));
    }

    /**
     * C1 and C2 share a phone written two ways (both +15035550101) and Jen is a nickname of
     * Jennifer; C1 and C3 share the organisation once its legal form is gone, and J is
     * Jennifer's initial. C4 has C1's phone but another NPI, so only C2 (no NPI) pairs with
     * it. C2 and C3 share neither phone nor organisation and are not compared.
     */
    @Test
    void alikeNamesSharingAPhoneOrOrganisationAreListedWithTheirEvidence() {
        assertThat(find(
                contact("a.csv", 1, "C1", "Jennifer Williams", "Harbor Orthopedics, LLC", null, "2222222222",
                        "(503) 555-0101"),
                contact("a.csv", 2, "C2", "Jen Williams", null, null, null, "+1 503 555 0101"),
                contact("a.csv", 3, "C3", "J. Williams", "Harbor Orthopedics", null, null, null),
                contact("a.csv", 4, "C4", "Jennifer Williams", null, null, "1111111111", "503.555.0101")))
                .containsExactly(
                        new PossibleDuplicate("C1", "Jennifer Williams", "C2", "Jen Williams",
                                "same phone; nickname Jennifer / Jen"),
                        new PossibleDuplicate("C1", "Jennifer Williams", "C3", "J. Williams",
                                "same organisation; initial Jennifer / J"),
                        new PossibleDuplicate("C2", "Jen Williams", "C4", "Jennifer Williams",
                                "same phone; nickname Jen / Jennifer"));
    }

    /**
     * "Harbor PT" and "Harbor PT, Inc." are two organisations to the merge but one here; the
     * names differ only by a title. Ana Ray at the same organisation has another surname.
     */
    @Test
    void theSameNameWrittenOtherwiseAtOneOrganisationIsListed() {
        assertThat(find(
                contact("a.csv", 1, "C1", "Sam Do", "Harbor PT", null, null, null),
                contact("a.csv", 2, "C2", "Dr. Sam Do", "Harbor PT, Inc.", null, null, null),
                contact("a.csv", 3, "C3", "Ana Ray", "Harbor PT", null, null, null)))
                .containsExactly(new PossibleDuplicate("C1", "Sam Do", "C2", "Dr. Sam Do",
                        "same organisation; same name written differently"));
    }

    @Test
    void differentGivenNamesWithTheSameSurnameAreNotListed() {
        assertThat(find(
                contact("a.csv", 1, "C1", "Maria Garcia", null, null, null, "503-555-0199"),
                contact("a.csv", 2, "C2", "Lucia Garcia", null, null, null, "503-555-0199"))).isEmpty();
    }
}
