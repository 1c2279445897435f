package com.rapport.ingest;

import java.util.List;
import java.util.Map;

/**
 * The ledger's account of a file's last whole import, as far as the import plan needs it to
 * read only the rows appended since: where the old bytes end, how they were read, and the
 * counts the appended rows add to.
 */
record EarlierImport(long size, String checksum, FileEncoding encoding, Delimiter delimiter, List<String> header,
                     long lines, long headerLine, LoadCounts counts) {

    /**
     * The earlier import when rows appended to the file can be read on their own: an activity
     * file read in the contract's columns, UTF-8, without a footer (records appended after it)
     * or dates in another order; otherwise null, and the file is read whole.
     */
    static EarlierImport appendableTo(Map<String, Object> entry, InputKind kind) {
        if (kind == InputKind.CONTACTS || kind.replacesFile() || entry == null || entry.get("size") == null
                || entry.get("lines") == null || !"canonical".equals(entry.get("format"))
                || ImportLedger.number(entry, "footer_lines") > 0
                || (entry.get("date_order") != null && !"".equals(entry.get("date_order")))) {
            return null;
        }
        Object label = entry.get("encoding");
        FileEncoding encoding = label.equals(FileEncoding.UTF_8.label()) ? FileEncoding.UTF_8
                : label.equals(FileEncoding.UTF_8_BOM.label()) ? FileEncoding.UTF_8_BOM : null;
        if (encoding == null) {
            return null;
        }
        return new EarlierImport(ImportLedger.number(entry, "size"), (String) entry.get("checksum"), encoding,
                Delimiter.of((String) entry.get("delimiter")), List.of(((String) entry.get("header")).split(",", -1)),
                ImportLedger.number(entry, "lines"), ImportLedger.number(entry, "header_line"),
                new LoadCounts(ImportLedger.number(entry, "rows_read"), ImportLedger.number(entry, "rows_loaded"),
                        ImportLedger.number(entry, "rows_rejected"), ImportLedger.number(entry, "rows_duplicate"), 0,
                        null));
    }
}
