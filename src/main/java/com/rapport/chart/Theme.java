package com.rapport.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * One look for every chart and page: the Okabe-Ito colour-blind-safe palette, the
 * bundled DejaVu Sans family (accented Latin, Greek, Cyrillic, Vietnamese) with
 * WenQuanYi Micro Hei for the Chinese, Japanese and Korean names it lacks (it has Latin
 * too, so a mixed label can be drawn in it whole), and the strokes.
 * Charts and the PDF take their colours and fonts only from here.
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
    /** One colour per partner category, the same in every chart (Okabe-Ito plus two of Tol's muted colours). */
    private static final java.util.Map<String, Color> CATEGORY = java.util.Map.of(
            "physician", BLUE, "chiropractor", ORANGE, "dentist", GREEN, "therapist", VERMILLION,
            "fitness", PURPLE, "school", SKY, "attorney", new Color(0x882255), "employer", new Color(0x44AA99),
            "community", new Color(0xC9B400), "other", MUTED);

    public static final String REGULAR_FONT = "/fonts/DejaVuSans.ttf";
    public static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";
    /** A TrueType collection; its first font is the one used. */
    public static final String FALLBACK_FONT = "/fonts/wqy-microhei.ttc";

    public static final BasicStroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final BasicStroke THIN = new BasicStroke(0.6f);
    public static final BasicStroke MARKER = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {4f, 3f}, 0f);

    private static final Font REGULAR = load(REGULAR_FONT);
    private static final Font BOLD = load(BOLD_FONT);
    private static final Font FALLBACK = load(FALLBACK_FONT);

    private Theme() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(Font.BOLD, size);
    }

    public static Color category(String category) {
        return CATEGORY.getOrDefault(category, MUTED);
    }

    /** The fallback font at a size: the one for text the regular family cannot show. */
    public static Font fallback(float size) {
        return FALLBACK.deriveFont(Font.PLAIN, size);
    }

    /** True for the fallback font, so the PDF can map it to its embedded twin. */
    public static boolean isFallback(Font font) {
        return FALLBACK.getFontName().equals(font.getFontName());
    }

    /** The regular font, or the fallback when the text has characters the regular one lacks. */
    public static Font regularFor(String text, float size) {
        return fontFor(regular(size), text);
    }

    /** The given font, or the fallback at its size when the text has characters it lacks. */
    public static Font fontFor(Font font, String text) {
        return text != null && font.canDisplayUpTo(text) != -1 && FALLBACK.canDisplayUpTo(text) == -1
                ? fallback(font.getSize2D()) : font;
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
            return Font.createFonts(in)[0];
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the font " + resource, e);
        }
    }
}
