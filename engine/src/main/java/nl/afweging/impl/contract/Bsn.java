// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

/** The elfproef of a burgerservicenummer, for {@code @GeenBsn}. */
final class Bsn {
    private Bsn() {}

    /** What was found, without repeating it: a BSN is never echoed. */
    static String found(String text) {
        return text.length() + " cijfers die de elfproef halen (lijkt op een BSN; gebruik een pseudoniem)";
    }

    /**
     * Whether a text is 8 or 9 digits (an 8-digit BSN is one with its leading zero left off) whose weighted sum
     * 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11.
     */
    static boolean passesElfproef(String text) {
        int n = text.length();
        if (n != 8 && n != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = 9 - (i + 9 - n);   // from the left: 9, 8, ..., 2, and -1 for the last digit
            sum += (i == n - 1 ? -1 : weight) * (c - '0');
        }
        return sum % 11 == 0;
    }
}
