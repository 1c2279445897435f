package com.rapport.chart;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Referrals in and out by partner category over 12 months (rows of {@code referral_flow_by_category}). */
public final class CategoryReferralsChart {

    private CategoryReferralsChart() {
    }

    public static JFreeChart create(List<Map<String, Object>> rows, String period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, Object> row : rows) {
            String category = (String) row.get("category");
            data.addValue((Number) row.get("in_12m"), "Referrals in", category);
            data.addValue((Number) row.get("out_12m"), "Referrals out", category);
        }
        return Bars.create("Referrals by partner category, " + period,
                "Matched referrals in the 12 months to the report month", null, "Referrals", data,
                PlotOrientation.HORIZONTAL, "No referrals with a known partner in this period",
                Theme.BLUE, Theme.ORANGE);
    }
}
