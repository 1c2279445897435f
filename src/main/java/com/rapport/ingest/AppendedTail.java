package com.rapport.ingest;

import com.rapport.core.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Recognises a file that is the previously imported file with records appended, as an
 * activity log exported again a month later is: the old bytes unchanged (same checksum),
 * ending at a line break, followed by new ones. Only the new part then needs reading.
 */
record AppendedTail(String checksum, long size, long lineBreaks, long modifiedMillis) {

    /** The appended part's description, or null when the file is not the old one plus more. */
    static AppendedTail check(Path file, long oldSize, String oldChecksum) throws IOException {
        long size = Files.size(file);
        if (size <= oldSize || oldSize == 0) {
            return null;
        }
        long modified = Files.getLastModifiedTime(file).toMillis();
        MessageDigest digest = Sha256.digest();
        byte[] buffer = new byte[1 << 16];
        long offset = 0;
        long lineBreaks = 0;
        int last = -1;
        try (InputStream in = Files.newInputStream(file)) {
            while (offset < oldSize) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, oldSize - offset));
                if (n < 0) {
                    return null;
                }
                digest.update(buffer, 0, n);
                offset += n;
                last = buffer[n - 1];
            }
            try {
                MessageDigest prefix = (MessageDigest) digest.clone();
                if (last != '\n' || !HexFormat.of().formatHex(prefix.digest()).equals(oldChecksum)) {
                    return null;
                }
            } catch (CloneNotSupportedException e) {
                return null;
            }
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lineBreaks++;
                    }
                }
            }
        }
        return new AppendedTail(HexFormat.of().formatHex(digest.digest()), size, lineBreaks, modified);
    }
}
