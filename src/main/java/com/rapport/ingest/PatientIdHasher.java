package com.rapport.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a patient identifier with HMAC-SHA-256 under the practice's secret key, so
 * the same patient links across imports while the raw id never reaches the database.
 */
public final class PatientIdHasher {

    private final Mac mac;

    public PatientIdHasher(byte[] key) {
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
}
