package nl.afweging.impl.ruleset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;

/**
 * The catalogue of voorzieningen: for every catalogue rule (a row that inserts a Voorstel), by its id (the code),
 * the data an advies shows for it. Its bedrag must be a number with a decimal point.
 */
final class Catalogue {
    private Catalogue() {}

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
                    rule.meta("eenheid"), rule.meta("kostenbron")));
        }
        return catalogus;
    }
}
