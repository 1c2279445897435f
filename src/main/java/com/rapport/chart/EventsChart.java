package com.rapport.chart;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Per event of the last 12 months: partners met, new ones, and new ones who referred (rows of
 * {@code events}). Each is a part of the one before, so they are drawn nested in one bar per
 * event, with one label that says all three: three bars side by side were thinner than their
 * labels, and a year of events put "1" on "1" on most rows.
 */
public final class EventsChart {

    private static final int NAME_LENGTH = 30;
    /** Each series' bar as a share of the event's: met, new inside it, referred inside that. */
    private static final double[] NESTED_WIDTHS = {1.0, 0.62, 0.3};

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
        JFreeChart chart = Bars.create("Events, " + period, "Partners met at each event, the new ones among them, "
                        + "and the new ones who have referred since", null, "Partners", data,
                PlotOrientation.HORIZONTAL, "No events in the last 12 months", Theme.SKY, Theme.BLUE, Theme.GREEN);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer grouped = (BarRenderer) plot.getRenderer();
        LayeredBarRenderer nested = new LayeredBarRenderer();
        nested.setBarPainter(grouped.getBarPainter());
        nested.setShadowVisible(false);
        nested.setMaximumBarWidth(grouped.getMaximumBarWidth());
        for (int series = 0; series < NESTED_WIDTHS.length; series++) {
            nested.setSeriesPaint(series, grouped.getSeriesPaint(series));
            nested.setSeriesBarWidth(series, NESTED_WIDTHS[series]);
        }
        nested.setDefaultItemLabelGenerator(new OneLabelPerEvent());
        nested.setDefaultItemLabelsVisible(true);
        nested.setDefaultItemLabelFont(grouped.getDefaultItemLabelFont());
        // beyond the bar's end, as the grouped bars put them (this renderer would put them above)
        nested.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.setRenderer(nested);
        // room after the longest bar for its label, "12 · 3 new, 2 referred"
        plot.getRangeAxis().setUpperMargin(0.3);
        return chart;
    }

    /** At the end of the met bar: "6", or "6 · 1 new, 1 referred"; the nested bars carry no label. */
    static final class OneLabelPerEvent extends StandardCategoryItemLabelGenerator {

        private static final long serialVersionUID = 1L;

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            if (row != 0) {
                return null;
            }
            long met = count(dataset, 0, column);
            long fresh = count(dataset, 1, column);
            long referred = count(dataset, 2, column);
            return met + (fresh == 0 ? "" : " · " + fresh + " new" + (referred == 0 ? "" : ", " + referred + " referred"));
        }

        private static long count(CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            return value == null ? 0 : value.longValue();
        }
    }
}
