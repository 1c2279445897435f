package com.rapport.identity;

import java.util.List;

/** The partners and, for every contact record, the partner it became. */
public record MergeResult(List<Partner> partners, List<RecordAssignment> assignments) {
}
