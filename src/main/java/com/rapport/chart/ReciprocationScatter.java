package com.rapport.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Referrals received against given back per partner (rows of {@code reciprocation}), one
 * colour per gap, the diagonal where giving equals receiving, and the partners we owe most
 * labelled by name.
 */
public final class ReciprocationScatter {

    private static final int LABELLED = 6;
    private static final Map<String, Color> GAPS = new LinkedHashMap<>();

    static {
        GAPS.put("owed", Theme.VERMILLION);
        GAPS.put("under", Theme.ORANGE);
        GAPS.put("balanced", Theme.BLUE);
        GAPS.put("one_way", Theme.PURPLE);
        GAPS.put("none", Theme.MUTED);
    }

    private ReciprocationScatter() {
    }

    public static JFreeChart create(List<Map<String, Object>> rows, String period) {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        GAPS.keySet().forEach(gap -> series.put(gap, new XYSeries(gap.replace('_', '-'), false, true)));
        double max = 1;
        for (Map<String, Object> row : rows) {
            double in = ((Number) row.get("in_12m")).doubleValue();
            double back = ((Number) row.get("giveback_12m")).doubleValue();
            series.get((String) row.get("gap")).add(in, back);
            max = Math.max(max, Math.max(in, back));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().stream().filter(s -> s.getItemCount() > 0).forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createScatterPlot("Reciprocation, " + period, "Referrals received",
                "Given back (referrals out + gives)", data, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.apply(chart, "One dot per partner, 12 months; below the dashed diagonal we receive more than we give");
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            String gap = data.getSeriesKey(i).toString().replace('-', '_');
            renderer.setSeriesPaint(i, Canvas.translucent(GAPS.get(gap), 190));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setRange(-0.5, max * 1.08 + 0.5);
        plot.getRangeAxis().setRange(-0.5, max * 1.08 + 0.5);
        plot.addAnnotation(new XYLineAnnotation(0, 0, max * 1.08, max * 1.08, Theme.MARKER, Theme.MUTED));
        double labelY = max * 0.04 + 0.4;
        double nearby = max * 0.05;
        // the biggest senders we owe, skipping a name that would print over the one beside it
        List<Double> labelled = new java.util.ArrayList<>();
        rows.stream().filter(r -> "owed".equals(r.get("gap")))
                .sorted((a, b) -> Long.compare(((Number) b.get("in_12m")).longValue(), ((Number) a.get("in_12m")).longValue()))
                .filter(r -> {
                    double in = ((Number) r.get("in_12m")).doubleValue();
                    if (labelled.size() >= LABELLED || labelled.stream().anyMatch(x -> Math.abs(x - in) < nearby)) {
                        return false;
                    }
                    labelled.add(in);
                    return true;
                })
                .forEach(r -> {
                    double in = ((Number) r.get("in_12m")).doubleValue();
                    String name = Theme.fit((String) r.get("name"), 22);
                    XYTextAnnotation label = new XYTextAnnotation(name, in, 0);
                    label.setFont(Theme.regularFor(name, 7f));
                    label.setPaint(Theme.VERMILLION);
                    // At scale the dots crowd the axis where the names stand: a paper ground keeps them legible.
                    label.setBackgroundPaint(Canvas.translucent(Theme.PAPER, 225));
                    label.setRotationAngle(-Math.PI / 2);
                    label.setRotationAnchor(TextAnchor.CENTER_LEFT);
                    label.setTextAnchor(TextAnchor.CENTER_LEFT);
                    label.setY(labelY);
                    plot.addAnnotation(label);
                });
        if (rows.isEmpty()) {
            ChartStyle.emptyState(chart, "No referrals or gives in the last 12 months");
        }
        return chart;
    }
}
