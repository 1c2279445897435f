package com.rapport.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * spotlights.csv: a newsletter partner for each of the last 18 months (or fewer), picked
 * from the background's referrers by a rotation of the seed; the last month's is a fitness
 * partner, so next month's pick has to be of another category.
 */
final class SpotlightHistory {

    private final GeneratorSettings settings;
    private final List<PartnerPlan> partners;

    SpotlightHistory(GeneratorSettings settings, List<PartnerPlan> partners) {
        this.settings = settings;
        this.partners = partners;
    }

    long write(Path file) throws IOException {
        try (CsvSink sink = new CsvSink(file, "month", "partner")) {
            List<PartnerPlan> pool = partners.stream()
                    .filter(p -> p.index >= PartnerCast.STORY_PARTNERS && p.inWeight > 0.5).toList();
            if (pool.isEmpty()) {
                return 0;
            }
            int span = Math.min(settings.months(), 18);
            for (int k = span - 1; k >= 0; k--) {
                PartnerPlan p = pool.get((int) Math.floorMod(settings.seed() + 7L * k, pool.size()));
                if (k == 0) {
                    p = pool.stream().filter(q -> q.category == Category.FITNESS).findFirst().orElse(p);
                }
                sink.row(settings.end().minusMonths(k).toString(), k % 4 == 1 && !p.email.isEmpty() ? p.email : p.contactId);
            }
            return sink.rows();
        }
    }
}
