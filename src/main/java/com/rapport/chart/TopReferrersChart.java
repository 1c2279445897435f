package com.rapport.chart;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The partners who sent the most patients in 12 months (rows: {@code name}, {@code in_12m}), as bars. */
public final class TopReferrersChart {

    private static final int NAME_LENGTH = 30;

    private TopReferrersChart() {
    }

    public static JFreeChart create(List<Map<String, Object>> rows, String period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int position = 0;
        for (Map<String, Object> row : rows) {
            // the position keeps two partners with the same (shortened) name as two bars
            String label = (++position) + ". " + Theme.fit((String) row.get("name"), NAME_LENGTH);
            data.addValue((Number) row.get("in_12m"), "Referrals in", label);
        }
        return Bars.create("Top referrers, " + period,
                "Patients each partner referred to us in the 12 months to the report month", null, "Referrals received",
                data, PlotOrientation.HORIZONTAL, "No referrals from partners in this period", Theme.BLUE);
    }
}
