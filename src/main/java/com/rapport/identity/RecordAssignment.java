package com.rapport.identity;

/**
 * Which partner a contact record became, and by which evidence: {@code npi}, {@code email},
 * {@code name_org}, {@code confirmed}, or empty for the record that founded the partner.
 */
public record RecordAssignment(ContactRecord record, String partnerId, String matchedBy) {
}
