package com.rapport.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, which every JVM has, and Rapport's one way to get it: the checksums of imported
 * and registry files, the patient-id key, the ids derived for exports without one, the
 * stamps of what outputs are made from and the PDF's document id.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
