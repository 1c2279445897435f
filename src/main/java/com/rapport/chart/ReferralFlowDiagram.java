package com.rapport.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ui.Drawable;

/**
 * A flow (Sankey) diagram: partner categories that referred to us on the left, the
 * practice in the middle, the categories we referred to on the right, band widths by
 * referral count (rows of {@code referral_flow_by_category}). Drawn with solid
 * translucent fills: OpenPDF drops the alpha of the gradients JFreeChart's FlowPlot uses.
 */
public final class ReferralFlowDiagram implements Drawable {

    private static final double NODE_WIDTH = 10;
    private static final double GAP = 5;
    private static final double LABEL_SPACE = 130;
    /** The height of a label's line of text. */
    private static final double LABEL_LINE = 9.5;
    /** Below the lowest bar or band: the practice's name and its totals, two lines. */
    private static final double PRACTICE_LABEL = 26;

    private final List<Map<String, Object>> rows;
    private final String practice;
    private final String period;

    public ReferralFlowDiagram(List<Map<String, Object>> rows, String practice, String period) {
        this.rows = rows;
        this.practice = practice;
        this.period = period;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Rectangle2D plot = Canvas.panel(g, area, "Where referrals come from and go, " + period,
                "Band width: matched referrals in the 12 months to the report month, by partner category");
        List<Node> sources = nodes("in_12m");
        List<Node> targets = nodes("out_12m");
        long in = sources.stream().mapToLong(n -> n.count).sum();
        long out = targets.stream().mapToLong(n -> n.count).sum();
        if (in + out == 0) {
            Canvas.empty(g, plot, "No referrals with a known partner in this period");
            return;
        }
        double top = plot.getY() + 14;
        double height = plot.getHeight() - 20 - PRACTICE_LABEL;
        int gaps = Math.max(sources.size(), targets.size()) - 1;
        double scale = (height - Math.max(gaps, 0) * GAP) / Math.max(in, out);
        double leftX = plot.getX() + LABEL_SPACE;
        double rightX = plot.getMaxX() - LABEL_SPACE - NODE_WIDTH;
        double centreX = (leftX + rightX) / 2 - NODE_WIDTH / 2;
        double centreHeight = Math.max(in, out) * scale;
        double centreY = top + (height - centreHeight) / 2;
        Canvas.text(g, "Referred to us", leftX + NODE_WIDTH / 2, top - 4, Theme.bold(8f), Theme.MUTED, Canvas.Align.CENTER);
        Canvas.text(g, "Referred by us", rightX + NODE_WIDTH / 2, top - 4, Theme.bold(8f), Theme.MUTED, Canvas.Align.CENTER);
        double inOffset = centreY + (centreHeight - in * scale) / 2;
        double y = top + (height - (in * scale + (sources.size() - 1) * GAP)) / 2;
        List<Double> middles = new ArrayList<>();
        for (Node node : sources) {
            double h = node.count * scale;
            band(g, leftX + NODE_WIDTH, y, centreX, inOffset, h, node.colour);
            bar(g, leftX, y, h, node.colour);
            middles.add(y + h / 2);
            inOffset += h;
            y += h + GAP;
        }
        double sourcesBottom = y - GAP;
        labels(g, sources, middles, leftX, -1, top, top + height);
        double outOffset = centreY + (centreHeight - out * scale) / 2;
        y = top + (height - (out * scale + (targets.size() - 1) * GAP)) / 2;
        middles.clear();
        for (Node node : targets) {
            double h = node.count * scale;
            band(g, centreX + NODE_WIDTH, outOffset, rightX, y, h, node.colour);
            bar(g, rightX, y, h, node.colour);
            middles.add(y + h / 2);
            outOffset += h;
            y += h + GAP;
        }
        double targetsBottom = y - GAP;
        labels(g, targets, middles, rightX + NODE_WIDTH, 1, top, top + height);
        bar(g, centreX, centreY, centreHeight, Theme.INK);
        double below = practiceLabelLine(centreY + centreHeight, sourcesBottom, targetsBottom);
        Canvas.text(g, Theme.fit(practice, 34), centreX + NODE_WIDTH / 2, below, Theme.bold(8.5f), Theme.INK,
                Canvas.Align.CENTER);
        Canvas.text(g, grouped(in) + " in · " + grouped(out) + " out", centreX + NODE_WIDTH / 2, below + 11,
                Theme.regular(8f), Theme.MUTED, Canvas.Align.CENTER);
    }

