package com.rapport.chart;

import java.awt.Font;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** Referrals in and out per month (rows of {@code referral_flow_monthly}), this month marked. */
public final class ReferralTrendChart {

    private ReferralTrendChart() {
    }

    public static JFreeChart create(List<Map<String, Object>> rows, YearMonth month) {
        return create(rows, month, "Referrals in vs. out, 24 months to " + month,
                "Count of referrals by the month they were made; dashed line: " + month);
    }

    /** The same chart for any span of months, with its own title. */
    public static JFreeChart create(List<Map<String, Object>> rows, YearMonth month, String title, String subtitle) {
        TimeSeries in = new TimeSeries("Referrals in (from partners)");
        TimeSeries out = new TimeSeries("Referrals out (to partners)");
        long total = 0;
        for (Map<String, Object> row : rows) {
            YearMonth m = YearMonth.parse((String) row.get("month"));
            Month period = new Month(m.getMonthValue(), m.getYear());
            long inCount = ((Number) row.get("referrals_in")).longValue();
            long outCount = ((Number) row.get("referrals_out")).longValue();
            in.add(period, inCount);
            out.add(period, outCount);
            total += inCount + outCount;
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(in);
        data.addSeries(out);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, null, "Referrals per month", data, true, false,
                false);
        ChartStyle.apply(chart, subtitle);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Theme.BLUE);
        renderer.setSeriesPaint(1, Theme.ORANGE);
        renderer.setSeriesStroke(0, Theme.LINE);
        renderer.setSeriesStroke(1, Theme.LINE);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-2, -2, 4, 4));
        plot.setRenderer(renderer);
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, 3), false, false);
        axis.setDateFormatOverride(new SimpleDateFormat("MMM yy", Locale.ENGLISH));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ValueMarker marker = new ValueMarker(new Month(month.getMonthValue(), month.getYear()).getMiddleMillisecond());
        marker.setPaint(Theme.MUTED);
        marker.setStroke(Theme.MARKER);
        marker.setLabel("this month");
        marker.setLabelFont(Theme.regular(7.5f).deriveFont(Font.PLAIN));
        marker.setLabelPaint(Theme.MUTED);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(marker);
        if (total == 0) {
            // JFreeChart shows the message only for a chart without series; months of zeros are a flat line.
            data.removeAllSeries();
            ChartStyle.emptyState(chart, "No referrals in these months");
        }
        return chart;
    }
}
