package com.rapport.pipeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Says in words why no partner is eligible for a spotlight, from the rows of {@code spotlight_eligibility}. */
final class SpotlightExplanation {

    private SpotlightExplanation() {
    }

    static String whyNoneIsEligible(YearMonth issue, Map<String, Object> eligibility) {
        long referring = count(eligibility, "referring_partners");
        if (referring == 0) {
            return "no partner is eligible for the " + issue + " spotlight: nobody referred a patient in the 12 months "
                    + "to " + issue.minusMonths(1);
        }
        List<String> reasons = new ArrayList<>();
        add(reasons, count(eligibility, "opted_out"), "opted out of the spotlight");
        add(reasons, count(eligibility, "featured_recently"), "featured in the last 12 issues");
        add(reasons, count(eligibility, "same_category_as_last"), "of the same category as last month's spotlight");
        return "no partner is eligible for the " + issue + " spotlight: " + referring
                + (referring == 1 ? " partner" : " partners") + " referred in 12 months, and " + String.join("; ", reasons)
                + (reasons.size() > 1 ? " (a partner can be counted under more than one reason)" : "");
    }

    private static void add(List<String> reasons, long count, String why) {
        if (count > 0) {
            reasons.add(count + (count == 1 ? " of them was " : " of them were ") + why);
        }
    }

    private static long count(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
