package com.rapport.chart;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Per event of the last 12 months: partners met, new ones, and new ones who referred (rows of {@code events}). */
public final class EventsChart {

    private static final int NAME_LENGTH = 26;

    private EventsChart() {
    }

    public static JFreeChart create(List<Map<String, Object>> rows, String period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, Object> row : rows) {
            String label = row.get("date") + " " + Theme.fit((String) row.get("name"), NAME_LENGTH);
            data.addValue((Number) row.get("contacts_met"), "Partners met", label);
            data.addValue((Number) row.get("new_contacts"), "New contacts", label);
            data.addValue((Number) row.get("converted"), "New contacts who referred", label);
        }
        return Bars.create("Events, " + period, "Partners met at each event, the new ones, and the new ones "
                        + "who have referred since", null, "Partners", data, PlotOrientation.HORIZONTAL,
                "No events in the last 12 months", Theme.SKY, Theme.BLUE, Theme.GREEN);
    }
}
