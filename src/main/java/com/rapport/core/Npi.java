package com.rapport.core;

/**
 * The US National Provider Identifier check digit: Luhn over the nine base digits
 * prefixed with the health-industry number 80840.
 */
public final class Npi {

    private Npi() {
    }

    /** The full 10-digit NPI for nine base digits. */
    public static String withCheckDigit(String nineDigits) {
        if (!nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("an NPI base is nine digits, was '" + nineDigits + "'");
        }
        return nineDigits + checkDigit(nineDigits);
    }

    /** True when the value is ten digits whose last one is the Luhn check digit. */
    public static boolean isValid(String value) {
        return value != null && value.matches("\\d{10}")
                && checkDigit(value.substring(0, 9)) == value.charAt(9) - '0';
    }

    private static int checkDigit(String nineDigits) {
        String digits = "80840" + nineDigits;
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
