// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;

/**
 * The catalogue of voorzieningen: for every catalogue rule (a row that inserts a Voorstel), by its id (the code),
 * the data an advies shows for it. Its bedrag must be a number with a decimal point.
 */
final class Catalogue {
    // A table row's conditions and action, as Drools writes them from the columns (see voorzieningen.drl.csv).
    private static final Pattern NIVEAU = Pattern.compile("niveau\\s*==\\s*Niveau\\.(\\w+)");
    private static final Pattern SOORT = Pattern.compile("soort\\s*==\\s*HulpvraagSoort\\.(\\w+)");
    private static final Pattern GEMEENTE = Pattern.compile("gemeente\\s*==\\s*\"([0-9]{4})\"");
    private static final Pattern COLLECTIEF = Pattern.compile("new\\s+Voorstel\\(.*,\\s*true\\s*\\)", Pattern.DOTALL);

    private Catalogue() {}

    private static <E extends Enum<E>> E found(Pattern pattern, String text, Class<E> type) {
        Matcher m = text == null ? null : pattern.matcher(text);
        if (m == null || !m.find()) {
            return null;
        }
        try {
            return Enum.valueOf(type, m.group(1));
        } catch (IllegalArgumentException e) {
            return null; // the compiler reports the unknown value
        }
    }

    private static String gemeente(String when) {
        Matcher m = when == null ? null : GEMEENTE.matcher(when);
        return m != null && m.find() ? m.group(1) : null;
    }

    static Map<String, VoorzieningInfo> read(List<ParsedRule> rules, List<LoadProblem> problems) {
        Map<String, VoorzieningInfo> catalogus = new HashMap<>();
        for (ParsedRule rule : rules) {
            String id = rule.meta("id");
            if (rule.soort() != Regelsoort.VOORZIENING || id == null) {
                continue;
            }
            BigDecimal bedrag = null;
            String text = rule.meta("bedrag");
            if (text != null && !text.isBlank()) {
                try {
                    bedrag = new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    problems.add(rule.bronVan("bedrag").probleem(ProblemCode.BEDRAG_ONLEESBAAR,
                            "bedrag '" + text + "' is geen getal (gebruik een punt: 55.80)"));
                }
            }
            catalogus.put(id, new VoorzieningInfo(id, rule.meta("naam"), rule.meta("productcategorie"), bedrag,
                    rule.meta("eenheid"), rule.meta("kostenbron"), found(NIVEAU, rule.when(), Niveau.class),
                    found(SOORT, rule.when(), HulpvraagSoort.class), gemeente(rule.when()),
                    rule.then() != null && COLLECTIEF.matcher(rule.then()).find()));
        }
        return catalogus;
    }
}
