package com.rapport.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * One look for every chart and page: the Okabe-Ito colour-blind-safe palette, the
 * bundled DejaVu Sans family (it covers accented Latin, Greek, Cyrillic and Vietnamese
 * names), and the strokes. Charts and the PDF take their colours and fonts only from here.
 */
public final class Theme {

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color INK = new Color(0x222222);
    public static final Color MUTED = new Color(0x6B6B6B);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color PAPER = Color.WHITE;
    public static final Color[] SERIES = {BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, INK};

    public static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    public static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";

    public static final BasicStroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke THIN = new BasicStroke(0.6f);
    public static final BasicStroke MARKER = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {4f, 3f}, 0f);

    private static final Font REGULAR = load(REGULAR_FONT);
    private static final Font BOLD = load(BOLD_FONT);

    private Theme() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(Font.BOLD, size);
    }

    /** Text that fits: cut with an ellipsis past {@code max} characters. */
    public static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)).strip() + "…";
    }

    private static Font load(String resource) {
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the font " + resource, e);
        }
    }
}
