package com.rapport.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.rapport.chart.Theme;

/** The running footer: the document's title and "Page X of Y", on every page but a cover. */
public final class PageFurniture extends PdfPageEventHelper {

    private static final float SIZE = 8f;

    private final PdfFonts fonts;
    private final String footer;
    private final boolean firstPageIsCover;
    private PdfTemplate total;

    public PageFurniture(PdfFonts fonts, String footer, boolean firstPageIsCover) {
        this.fonts = fonts;
        this.footer = footer;
        this.firstPageIsCover = firstPageIsCover;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1 && firstPageIsCover) {
            return;
        }
        PdfContentByte cb = writer.getDirectContent();
        Rectangle size = document.getPageSize();
        float y = document.bottomMargin() - 20;
        String prefix = "Page " + page + " of ";
        float prefixWidth = fonts.regularBase().getWidthPoint(prefix, SIZE);
        float x = size.getRight() - document.rightMargin() - prefixWidth - 16;
        cb.beginText();
        cb.setFontAndSize(fonts.regularBase(), SIZE);
        cb.setColorFill(Theme.MUTED);
        cb.setTextMatrix(document.leftMargin(), y);
        cb.showText(footer);
        cb.setTextMatrix(x, y);
        cb.showText(prefix);
        cb.endText();
        cb.addTemplate(total, x + prefixWidth, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regularBase(), SIZE);
        total.setColorFill(Theme.MUTED);
        total.setTextMatrix(0, 0);
        // by now the writer has moved past the last page
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }
}
