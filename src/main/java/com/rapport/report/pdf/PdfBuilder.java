package com.rapport.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.rapport.core.Settings;
import java.io.OutputStream;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.rapport.chart.Theme;
import com.rapport.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.ui.Drawable;

/**
 * The page elements every report is made of, in the theme: section headings with a
 * bookmark, the one-sentence lead, paragraphs, tables that split across pages with their
 * header repeated, and charts drawn as vectors into the page.
 */
public final class PdfBuilder {

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;

    private PdfBuilder(Document document, PdfWriter writer, PdfFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
    }

    /**
     * Opens a document in the house layout: page size, margins, metadata, the running footer
     * and strict image order (a chart too tall for the rest of a page moves on without text
     * overtaking it). Close it with {@link #close()}.
     *
     * <p>Nothing in the bytes comes from the clock or chance: the dates are {@code date}, the
     * file identifier a hash of the title and that date, the font subsets' tags fixed per
     * font ({@link PdfFonts}). Only an encrypted document differs run to run (its keys are random).
     */
    public static PdfBuilder open(OutputStream out, Settings.PageSize pageSize, String title, String subject,
                                  String footer, boolean firstPageIsCover, PdfProtection protection,
                                  DocumentDate date) {
        Rectangle page = pageSize == Settings.PageSize.LETTER ? PageSize.LETTER : PageSize.A4;
        Document document = new Document(page, 54, 54, 50, 60);
        PdfFonts fonts = new PdfFonts();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        protection.applyTo(writer);
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageFurniture(fonts, footer, firstPageIsCover));
        document.addTitle(title);
        document.addSubject(subject);
        document.addCreator("Rapport");
        document.open();
        PdfDate made = new PdfDate(date.calendar());
        writer.getInfo().put(PdfName.CREATIONDATE, made);
        writer.getInfo().put(PdfName.MODDATE, made);
        byte[] id = Arrays.copyOf(Sha256.digest().digest((title + "|" + subject + "|" + date.instant())
                .getBytes(StandardCharsets.UTF_8)), 16);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        return new PdfBuilder(document, writer, fonts);
    }

    public void close() {
        document.close();
    }

    public PdfFonts fonts() {
        return fonts;
    }

    /** A new page with a numbered heading and its bookmark. */
    public void section(int number, String title) {
        document.newPage();
        String heading = number + ". " + title;
        PdfContentByte cb = writer.getDirectContent();
        new PdfOutline(cb.getRootOutline(), new PdfDestination(PdfDestination.FITH,
                writer.getVerticalPosition(true)), heading);
        add(text(heading, TextStyle.SECTION));
    }

    /** The sentence that opens a section: what the numbers mean and what to do. */
    public void lead(String text) {
        add(text(text, TextStyle.LEAD));
    }

    /** A heading; it starts a new page when too little room is left for anything under it. */
    public void subheading(String text) {
        if (writer.getVerticalPosition(true) - document.bottom() < 90) {
            document.newPage();
        }
        add(text(text, TextStyle.SUBHEADING));
    }

    public void paragraph(String text) {
        add(text(text, TextStyle.BODY));
    }

    public void note(String text) {
        add(text(text, TextStyle.NOTE));
    }

    private Paragraph text(String text, TextStyle style) {
        Paragraph p = new Paragraph(fonts.phrase(text, style.size, style.bold, style.colour));
        p.setLeading(style.size * 1.35f);
        p.setSpacingBefore(style.before);
        p.setSpacingAfter(style.after);
        return p;
    }

    /** The text styles of a report page. */
    private enum TextStyle {
        SECTION(16f, true, Theme.BLUE, 0f, 4f),
        LEAD(10.5f, false, Theme.INK, 0f, 8f),
        SUBHEADING(11f, true, Theme.INK, 8f, 4f),
        BODY(9.5f, false, Theme.INK, 0f, 6f),
        NOTE(8.5f, false, Theme.MUTED, 0f, 6f);

        final float size;
        final boolean bold;
        final Color colour;
        final float before;
        final float after;

        TextStyle(float size, boolean bold, Color colour, float before, float after) {
            this.size = size;
            this.bold = bold;
            this.colour = colour;
            this.before = before;
            this.after = after;
        }
    }

    /**
     * A table whose header row repeats on every page it spans. A cell that ends in
     * "better" or "worse" is coloured; the word carries the meaning when printed in grey.
     */
    public void table(List<String> header, List<List<String>> rows, float[] widths, int[] rightAligned) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8f);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(fonts.phrase(h, 8.5f, true, Color.WHITE));
            cell.setBackgroundColor(Theme.BLUE);
            cell.setPadding(4f);
            cell.setBorderColor(Theme.BLUE);
            table.addCell(cell);
        }
        int r = 0;
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c);
                Color colour = text.endsWith("better") ? Theme.GREEN : text.endsWith("worse") ? Theme.VERMILLION
                        : Theme.INK;
                PdfPCell cell = new PdfPCell(fonts.phrase(text, 8.5f, false, colour));
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

    /** A chart or diagram drawn as vector graphics into a template, placed at the full text width. */
    public void chart(Drawable chart, float heightRatio) {
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

    public void spacer(float points) {
        Paragraph p = new Paragraph(new Chunk(" ", fonts.text(2f)));
        p.setSpacingAfter(points);
        add(p);
    }

    public void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot add to the PDF", e);
        }
    }
}
