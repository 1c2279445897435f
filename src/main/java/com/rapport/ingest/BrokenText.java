package com.rapport.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file's text is broken, said as a user can find it: the line and byte offset of a
 * lone UTF-16 surrogate (or a last half character), and the line of a byte offset.
 */
final class BrokenText {

    private BrokenText() {
    }

    /** Refuses a UTF-16 file whose code units do not pair up, naming the first lone surrogate. */
    static void refuseBrokenUtf16(Path file, String displayName, FileEncoding encoding) throws IOException {
        boolean bigEndian = encoding == FileEncoding.UTF_16BE;
        long line = 1;
        long offset = encoding.bomLength();
        long highAt = -1;
        int lastHigh = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(offset);
            int first;
            while ((first = in.read()) >= 0) {
                int second = in.read();
                if (second < 0) {
                    throw new InputRefusedException(displayName + ": not valid UTF-16: the file ends in the middle "
                            + "of a character (byte offset " + offset + ", line " + line + "); export it again");
                }
                int unit = bigEndian ? first << 8 | second : second << 8 | first;
                boolean high = unit >= 0xD800 && unit <= 0xDBFF;
                boolean low = unit >= 0xDC00 && unit <= 0xDFFF;
                if (highAt >= 0 && !low || highAt < 0 && low) {
                    long at = highAt >= 0 ? highAt : offset;
                    throw new InputRefusedException(displayName + ": not valid UTF-16: a lone surrogate (0x"
                            + String.format("%04X", highAt >= 0 ? lastHigh : unit) + ") at byte offset " + at
                            + ", line " + line + "; correct that character or export the file again");
                }
                highAt = high ? offset : -1;
                if (high) {
                    lastHigh = unit;
                }
                if (unit == '\n') {
                    line++;
                }
                offset += 2;
            }
        }
        if (highAt >= 0) {
            throw new InputRefusedException(displayName + ": not valid UTF-16: a lone surrogate at byte offset "
                    + highAt + ", line " + line + "; correct that character or export the file again");
        }
    }

    /** The line (from 1) that holds the byte at {@code offset} of a file in an ASCII-compatible encoding. */
    static long lineAt(Path file, long offset) throws IOException {
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (long i = 0; i < offset; i++) {
                if (in.read() == '\n') {
                    line++;
                }
            }
        }
        return line;
    }
}
