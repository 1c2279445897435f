package com.rapport.ingest;

import com.rapport.core.Sha256;
import com.rapport.store.Alongside;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Reads a file to learn its record structure ({@link CsvShape}) and decide its encoding,
 * while another thread reads it again to checksum it: a BOM is honoured; otherwise
 * the bytes must be valid UTF-8, or else plausible Windows-1252 (which Outlook and Excel
 * write). Anything else, and anything with a NUL byte, is refused with the offset of the
 * first byte that does not fit, so the user can look at it: so is a file that is UTF-8 but
 * for a few bytes (it holds valid multi-byte sequences), and a UTF-16 file with a lone surrogate.
 */
public final class EncodingSniffer {

    /** Bytes Windows-1252 leaves undefined: a file holding them is neither encoding we accept. */
    private static final boolean[] UNDEFINED_IN_1252 = new boolean[256];

    static {
        for (int b : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
            UNDEFINED_IN_1252[b] = true;
        }
    }

    public FileFingerprint sniff(Path file, String displayName) throws IOException {
        // The checksum is a large share of the work and needs nothing else: it reads the file
        // on the other core meanwhile, while DuckDB is idle.
        Alongside<String, IOException> digest = Alongside.start(() -> checksum(file));
        Utf8Validator utf8 = new Utf8Validator();
        long offset = 0;
        long firstBad1252 = -1;
        int firstBad1252Value = 0;
        long firstNul = -1;
        int[] head = new int[3];
        int headLength = 0;
        byte[] buffer = new byte[1 << 16];
        CsvShape shape = new CsvShape();
        // Taken before reading: a file changed while it is read then looks changed next time too.
        long modified = Files.getLastModifiedTime(file).toMillis();
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                shape.accept(buffer, offset == 0 ? utf8BomLength(buffer, n) : 0, n);
                for (int i = 0; i < n; i++) {
                    // Plain ASCII without NUL needs no check of its own: skip it eight bytes at a time.
                    if (i + 8 <= n && headLength == 3 && utf8.idle()) {
                        long word = Bytes.word(buffer, i);
                        if ((word & Bytes.HIGH_BITS) == 0 && !Bytes.has(word, 0)) {
                            i += 7;
                            continue;
                        }
                    }
                    int b = buffer[i] & 0xFF;
                    if (headLength < 3) {
                        head[headLength++] = b;
                    }
                    if (b == 0 && firstNul < 0) {
                        firstNul = offset + i;
                    }
                    if (UNDEFINED_IN_1252[b] && firstBad1252 < 0) {
                        firstBad1252 = offset + i;
                        firstBad1252Value = b;
                    }
                    utf8.accept(b, offset + i);
                }
                offset += n;
            }
        }
        String checksum = digest.join();
        shape.finish();
        FileEncoding bom = bomOf(head, headLength);
        utf8.finish();
        if (bom == FileEncoding.UTF_16LE || bom == FileEncoding.UTF_16BE) {
            BrokenText.refuseBrokenUtf16(file, displayName, bom);
        }
        if (bom != null && bom != FileEncoding.UTF_8_BOM) {
            return new FileFingerprint(checksum, offset, bom, null, modified);
        }
        if (firstNul >= 0) {
            throw new InputRefusedException(displayName + ": not a text file (a NUL byte at offset " + firstNul
                    + "); export it as CSV");
        }
        if (utf8.firstInvalid() < 0) {
            return new FileFingerprint(checksum, offset, bom == null ? FileEncoding.UTF_8 : bom, shape, modified);
        }
        // Valid multi-byte sequences at least as many as the bad ones say the file is UTF-8: a few
        // bad bytes in it are damage to report, not a sign of Windows-1252 (which would turn José
        // into JosÃ© without a word). Fewer are chance: Windows-1252's "É”" is a valid UTF-8 pair.
        if (bom != null || utf8.validSequences() >= utf8.invalidSequences()) {
            long at = utf8.firstInvalid();
            throw new InputRefusedException(displayName + ": not valid UTF-8 at line " + BrokenText.lineAt(file, at)
                    + ", byte offset " + at + " (" + bytesAt(file, at) + "); the rest of the file is UTF-8, so it is "
                    + "not read as another encoding: correct those bytes or export the file again");
        }
        if (firstBad1252 < 0) {
            return new FileFingerprint(checksum, offset, FileEncoding.WINDOWS_1252, shape, modified);
        }
        throw new InputRefusedException(displayName + ": encoding is neither UTF-8 nor Windows-1252 (byte 0x"
                + String.format("%02X", firstBad1252Value) + " at offset " + firstBad1252
                + "); save it as UTF-8 and import again");
    }

    /** The bytes from {@code offset} a reader sees as damage: up to four, in hex. */
    private static String bytesAt(Path file, long offset) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            byte[] bytes = in.readNBytes(2);
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes) {
                hex.append(hex.isEmpty() ? "" : " ").append(String.format("0x%02X", b & 0xFF));
            }
            return hex.toString();
        }
    }

    private static int utf8BomLength(byte[] buffer, int n) {
        return n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static FileEncoding bomOf(int[] head, int length) {
        if (length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) {
            return FileEncoding.UTF_8_BOM;
        }
        if (length >= 2 && head[0] == 0xFF && head[1] == 0xFE) {
            return FileEncoding.UTF_16LE;
        }
        if (length >= 2 && head[0] == 0xFE && head[1] == 0xFF) {
            return FileEncoding.UTF_16BE;
        }
        return null;
    }

    private static String checksum(Path file) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A streaming UTF-8 well-formedness check (RFC 3629: no overlongs, no surrogates) that
     * goes on after a bad byte, counting the valid multi-byte sequences: they decide
     * whether a file with bad bytes is damaged UTF-8 or another encoding.
     */
    private static final class Utf8Validator {
        private int pending;
        private int lower = 0x80;
        private int upper = 0xBF;
        private long firstInvalid = -1;
        private long sequenceStart;
        private long validSequences;
        private long invalidSequences;

        void accept(int b, long offset) {
            if (pending == 0) {
                start(b, offset);
                return;
            }
            if (b < lower || b > upper) {
                invalid(sequenceStart);
                pending = 0;
                start(b, offset);
                return;
            }
            lower = 0x80;
            upper = 0xBF;
            if (--pending == 0) {
                validSequences++;
            }
        }

        private void start(int b, long offset) {
            sequenceStart = offset;
            if (b < 0x80) {
                return;
            }
            lower = 0x80;
            upper = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) {
                    lower = 0xA0;
                } else if (b == 0xED) {
                    upper = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) {
                    lower = 0x90;
                } else if (b == 0xF4) {
                    upper = 0x8F;
                }
            } else {
                invalid(offset);
            }
        }

        private void invalid(long offset) {
            invalidSequences++;
            if (firstInvalid < 0) {
                firstInvalid = offset;
            }
        }

        boolean idle() {
            return pending == 0;
        }

        void finish() {
            if (pending > 0) {
                invalid(sequenceStart);
            }
        }

        long firstInvalid() {
            return firstInvalid;
        }

        long validSequences() {
            return validSequences;
        }

        long invalidSequences() {
            return invalidSequences;
        }
    }
}
