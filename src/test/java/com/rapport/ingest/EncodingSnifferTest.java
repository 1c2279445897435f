package com.rapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which encoding a file without a BOM is read in, when its bytes are not all valid UTF-8. */
class EncodingSnifferTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path folder;

    /**
     * "RENÉ”" in Windows-1252 is C9 94, which is also a valid UTF-8 pair (U+0254): one such
     * pair among the file's four other accented bytes, each invalid as UTF-8, does not make
     * it a damaged UTF-8 file. Read as Windows-1252, "René’s" and "Nuñez" survive.
     */
    @Test
    void aWindows1252FileWithOneBytePairThatHappensToBeUtf8IsStillWindows1252() throws Exception {
        Path file = folder.resolve("outlook.csv");
        Files.write(file, "contact_id,full_name,organization\r\nC1,René’s Nuñez,\"CAFÉ”\"\r\nC2,Zoë,Müller\r\n"
                .getBytes(WINDOWS_1252));
        assertThat(new EncodingSniffer().sniff(file, "contacts/outlook.csv").encoding())
                .isEqualTo(FileEncoding.WINDOWS_1252);
    }

    /** Two valid UTF-8 names and one broken pair (C3 28, byte 45 on line 3): damaged UTF-8, refused. */
    @Test
    void aUtf8FileWithOneBrokenPairIsRefusedWithItsLineAndOffset() throws Exception {
        Path file = folder.resolve("crm.csv");
        byte[] head = "contact_id,full_name\nC1,José Müller\nC2,Ana ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, concat(head, new byte[] {(byte) 0xC3, 0x28, '\n'}));
        assertThat(head.length).isEqualTo(45);
        assertThatThrownBy(() -> new EncodingSniffer().sniff(file, "contacts/crm.csv"))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("contacts/crm.csv: not valid UTF-8 at line 3, byte offset 45 (0xC3 0x28); the rest of the "
                        + "file is UTF-8, so it is not read as another encoding: correct those bytes or export the "
                        + "file again");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
