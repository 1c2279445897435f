package com.rapport.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.rapport.chart.Theme;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bundled font as PDF fonts, embedded as Identity-H subsets so every character of a
 * name prints; also the mapper that makes charts drawn through Graphics2D use the same
 * embedded font instead of OpenPDF's default mapping, which drops non-Western characters.
 */
public final class PdfFonts implements FontMapper {

    private final BaseFont regular;
    private final BaseFont bold;

    public PdfFonts() {
        this.regular = load(Theme.REGULAR_FONT);
        this.bold = load(Theme.BOLD_FONT);
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
        return font.isBold() ? bold : regular;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return font == bold ? Theme.bold(size) : Theme.regular(size);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the jar");
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                    in.readAllBytes(), null);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot load the font " + resource, e);
        }
    }
}
