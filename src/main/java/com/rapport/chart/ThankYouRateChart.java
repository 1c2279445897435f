package com.rapport.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.data.category.DefaultCategoryDataset;

/** The share of referrals thanked within a week, per month (rows of {@code referral_flow_monthly}). */
public final class ThankYouRateChart {

    private ThankYouRateChart() {
    }

    public static JFreeChart create(List<Map<String, Object>> rows, String period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map<String, Object> row : rows) {
            Number rate = (Number) row.get("thank_you_rate");
            if (rate != null) {
                data.addValue(rate.doubleValue(), "Thanked within 7 days", ((String) row.get("month")).substring(2));
            }
        }
        JFreeChart chart = Bars.create("Thank-you rate by month, " + period, "Share of decided referrals "
                        + "thanked within 7 days; months still open are left out", "Month (yy-mm)", "Share thanked", data,
                PlotOrientation.VERTICAL, "No decided referrals in these months", Theme.GREEN);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ENGLISH);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        axis.setNumberFormatOverride(percent);
        axis.setRange(0, 1.08);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent));
        return chart;
    }
}
