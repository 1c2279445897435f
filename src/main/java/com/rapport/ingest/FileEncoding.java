package com.rapport.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings the data contract accepts, with the byte-order mark each may start with. */
public enum FileEncoding {
    UTF_8("UTF-8", StandardCharsets.UTF_8, 0),
    UTF_8_BOM("UTF-8 with BOM", StandardCharsets.UTF_8, 3),
    UTF_16LE("UTF-16LE with BOM", StandardCharsets.UTF_16LE, 2),
    UTF_16BE("UTF-16BE with BOM", StandardCharsets.UTF_16BE, 2),
    WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"), 0);

    private final String label;
    private final Charset charset;
    private final int bomLength;

    FileEncoding(String label, Charset charset, int bomLength) {
        this.label = label;
        this.charset = charset;
        this.bomLength = bomLength;
    }

    public String label() {
        return label;
    }

    public Charset charset() {
        return charset;
    }

    public int bomLength() {
        return bomLength;
    }
}
