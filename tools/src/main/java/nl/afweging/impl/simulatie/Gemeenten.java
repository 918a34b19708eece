// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The gemeenten a population is spread over, with how many wijken each has. Wijk codes are CBS-shaped
 * ({@code WK} + gemeentecode + two digits, numbered from 00); the counts are an assumption near the real ones,
 * not a copy of the CBS Wijk- en Buurtkaart (see docs/populatie.md).
 */
public final class Gemeenten {
    /** Amsterdam, Rotterdam, 's-Gravenhage, Utrecht, Eindhoven and Bladel (which has its own regels). */
    public static final List<String> STANDAARD = List.of("0363", "0599", "0518", "0344", "0772", "1728");

    /** Wijken for a gemeente not in this list. */
    static final int WIJKEN_ONBEKEND = 10;

    private static final Map<String, Integer> WIJKEN = Map.of(
            "0363", 20, "0599", 16, "0518", 12, "0344", 10, "0772", 9, "1728", 5);

    private static final Pattern CODE = Pattern.compile("[0-9]{4}");

    private Gemeenten() {}

    /** Whether {@code code} is a CBS gemeentecode as the contract takes it: four digits. */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    static int wijken(String gemeente) {
        return WIJKEN.getOrDefault(gemeente, WIJKEN_ONBEKEND);
    }
}
