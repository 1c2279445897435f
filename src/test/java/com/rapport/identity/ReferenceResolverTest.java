package com.rapport.identity;

import static com.rapport.identity.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import com.rapport.identity.ReferenceResolver.KeyKind;
import com.rapport.identity.ReferenceResolver.Resolution;
import com.rapport.identity.ReferenceResolver.StoredKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceResolverTest {

    /**
     * P1 has contact id C1 in the CRM export, an e-mail, an NPI; P2 has the same contact id C1
     * in the Google export; P2 and P3 are both called Ben Cho.
     */
    private static final List<RecordAssignment> ASSIGNMENTS = List.of(
            new RecordAssignment(contact("contacts/crm.csv", 1, "C1", "Dr. Ana Lima", null, "Ana@Clinic.com",
                    "1234567893", null), "P1", ""),
            new RecordAssignment(contact("contacts/google.csv", 1, "C1", "Ben Cho", null, "ben@x.com", null, null),
                    "P2", ""),
            new RecordAssignment(contact("contacts/crm.csv", 2, "C3", "Ben Cho", null, null, null, null), "P3", ""));

    private static final ReferenceResolver RESOLVER = new ReferenceResolver(ASSIGNMENTS);

    private static Resolution match(String partner) {
        return new Resolution(partner, null);
    }

    @Test
    void eachKindOfReferenceFindsItsPartner() {
        assertThat(RESOLVER.resolve("contacts/crm.csv:C1")).isEqualTo(match("P1"));
        assertThat(RESOLVER.resolve("crm.csv:C1")).isEqualTo(match("P1"));
        assertThat(RESOLVER.resolve("C3")).isEqualTo(match("P3"));
        assertThat(RESOLVER.resolve(" ANA@clinic.com ")).isEqualTo(match("P1"));
        assertThat(RESOLVER.resolve("1234567893")).isEqualTo(match("P1"));
        assertThat(RESOLVER.resolve("ana lima")).isEqualTo(match("P1"));
    }

    /** The contact id C1 is in two exports, the name Ben Cho on two partners: neither is guessed. */
    @Test
    void aKeyOfTwoPartnersIsAmbiguousAndTheQualifiedIdSettlesIt() {
        assertThat(RESOLVER.resolve("C1")).isEqualTo(new Resolution(null, "ambiguous"));
        assertThat(RESOLVER.resolve("Ben Cho")).isEqualTo(new Resolution(null, "ambiguous"));
        assertThat(RESOLVER.resolve("google.csv:C1")).isEqualTo(match("P2"));
    }

    @Test
    void nothingMatchingOrNothingWrittenIsNoMatch() {
        assertThat(RESOLVER.resolve("Carla Nobody")).isEqualTo(new Resolution(null, "no_match"));
        assertThat(RESOLVER.resolve("  ")).isEqualTo(new Resolution(null, "no_match"));
        assertThat(RESOLVER.resolve(null)).isEqualTo(new Resolution(null, "no_match"));
    }

    /** The stored keys resolve as the records did; an ambiguous key is stored without a partner. */
    @Test
    void storedKeysResolveLikeTheRecords() {
        List<StoredKey> keys = new ArrayList<>();
        RESOLVER.forEachKey(keys::add);
        assertThat(keys).contains(new StoredKey(KeyKind.CONTACT_ID, "C1", null),
                new StoredKey(KeyKind.EMAIL, "ana@clinic.com", "P1"), new StoredKey(KeyKind.NAME, "ana lima", "P1"));
        // Two qualified keys per record, one contact id per distinct id, one per e-mail, NPI and name.
        assertThat(keys).hasSize(6 + 2 + 2 + 1 + 2);
        ReferenceResolver stored = ReferenceResolver.ofStoredKeys(keys);
        for (String reference : List.of("crm.csv:C1", "C1", "C3", "ana@clinic.com", "1234567893", "Ben Cho", "nobody")) {
            assertThat(stored.resolve(reference)).as(reference).isEqualTo(RESOLVER.resolve(reference));
        }
    }

    @Test
    void aReferenceIsLookedUpByEachKindFolded() {
        assertThat(ReferenceResolver.lookupKeys("Dr. Ana@Clinic.com")).isEqualTo(Map.of(
                KeyKind.QUALIFIED, "Dr. Ana@Clinic.com", KeyKind.CONTACT_ID, "Dr. Ana@Clinic.com",
                KeyKind.EMAIL, "dr. ana@clinic.com", KeyKind.NPI, "Dr. Ana@Clinic.com",
                KeyKind.NAME, "ana clinic com"));
        assertThat(ReferenceResolver.lookupKeys(" ")).isEmpty();
    }
}
