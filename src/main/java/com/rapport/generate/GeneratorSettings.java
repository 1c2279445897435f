package com.rapport.generate;

import java.nio.file.Path;
import java.time.YearMonth;

/** What to generate: sizes, the last month, and the seed that makes the output repeatable. */
public record GeneratorSettings(Path out, int partners, int months, long interactions, long referrals,
                                long seed, YearMonth end) {

    public static final int DEFAULT_PARTNERS = 300;
    public static final int DEFAULT_MONTHS = 30;
    public static final long DEFAULT_INTERACTIONS = 6_000;
    public static final long DEFAULT_REFERRALS = 1_800;
    public static final long DEFAULT_SEED = 20261031L;
    public static final YearMonth DEFAULT_END = YearMonth.of(2026, 10);

    public GeneratorSettings {
        if (partners < 1) {
            throw new IllegalArgumentException("partners must be at least 1, was " + partners);
        }
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, was " + months);
        }
        if (interactions < 0 || referrals < 0) {
            throw new IllegalArgumentException("interactions and referrals cannot be negative");
        }
    }

    public YearMonth start() {
        return end.minusMonths(months - 1L);
    }
}
