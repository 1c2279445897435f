package com.rapport.chart;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** Applies the {@link Theme} to a chart: fonts, colours, gridlines, and the empty state. */
public final class ChartStyle {

    private ChartStyle() {
    }

    public static JFreeChart apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Theme.PAPER);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(Theme.bold(11f));
            title.setPaint(Theme.INK);
        }
        if (subtitle != null) {
            TextTitle sub = new TextTitle(subtitle, Theme.regular(8f));
            sub.setPaint(Theme.MUTED);
            chart.addSubtitle(sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(Theme.regular(8f));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Theme.PAPER);
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(Theme.regular(10f));
        plot.setNoDataMessagePaint(Theme.MUTED);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Theme.GRID);
            xy.setRangeGridlinePaint(Theme.GRID);
            axis(xy.getDomainAxis());
            axis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(Theme.GRID);
            axis(cat.getDomainAxis());
            axis(cat.getRangeAxis());
        }
        return chart;
    }

    /** With nothing to draw, a chart says so in words and shows no empty axes. */
    public static void emptyState(JFreeChart chart, String message) {
        Plot plot = chart.getPlot();
        plot.setNoDataMessage(message);
        if (plot instanceof XYPlot xy) {
            xy.getDomainAxis().setVisible(false);
            xy.getRangeAxis().setVisible(false);
            xy.setDomainGridlinesVisible(false);
            xy.setRangeGridlinesVisible(false);
        } else if (plot instanceof CategoryPlot cat) {
            cat.getDomainAxis().setVisible(false);
            cat.getRangeAxis().setVisible(false);
            cat.setRangeGridlinesVisible(false);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setVisible(false);
        }
    }

    private static void axis(Axis axis) {
        Font label = Theme.regular(8.5f);
        axis.setLabelFont(label);
        axis.setLabelPaint(Theme.MUTED);
        axis.setTickLabelFont(Theme.regular(7.5f));
        axis.setTickLabelPaint(Theme.INK);
        axis.setAxisLinePaint(Theme.GRID);
        axis.setTickMarkPaint(Theme.GRID);
    }
}
