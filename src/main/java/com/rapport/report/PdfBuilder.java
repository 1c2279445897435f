package com.rapport.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.rapport.chart.Theme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The page elements every report is made of, in the theme: section headings with a
 * bookmark, the one-sentence lead, paragraphs, tables that split across pages with their
 * header repeated, and charts drawn as vectors into the page.
 */
final class PdfBuilder {

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;

    PdfBuilder(Document document, PdfWriter writer, PdfFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** A new page with a numbered heading and its bookmark. */
    void section(int number, String title) {
        document.newPage();
        String heading = number + ". " + title;
        PdfContentByte cb = writer.getDirectContent();
        new PdfOutline(cb.getRootOutline(), new PdfDestination(PdfDestination.FITH,
                writer.getVerticalPosition(true)), heading);
        Paragraph p = new Paragraph(heading, fonts.bold(16f, Theme.BLUE));
        p.setSpacingAfter(4f);
        add(p);
    }

    /** The sentence that opens a section: what the numbers mean and what to do. */
    void lead(String text) {
        Paragraph p = new Paragraph(text, fonts.text(10.5f));
        p.setSpacingAfter(8f);
        p.setLeading(14f);
        add(p);
    }

    void subheading(String text) {
        Paragraph p = new Paragraph(text, fonts.bold(11f));
        p.setSpacingBefore(8f);
        p.setSpacingAfter(4f);
        add(p);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(text, fonts.text(9.5f));
        p.setSpacingAfter(6f);
        p.setLeading(13f);
        add(p);
    }

    void note(String text) {
        Paragraph p = new Paragraph(text, fonts.text(8.5f, Theme.MUTED));
        p.setSpacingAfter(6f);
        add(p);
    }

    /** A table whose header row repeats on every page it spans. */
    void table(List<String> header, List<List<String>> rows, float[] widths, int[] rightAligned) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8f);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(h, fonts.bold(8.5f, Color.WHITE)));
            cell.setBackgroundColor(Theme.BLUE);
            cell.setPadding(4f);
            cell.setBorderColor(Theme.BLUE);
            table.addCell(cell);
        }
        int r = 0;
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(row.get(c), fonts.text(8.5f)));
                cell.setPadding(3.5f);
                cell.setBorderColor(Theme.GRID);
                cell.setBackgroundColor(r % 2 == 0 ? Color.WHITE : new Color(0xF3F6F9));
                for (int right : rightAligned) {
                    if (right == c) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                }
                table.addCell(cell);
            }
            r++;
        }
        add(table);
    }

    /** A chart drawn as vector graphics into a template, placed at the full text width. */
    void chart(JFreeChart chart, float heightRatio) {
        float width = document.right() - document.left();
        float height = width * heightRatio;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        try {
            Image image = Image.getInstance(template);
            image.setSpacingAfter(8f);
            add(image);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot place a chart", e);
        }
    }

    void spacer(float points) {
        Paragraph p = new Paragraph(new Chunk(" ", fonts.text(2f)));
        p.setSpacingAfter(points);
        add(p);
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot add to the PDF", e);
        }
    }
}
