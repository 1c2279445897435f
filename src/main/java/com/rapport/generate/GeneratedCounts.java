package com.rapport.generate;

/** How many rows each generated file received. */
public record GeneratedCounts(long partners, long interactions, long referrals, long events, long spotlights) {
}
