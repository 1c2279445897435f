package com.rapport.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** Spreadsheet files put where a CSV export belongs: named, with how to save them as CSV, never parsed. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    public static boolean is(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".numbers");
    }

    /** One line: what the file is and the menu item that saves it as CSV. */
    public static String message(String name) {
        return name + ": a spreadsheet, not a CSV file; save it as CSV and put the .csv here (Excel: File > Save As > "
                + "\"CSV UTF-8 (Comma delimited) (*.csv)\"; Numbers: File > Export To > CSV..., Text Encoding "
                + "Unicode (UTF-8); Google Sheets: File > Download > Comma-separated values)";
    }
}
