package com.rapport.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Eight bytes at a time: the word at an offset, and whether it holds a given byte (SWAR). */
final class Bytes {

    static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    static long word(byte[] buffer, int offset) {
        return (long) LONGS.get(buffer, offset);
    }

    /** True when all eight bytes are printable ASCII or space (0x20 to 0x7F). */
    static boolean printableAscii(long word) {
        // A byte below 0x20 borrows into its high bit when 0x20 is taken from it.
        return ((word | (word - ONES * 0x20)) & HIGH_BITS) == 0;
    }

    /** How many of the word's eight bytes equal {@code value} (exact: no borrow crosses bytes). */
    static int count(long word, int value) {
        long x = word ^ (ONES * (value & 0xFF));
        long low = ONES * 0x7F;
        return Long.bitCount(~(((x & low) + low) | x | low));
    }

    /** True when one of the word's eight bytes equals {@code value}. */
    static boolean has(long word, int value) {
        long x = word ^ (ONES * (value & 0xFF));
        return ((x - ONES) & ~x & HIGH_BITS) != 0;
    }
}
