package com.rapport.chart;

import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
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
        JFreeChart chart = ChartFactory.createBarChart("Top referrers, " + period, null, "Referrals received",
                data, PlotOrientation.HORIZONTAL, false, false, false);
        ChartStyle.apply(chart, "Patients each partner referred to us in the 12 months to the report month");
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Theme.BLUE);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Theme.regular(7.5f));
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelWidthRatio(0.45f);
        axis.setCategoryMargin(0.25);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis().setUpperMargin(0.12);
        if (rows.isEmpty()) {
            ChartStyle.emptyState(chart, "No referrals from partners in this period");
        }
        return chart;
    }
}
