// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import java.time.LocalDate;

/**
 * The contract's date, {@code JJJJ-MM-DD} with a year from 0000 to 9999, read by hand: the same verdicts as
 * matching {@code \d{4}-\d{2}-\d{2}} and then parsing strictly with {@code uuuu-MM-dd}, without the cost of a
 * formatter (an aanvraag holds a date for every earlier traject).
 */
final class Dates {
    static final int VALID = 0;
    static final int NO_DATE = 1;
    static final int NO_SUCH_DAY = 2;

    private Dates() {}

    /** {@link #VALID}, {@link #NO_DATE} (not of the form) or {@link #NO_SUCH_DAY} (of the form, but no such day). */
    static int form(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return NO_DATE;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return NO_DATE;
            }
        }
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        if (month < 1 || month > 12 || day < 1) {
            return NO_SUCH_DAY;
        }
        return day <= LocalDate.of(number(text, 0, 4), month, 1).lengthOfMonth() ? VALID : NO_SUCH_DAY;
    }

    /** The date of a text whose {@link #form} is {@link #VALID}. */
    static LocalDate parse(String text) {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    }

    /** Whether the date's text is of the contract's form: a year of four digits, no sign. */
    static boolean inForm(LocalDate date) {
        return date.getYear() >= 0 && date.getYear() <= 9999;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
