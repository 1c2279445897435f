package com.rapport.identity;

import java.util.List;

/**
 * The partners and, for every contact record, the partner it became; with the confirmed
 * pairs of merges.csv that could not be applied, and why.
 */
public record MergeResult(List<Partner> partners, List<RecordAssignment> assignments,
                          List<ConfirmedPair.Problem> pairProblems) {
}
