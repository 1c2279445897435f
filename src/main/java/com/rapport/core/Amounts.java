package com.rapport.core;

/** The bound on a money amount, shared by the importer (which refuses larger values) and the gift-cap setting. */
public final class Amounts {

    /**
     * The largest amount the models hold: they sum amounts and divide them by a cap as
     * DECIMAL(38, 6); a trillion leaves room for any total of a practice's gifts.
     */
    public static final double LARGEST = 1e12;

    private Amounts() {
    }
}
