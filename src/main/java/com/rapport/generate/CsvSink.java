package com.rapport.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** A generated input file, written row by row so millions of rows never sit in memory. */
final class CsvSink implements AutoCloseable {

    /** How a source system writes its CSV: encoding, byte-order mark, line ends, quoting, lines above the header. */
    record Style(Charset charset, boolean bom, boolean crlf, boolean quoteAll, String preamble) {
        static final Style PLAIN = new Style(StandardCharsets.UTF_8, false, false, false, "");
    }

    private final CSVPrinter printer;
    private final BufferedWriter writer;
    private long rows;

    CsvSink(Path file, String... header) throws IOException {
        this(file, Style.PLAIN, header);
    }

    CsvSink(Path file, Style style, String... header) throws IOException {
        Files.createDirectories(file.getParent());
        OutputStream out = Files.newOutputStream(file);
        if (style.bom()) {
            out.write(style.charset().encode("\uFEFF").array(), 0, style.charset().encode("\uFEFF").limit());
        }
        writer = new BufferedWriter(new OutputStreamWriter(out, style.charset().newEncoder()), 1 << 16);
        writer.write(style.preamble());
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setRecordSeparator(style.crlf() ? "\r\n" : "\n");
        if (style.quoteAll()) {
            format.setQuoteMode(QuoteMode.ALL);
        }
        this.printer = new CSVPrinter(writer, format.get());
        printer.printRecord((Object[]) header);
    }

    void row(Object... values) throws IOException {
        printer.printRecord(values);
        rows++;
    }

    /** Text after the last record, such as a report footer. */
    void footer(String text) throws IOException {
        printer.flush();
        writer.write(text);
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
