package com.rapport.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Google writes several values of one kind into one cell joined by {@code " ::: "}, and
 * marks the primary one with a leading {@code "* "} (on the value or on its label).
 */
final class MultiValue {

    private static final String SEPARATOR = " ::: ";
    private static final String PRIMARY = "* ";
    /** Compiled once: String.split compiles a separator longer than one character on every call. */
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(SEPARATOR));

    private MultiValue() {
    }

    /** The values of a cell, primary first, without markers or blanks. */
    static List<String> values(String cell, String labels) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        String[] parts = SPLIT.split(cell, -1);
        String[] labelParts = labels == null ? new String[0] : SPLIT.split(labels, -1);
        int primary = -1;
        for (int i = 0; i < parts.length; i++) {
            boolean marked = parts[i].strip().startsWith(PRIMARY)
                    || (i < labelParts.length && labelParts[i].strip().startsWith(PRIMARY));
            if (marked && primary < 0) {
                primary = i;
            }
        }
        if (primary >= 0) {
            add(out, parts[primary]);
        }
        for (int i = 0; i < parts.length; i++) {
            if (i != primary) {
                add(out, parts[i]);
            }
        }
        return out;
    }

    private static void add(List<String> out, String part) {
        String value = part.strip();
        if (value.startsWith(PRIMARY)) {
            value = value.substring(PRIMARY.length()).strip();
        }
        if (!value.isEmpty() && !out.contains(value)) {
            out.add(value);
        }
    }
}
