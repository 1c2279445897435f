package com.rapport.ingest;

import com.rapport.ingest.format.RecordLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A file's data records, read and converted on a thread of their own a few batches ahead of
 * the thread that appends them. Parsing and converting, and appending, are each a large part
 * of a row-by-row load, both in Java: on two cores they overlap. Records come out in the
 * file's order; a failure of the reader (an unterminated quote) comes out of {@link #next}
 * where the record would have.
 */
final class ConvertedRecords implements AutoCloseable {

    /** A data record as the converter left it: its values, or the issue that rejects it. */
    record Row(long recordNo, long line, Object[] values, List<RowIssue> warnings, RowIssue rejection) {
    }

    private static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 8;
    /** Marks the end of the records, or of reading after a failure. */
    private static final List<Row> END = List.of();

    private final BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reading;
    private volatile boolean closed;
    /** Written by the reading thread before it queues {@link #END}, read after taking it. */
    private Throwable failure;
    private long footerLines;
    private Iterator<Row> current = Collections.emptyIterator();

    ConvertedRecords(CsvRecordReader reader, RecordLayout layout, RowConverter converter, int fields, String name) {
        reading = new Thread(() -> read(reader, layout, converter, fields), "rapport-read " + name);
        reading.setDaemon(true);
        reading.start();
    }

    /** The next data record, or null after the last. */
    Row next() {
        while (!current.hasNext()) {
            List<Row> batch = take();
            if (batch == END) {
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                return null;
            }
            current = batch.iterator();
        }
        return current.next();
    }

    /** Records after the data that a report footer took (see {@link Footer}); known after the last record. */
    long footerLines() {
        return footerLines;
    }

    /** Stops the reading thread, if the records were not all taken, and waits for it: the file closes after. */
    @Override
    public void close() {
        closed = true;
        batches.clear();
        try {
            reading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(CsvRecordReader reader, RecordLayout layout, RowConverter converter, int fields) {
        try {
            List<Row> batch = new ArrayList<>(BATCH);
            // Records that may be a footer are held back until a data record or the end says which they are.
            Footer footer = new Footer(layout.width());
            SourceRecord record;
            while (!closed && (record = reader.next()) != null) {
                if (footer.hold(record)) {
                    continue;
                }
                for (SourceRecord data : footer.release()) {
                    batch = convert(data, converter, fields, batch);
                }
                batch = convert(record, converter, fields, batch);
            }
            footerLines = footer.lines();
            put(batch);
        } catch (RuntimeException | Error e) {
            // Handed to the appending side: an end without it would pass for the end of the file.
            failure = e;
        } finally {
            put(END);
        }
    }

    /** Converts a record into the batch; returns the batch to fill next (a new one once it is full). */
    private List<Row> convert(SourceRecord record, RowConverter converter, int fields, List<Row> batch) {
        Object[] values = new Object[fields];
        List<RowIssue> warnings = new ArrayList<>(0);
        RowIssue rejection = converter.convert(record.values(), values, warnings);
        batch.add(new Row(record.recordNo(), record.line(), values, warnings, rejection));
        if (batch.size() == BATCH) {
            put(batch);
            return new ArrayList<>(BATCH);
        }
        return batch;
    }

    /** Queues a batch, unless the appending side has closed (then nobody takes it). */
    private void put(List<Row> batch) {
        try {
            while (!closed && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the appending side is busy; wait on
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Row> take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading records", e);
        }
    }
}
