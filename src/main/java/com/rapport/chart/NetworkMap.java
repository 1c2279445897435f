package com.rapport.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ui.Drawable;

/**
 * "Mind map your top ten": the practice in the centre, the strongest partners around it,
 * two lines to each weighted by referrals in and out over 12 months, each partner labelled
 * with its network size. Rows: {@code network_reach} joined with the partner's in/out counts.
 */
public final class NetworkMap implements Drawable {

    private static final int NAME_LENGTH = 24;
    private static final double MAX_STROKE = 9;

    private final List<Map<String, Object>> rows;
    private final String practice;
    private final long potentialReach;

    public NetworkMap(List<Map<String, Object>> rows, String practice, long potentialReach) {
        this.rows = rows;
        this.practice = practice;
        this.potentialReach = potentialReach;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        if (rows.isEmpty()) {
            Canvas.empty(g, Canvas.panel(g, area, "Your top partners",
                    "Blue: referrals to us, orange: referrals from us (12 months)"),
                    "No partner has any activity in the last 12 months");
            return;
        }
        Rectangle2D plot = Canvas.panel(g, area, "Your top " + rows.size() + " partners",
                String.format(Locale.ENGLISH, "Blue: referrals to us, orange: referrals from us (12 months); "
                        + "potential reach %,d people", potentialReach));
        double cx = plot.getCenterX();
        double cy = plot.getCenterY();
        double rx = plot.getWidth() / 2 - 95;
        // room for three label lines above the top partner and below the bottom one
        double ry = plot.getHeight() / 2 - 40;
        long max = 1;
        for (Map<String, Object> row : rows) {
            max = Math.max(max, Math.max(count(row, "in_12m"), count(row, "out_12m")));
        }
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / rows.size();
            double px = cx + rx * Math.cos(angle);
            double py = cy + ry * Math.sin(angle);
            double nx = -Math.sin(angle) * 3;
            double ny = Math.cos(angle) * 3;
            link(g, cx + nx, cy + ny, px + nx, py + ny, count(row, "in_12m"), max, Theme.BLUE);
            link(g, cx - nx, cy - ny, px - nx, py - ny, count(row, "out_12m"), max, Theme.ORANGE);
            node(g, px, py, row, angle);
        }
        double r = 40;
        g.setPaint(Theme.INK);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        // one word a line, at most three lines, each cut to the circle's width
        String[] words = practice.split("\\s+");
        int lines = Math.min(words.length, 3);
        for (int i = 0; i < lines; i++) {
            String word = i == lines - 1 && words.length > lines
                    ? String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)) : words[i];
            Canvas.text(g, Theme.fit(word, 13), cx, cy + 3 + (i - (lines - 1) / 2.0) * 9.5, Theme.bold(7.5f),
                    Theme.PAPER, Canvas.Align.CENTER);
        }
    }

    private static void link(Graphics2D g, double x0, double y0, double x1, double y1, long count, long max,
                             java.awt.Color colour) {
        if (count == 0) {
            g.setPaint(Theme.GRID);
            g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 2f}, 0f));
        } else {
            g.setPaint(Canvas.translucent(colour, 200));
            g.setStroke(new BasicStroke((float) Math.max(1, MAX_STROKE * count / max), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND));
        }
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    private static void node(Graphics2D g, double x, double y, Map<String, Object> row, double angle) {
        double r = 5;
        g.setPaint(Theme.BLUE);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        boolean right = Math.cos(angle) > 0.2;
        boolean left = Math.cos(angle) < -0.2;
        Canvas.Align align = right ? Canvas.Align.LEFT : left ? Canvas.Align.RIGHT : Canvas.Align.CENTER;
        double tx = x + (right ? 9 : left ? -9 : 0);
        double ty = left || right ? y - 6 : Math.sin(angle) < 0 ? y - 26 : y + 14;
        String name = row.get("rank") + ". " + Theme.fit((String) row.get("name"), NAME_LENGTH);
        Canvas.text(g, name, tx, ty, Theme.bold(7.5f), Theme.INK, align);
        Canvas.text(g, String.format(Locale.ENGLISH, "%s · knows ~%,d", row.get("category"),
                count(row, "network_size")), tx, ty + 9.5, Theme.regular(7f), Theme.MUTED, align);
        Canvas.text(g, count(row, "in_12m") + " in · " + count(row, "out_12m") + " out", tx, ty + 18.5,
                Theme.regular(7f), Theme.MUTED, align);
    }

    private static long count(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
