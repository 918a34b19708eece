// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.afweging.model.Niveau;

/** Numbers and niveaus as a Dutch reader expects them: 1.234 and € 1.234,56; "Lokaal team". */
final class Getallen {
    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Getallen() {}

    static String aantal(long n) {
        return new DecimalFormat("#,##0", NL).format(n);
    }

    static String euro(BigDecimal bedrag) {
        return "€ " + new DecimalFormat("#,##0.00", NL).format(bedrag.setScale(2, RoundingMode.HALF_UP));
    }

    /** A share in whole percents ("12%"), or "0%" of nothing. */
    static String procent(long deel, long geheel) {
        return geheel == 0 ? "0%" : Math.round(100.0 * deel / geheel) + "%";
    }

    static String niveau(Niveau niveau) {
        return switch (niveau) {
            case NORMALISATIE -> "Normalisatie";
            case SOCIALE_BASIS -> "Sociale basis";
            case LOKAAL_TEAM -> "Lokaal team";
            case SPECIALISTISCH_MAATWERK -> "Specialistisch maatwerk";
        };
    }

    /** A signed difference: "+12", "-3", "0". */
    static String verschil(long basis, long kandidaat) {
        long d = kandidaat - basis;
        return d > 0 ? "+" + aantal(d) : aantal(d);
    }
}
