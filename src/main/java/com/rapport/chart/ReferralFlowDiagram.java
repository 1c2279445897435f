package com.rapport.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
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
        double height = plot.getHeight() - 20;
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
        for (Node node : sources) {
            double h = node.count * scale;
            band(g, leftX + NODE_WIDTH, y, centreX, inOffset, h, node.colour);
            bar(g, leftX, y, h, node.colour);
            Canvas.text(g, node.label(), leftX - 6, y + h / 2 + 3, Theme.regular(8f), Theme.INK, Canvas.Align.RIGHT);
            inOffset += h;
            y += h + GAP;
        }
        double outOffset = centreY + (centreHeight - out * scale) / 2;
        y = top + (height - (out * scale + (targets.size() - 1) * GAP)) / 2;
        for (Node node : targets) {
            double h = node.count * scale;
            band(g, centreX + NODE_WIDTH, outOffset, rightX, y, h, node.colour);
            bar(g, rightX, y, h, node.colour);
            Canvas.text(g, node.label(), rightX + NODE_WIDTH + 6, y + h / 2 + 3, Theme.regular(8f), Theme.INK,
                    Canvas.Align.LEFT);
            outOffset += h;
            y += h + GAP;
        }
        bar(g, centreX, centreY, centreHeight, Theme.INK);
        Canvas.text(g, Theme.fit(practice, 34), centreX + NODE_WIDTH / 2, centreY + centreHeight + 12,
                Theme.bold(8.5f), Theme.INK, Canvas.Align.CENTER);
        Canvas.text(g, in + " in · " + out + " out", centreX + NODE_WIDTH / 2, centreY + centreHeight + 23,
                Theme.regular(8f), Theme.MUTED, Canvas.Align.CENTER);
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
            return category + " " + count;
        }
    }
}
