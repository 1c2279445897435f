package com.rapport.report.review;

import com.rapport.report.pdf.PdfBuilder;

/** One numbered section of the monthly review: a title, a lead sentence, its charts and tables. */
interface ReviewSection {

    String title();

    void write(PdfBuilder pdf, ReviewContext context);
}
