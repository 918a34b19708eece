package nl.afweging.internal;

import java.util.Map;
import java.util.Set;

/**
 * What the engine knows of one compiled rule: its metadata as written in the rule file, where it is
 * written ({@code bron}) and which aanvraag fields it reads.
 */
public record RegelInfo(String ruleName, String id, String naam, String grondslag, String uitleg, String bron,
                 Set<String> leest, Map<String, Object> metadata) {

    String meta(String key) {
        Object value = metadata.get(key);
        return value == null ? null : String.valueOf(value);
    }
}
