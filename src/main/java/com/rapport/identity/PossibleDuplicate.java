package com.rapport.identity;

/** Two partners that may be one person, with the evidence, listed for the user to confirm or ignore. */
public record PossibleDuplicate(String partnerIdA, String nameA, String partnerIdB, String nameB, String evidence) {
}