    /**
     * The baseline of the practice's name: under the lowest of the centre bar and the two stacks. The
     * stacks have gaps between their bars and the centre bar none, so the bands of the last categories
     * run below the centre bar; a name right under it was printed over them.
     */
    static double practiceLabelLine(double centreBottom, double sourcesBottom, double targetsBottom) {
        return Math.max(centreBottom, Math.max(sourcesBottom, targetsBottom)) + 12;
    }

    /**
     * Each node's label beside its bar, on the side {@code side} (-1 left, 1 right). Small
     * categories have bars thinner than a line of text, so their labels are spread to at
     * least a line apart (kept inside the plot) and joined to their bars by a short leader.
     */
    private static void labels(Graphics2D g, List<Node> nodes, List<Double> middles, double edge, int side,
                               double top, double bottom) {
        double[] at = spread(middles, LABEL_LINE, top + LABEL_LINE / 2, bottom - LABEL_LINE / 2);
        double textX = edge + side * 14;
        for (int i = 0; i < nodes.size(); i++) {
            if (Math.abs(at[i] - middles.get(i)) > 0.5) {
                g.setPaint(Theme.MUTED);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(new Line2D.Double(edge + side * 2, middles.get(i), textX - side * 2, at[i]));
            }
            Canvas.text(g, nodes.get(i).label(), textX, at[i] + 3, Theme.regular(8f), Theme.INK,
                    side < 0 ? Canvas.Align.RIGHT : Canvas.Align.LEFT);
        }
    }

    /** Positions as near as can be to {@code wanted} (ascending), at least {@code gap} apart, within [low, high]. */
    static double[] spread(List<Double> wanted, double gap, double low, double high) {
        double[] at = new double[wanted.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = Math.max(wanted.get(i), i == 0 ? low : at[i - 1] + gap);
        }
        for (int i = at.length - 1; i >= 0; i--) {
            at[i] = Math.min(at[i], i == at.length - 1 ? high : at[i + 1] - gap);
        }
        return at;
    }

    private static String grouped(long count) {
        return String.format(Locale.ENGLISH, "%,d", count);
    }

    private List<Node> nodes(String column) {
        List<Node> nodes = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long count = ((Number) row.get(column)).longValue();
            String category = (String) row.get("category");
            if (count > 0) {
                nodes.add(new Node(category, count, Theme.category(category)));
            }
        }
        return nodes;
    }

    private static void bar(Graphics2D g, double x, double y, double h, Color colour) {
        g.setPaint(colour);
        g.fill(new Rectangle2D.Double(x, y, NODE_WIDTH, Math.max(h, 1)));
    }

    private static void band(Graphics2D g, double x0, double y0, double x1, double y1, double h, Color colour) {
        double mid = (x0 + x1) / 2;
        GeneralPath path = new GeneralPath();
        path.moveTo(x0, y0);
        path.curveTo(mid, y0, mid, y1, x1, y1);
        path.lineTo(x1, y1 + h);
        path.curveTo(mid, y1 + h, mid, y0 + h, x0, y0 + h);
        path.closePath();
        g.setPaint(Canvas.translucent(colour, 110));
        g.fill(path);
    }

    private record Node(String category, long count, Color colour) {
        String label() {
            return category + " " + grouped(count);
        }
    }
}
