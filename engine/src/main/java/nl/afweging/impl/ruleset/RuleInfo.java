package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Map;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelsoort;
import java.util.Set;

/**
 * What the engine knows of one compiled rule: its metadata as written in the rule file, where it is
 * written ({@code bron}), what kind of rule it is and which aanvraag fields it reads.
 */
public record RuleInfo(String ruleName, String id, String naam, String grondslag, String uitleg, String bron,
                 Regelsoort soort, Set<String> leest, Map<String, Object> metadata) {

    public Regel beschrijving() {
        return new Regel(id, naam, grondslag, uitleg, bron, soort, List.copyOf(leest));
    }

    String meta(String key) {
        Object value = metadata.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
