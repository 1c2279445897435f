package com.rapport.generate;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Picks a partner's index with probability proportional to a weight, by binary search over cumulative weights. */
final class WeightedPicker {
    private final double[] cumulative;
    private final int[] indexes;

    WeightedPicker(List<PartnerPlan> partners, ToDoubleFunction<PartnerPlan> weight) {
        double[] sums = new double[partners.size()];
        int[] idx = new int[partners.size()];
        int n = 0;
        double total = 0;
        for (PartnerPlan p : partners) {
            double w = weight.applyAsDouble(p);
            if (w > 0) {
                total += w;
                sums[n] = total;
                idx[n++] = p.index;
            }
        }
        this.cumulative = Arrays.copyOf(sums, n);
        this.indexes = Arrays.copyOf(idx, n);
    }

    boolean isEmpty() {
        return indexes.length == 0;
    }

    int pick(double unit) {
        double target = unit * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, target);
        return indexes[Math.min(at >= 0 ? at : -at - 1, indexes.length - 1)];
    }
}
