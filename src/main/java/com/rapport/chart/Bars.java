package com.rapport.chart;

import java.awt.Color;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** A bar chart in the theme: flat bars, counts on an integer axis, values printed at the bars. */
final class Bars {

    private Bars() {
    }

    static JFreeChart create(String title, String subtitle, String categoryLabel, String valueLabel,
                             DefaultCategoryDataset data, PlotOrientation orientation, String emptyMessage,
                             Color... colours) {
        boolean legend = data.getRowCount() > 1;
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data, orientation, legend,
                false, false);
        ChartStyle.apply(chart, subtitle);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.09);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        // beside the other bars of its group a missing bar reads as none; a "0" there only crowds its neighbours' labels
        renderer.setDefaultItemLabelGenerator(legend ? new NonZeroLabels() : new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Theme.regular(7f));
        CategoryAxis axis = plot.getDomainAxis();
        // horizontal bars put long names beside the plot; vertical ones get a category's full width
        axis.setMaximumCategoryLabelWidthRatio(orientation == PlotOrientation.HORIZONTAL ? 0.45f : 1.0f);
        axis.setCategoryMargin(0.2);
        // categories with characters DejaVu lacks (CJK names) get the fallback font, label by label
        for (Object key : data.getColumnKeys()) {
            String label = key.toString();
            if (!Theme.regularFor(label, 7.5f).equals(Theme.regular(7.5f))) {
                axis.setTickLabelFont((Comparable<?>) key, Theme.regularFor(label, 7.5f));
            }
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setUpperMargin(0.12);
        if (data.getColumnCount() == 0) {
            ChartStyle.emptyState(chart, emptyMessage);
        }
        return chart;
    }

    /** The value of each bar that has one: a zero gets no label. */
    private static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {

        private static final long serialVersionUID = 1L;

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            return value == null || value.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
        }
    }
}
