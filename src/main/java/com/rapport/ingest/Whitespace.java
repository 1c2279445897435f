package com.rapport.ingest;

import java.util.stream.IntStream;

/**
 * The characters {@link String#strip} removes, which the row-by-row path strips from every
 * value: the engine path must strip the same ones ({@link EngineLoader}), and the structure
 * scan must notice them ({@link CsvShape}).
 */
final class Whitespace {

    /** Every such character (all lie in the Basic Multilingual Plane), in code point order. */
    static final int[] CODE_POINTS = IntStream.rangeClosed(0, 0xFFFF).filter(Character::isWhitespace).toArray();
    /** The first and last beyond ASCII (U+1680 and U+3000). */
    static final int FIRST_BEYOND_ASCII = IntStream.of(CODE_POINTS).filter(c -> c > 0x7F).min().orElseThrow();
    static final int LAST = CODE_POINTS[CODE_POINTS.length - 1];

    private Whitespace() {
    }
}
