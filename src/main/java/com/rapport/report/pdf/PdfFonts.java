package com.rapport.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.FontSelector;
import com.rapport.chart.Theme;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

/**
 * The bundled fonts as PDF fonts, embedded as Identity-H subsets so every character of a
 * name prints (DejaVu first, WenQuanYi Micro Hei for CJK); also the mapper that makes charts
 * drawn through Graphics2D use the same embedded fonts instead of OpenPDF's default
 * mapping, which drops non-Western characters and embeds nothing.
 */
public final class PdfFonts implements FontMapper {

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont fallback;

    public PdfFonts() {
        this.regular = load(Theme.REGULAR_FONT);
        this.bold = load(Theme.BOLD_FONT);
        this.fallback = load(Theme.FALLBACK_FONT);
    }

    /** Text in the regular (or bold) font, switching to the fallback font for the characters it lacks. */
    public Phrase phrase(String text, float size, boolean isBold, Color color) {
        Font primary = new Font(isBold ? bold : regular, size, Font.NORMAL, color);
        String content = text == null ? "" : text;
        // the common case, checked against the same font file loaded in AWT: FontSelector is costly per phrase
        if (Theme.regular(size).canDisplayUpTo(content) == -1) {
            return new Phrase(content, primary);
        }
        FontSelector selector = new FontSelector();
        selector.addFont(primary);
        selector.addFont(new Font(fallback, size, Font.NORMAL, color));
        Phrase phrase = selector.process(content);
        // the phrase's own font is used for what it adds itself (line ends); without it that is Helvetica, unembedded
        phrase.setFont(primary);
        return phrase;
    }

    public Font text(float size) {
        return new Font(regular, size, Font.NORMAL, Theme.INK);
    }

    public Font text(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    public Font bold(float size) {
        return new Font(bold, size, Font.NORMAL, Theme.INK);
    }

    public Font bold(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    public BaseFont regularBase() {
        return regular;
    }

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        if (Theme.isFallback(font)) {
            return fallback;
        }
        return font.isBold() ? bold : regular;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return font == bold ? Theme.bold(size) : Theme.regular(size);
    }

    /**
     * OpenPDF tags an embedded subset with six letters drawn at random ("ABCDEF+DejaVuSans"),
     * which made every run's PDF differ. This source gives it one fixed letter per font
     * ("KKKKKK+DejaVuSans"): no state, so the fonts can stay in OpenPDF's shared cache. A tag
     * only has to tell apart subsets of one font name within one document, and each font is
     * embedded once per document.
     */
    private static final class FixedSubsetTag extends SecureRandom {
        private final double letter;

        FixedSubsetTag(String fontFile) {
            this.letter = (Math.floorMod(fontFile.hashCode(), 26) + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return letter;
        }
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the jar");
            }
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            // a TrueType collection is named with the index of the font to take
            String name = file.endsWith(".ttc") ? file + ",0" : file;
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                    in.readAllBytes(), null);
            font.setSecureRandom(new FixedSubsetTag(file));
            return font;
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot load the font " + resource, e);
        }
    }
}
