package com.rapport.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * Drawing helpers for the diagrams JFreeChart has no type for (the flow diagram, the
 * network map): titled panels and aligned text, in the theme, on the caller's Graphics2D.
 */
final class Canvas {

    /** Horizontal anchoring of a text at its x. */
    enum Align { LEFT, CENTER, RIGHT }

    private Canvas() {
    }

    /** Paints the panel background, title and subtitle; returns the area left for the drawing. */
    static Rectangle2D panel(Graphics2D g, Rectangle2D area, String title, String subtitle) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Theme.PAPER);
        g.fill(area);
        double y = area.getY() + 16;
        text(g, title, area.getCenterX(), y, Theme.bold(11f), Theme.INK, Align.CENTER);
        y += 13;
        text(g, subtitle, area.getCenterX(), y, Theme.regular(8f), Theme.MUTED, Align.CENTER);
        y += 10;
        return new Rectangle2D.Double(area.getX() + 6, y, area.getWidth() - 12, area.getMaxY() - y - 6);
    }

    /** A message in place of a drawing that has nothing to show. */
    static void empty(Graphics2D g, Rectangle2D area, String message) {
        text(g, message, area.getCenterX(), area.getCenterY(), Theme.regular(10f), Theme.MUTED, Align.CENTER);
    }

    /** Draws text with its baseline at y; the font falls back for characters the theme font lacks. */
    static void text(Graphics2D g, String text, double x, double y, Font font, Color color, Align align) {
        g.setFont(Theme.fontFor(font, text));
        g.setPaint(color);
        FontMetrics metrics = g.getFontMetrics();
        double width = metrics.stringWidth(text);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        g.drawString(text, (float) left, (float) y);
    }

    static Color translucent(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
