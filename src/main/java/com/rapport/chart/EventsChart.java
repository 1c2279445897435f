package com.rapport.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LayeredBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
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
        plot.setRangeAxis(new RoomForLabels((NumberAxis) plot.getRangeAxis()));
        return chart;
    }

    /**
     * The partners axis, ending far enough right that each label fits after its bar, measured in
     * the font and width it is drawn at: a margin in axis units cut "40 · 12 new, 9 referred" at
     * the page's edge, since a label's length does not grow with its bar.
     */
    static final class RoomForLabels extends NumberAxis {

        private static final long serialVersionUID = 1L;
        /** Between the bar's end and its label, and after the label. */
        private static final double GAP = 6;

        RoomForLabels(NumberAxis styled) {
            super(styled.getLabel());
            setLabelFont(styled.getLabelFont());
            setLabelPaint(styled.getLabelPaint());
            setTickLabelFont(styled.getTickLabelFont());
            setTickLabelPaint(styled.getTickLabelPaint());
            setAxisLinePaint(styled.getAxisLinePaint());
            setTickMarkPaint(styled.getTickMarkPaint());
            setStandardTickUnits(styled.getStandardTickUnits());
            setUpperMargin(styled.getUpperMargin());
            setVisible(styled.isVisible());
        }

        @Override
        public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
                              RectangleEdge edge, PlotRenderingInfo plotState) {
            CategoryPlot plot = (CategoryPlot) getPlot();
            CategoryDataset data = plot.getDataset();
            CategoryItemRenderer renderer = plot.getRenderer();
            FontMetrics metrics = g2.getFontMetrics(renderer.getDefaultItemLabelFont());
            double width = dataArea.getWidth();
            double upper = getUpperBound();
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number met = data.getValue(0, column);
                String label = renderer.getDefaultItemLabelGenerator().generateLabel(data, 0, column);
                double room = width - 2 * GAP - metrics.stringWidth(label);
                if (met != null && room > 0) {
                    upper = Math.max(upper, met.doubleValue() * width / room);
                }
            }
            // drawn before the bars and the grid, so both use the widened range; no change event
            setRange(new Range(getLowerBound(), upper), false, false);
            return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
        }
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
