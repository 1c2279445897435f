package com.rapport.ingest;

import com.rapport.core.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a patient identifier with HMAC-SHA-256 under the practice's secret key, so
 * the same patient links across imports while the raw id never reaches the database.
 *
 * <p>Written twice on purpose: {@link #hash} for the rows judged in Java, and
 * {@link #sqlExpression} for the files DuckDB's reader loads: hashing their ids in Java would
 * mean taking every row of a large referral log out of DuckDB and back in, the cost that
 * reader is there to avoid, while the SQL hashes them inside DuckDB's parallel insert. Both hash the id as {@link String#strip} leaves it, as UTF-8, not
 * normalised (an id spelt in NFD hashes apart from its NFC spelling, on both paths alike);
 * PatientIdHasherTest hashes the same ids both ways and holds them equal.
 */
public final class PatientIdHasher {

    private static final int BLOCK = 64;

    private final Mac mac;
    private final byte[] block;

    public PatientIdHasher(byte[] key) {
        byte[] k = key.length > BLOCK ? sha256(key) : key;
        block = Arrays.copyOf(k, BLOCK);
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM has no HmacSHA256", e);
        }
    }

    public String hash(String patientId) {
        return HexFormat.of().formatHex(mac.doFinal(patientId.strip().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The same keyed hash as SQL over a column, for imports that DuckDB reads itself:
     * HMAC(k, m) = SHA256((k ^ opad) || SHA256((k ^ ipad) || m)). The two padded keys are
     * bound as parameters ({@link #innerPad()}, {@link #outerPad()}, in that order of use
     * after the outer one), so the key never appears in SQL text. The column must be stripped
     * as {@link String#strip} strips (DuckDB's trim also removes a no-break space, which strip keeps).
     */
    static String sqlExpression(String column) {
        return "lower(sha256(?::BLOB || unhex(sha256(?::BLOB || encode(" + column + ")))))";
    }

    /** The outer padded key: the first parameter of {@link #sqlExpression}. */
    byte[] outerPad() {
        return pad(0x5c);
    }

    /** The inner padded key: the second parameter of {@link #sqlExpression}. */
    byte[] innerPad() {
        return pad(0x36);
    }

    private byte[] pad(int value) {
        byte[] out = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            out[i] = (byte) (block[i] ^ value);
        }
        return out;
    }

    private static byte[] sha256(byte[] data) {
        return Sha256.digest().digest(data);
    }
}
