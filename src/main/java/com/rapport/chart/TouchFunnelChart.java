package com.rapport.chart;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The seven-touch funnel: partners by how many touches they have had (rows of {@code touch_funnel}). */
public final class TouchFunnelChart {

    private TouchFunnelChart() {
    }

    public static JFreeChart create(List<Map<String, Object>> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        long total = 0;
        for (Map<String, Object> row : rows) {
            Number partners = (Number) row.get("partners");
            data.addValue(partners, "Partners", (String) row.get("touches"));
            total += partners.longValue();
        }
        if (total == 0) {
            data.clear();
        }
        return Bars.create("The seven-touch funnel", "Partners by all touches so far (meetings, calls, "
                        + "e-mails, events, notes, gifts ...)", "Touches so far", "Partners", data, PlotOrientation.VERTICAL,
                "No partners yet", Theme.GREEN);
    }
}
