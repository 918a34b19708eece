// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.afweging.impl.contract.ContractPaths;
import nl.afweging.model.Aanvraag;

/**
 * Fills the paths a rule reads (its {@code leest}, worked out when the rule set loads) with the values of one
 * aanvraag. A contract path is read as the declaration on the model records says ({@link ContractPaths}); a map
 * ({@code zrm}) shows each of its entries; {@code parameter.*} is a value of the rule set, not of the aanvraag.
 */
final class Gelezen {
    private static final String PARAMETER = "parameter.";
    /**
     * The names a rule's paths give, made once rather than per advice: a parameter's name without "parameter.", and
     * per map path the name of each entry ("zrm.FINANCIEN"), by the key's ordinal.
     */
    private static final Map<String, String> PARAMETER_NAMES = new ConcurrentHashMap<>();
    private static final Map<String, String[]> ENTRY_NAMES = new ConcurrentHashMap<>();

    private Gelezen() {}

    static Map<String, Object> van(Aanvraag a, Set<String> paths, Map<String, Integer> parameters) {
        Map<String, Object> gelezen = new TreeMap<>();
        for (String path : paths) {
            if (path.startsWith(PARAMETER)) {
                gelezen.put(path, parameters.get(PARAMETER_NAMES.computeIfAbsent(path, p -> p.substring(PARAMETER.length()))));
                continue;
            }
            ContractPaths.Reader reader = ContractPaths.reader(path);
            Object value = reader.read(a);
            if (reader.map()) {
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    gelezen.put(entryName(path, (Enum<?>) entry.getKey()), entry.getValue());
                }
            } else {
                gelezen.put(path, value);
            }
        }
        return gelezen;
    }

    private static String entryName(String path, Enum<?> key) {
        String[] names = ENTRY_NAMES.get(path);
        if (names == null) {
            Enum<?>[] keys = key.getDeclaringClass().getEnumConstants();
            names = new String[keys.length];
            for (Enum<?> k : keys) {
                names[k.ordinal()] = path + "." + k.name();
            }
            ENTRY_NAMES.put(path, names);
        }
        return names[key.ordinal()];
    }
}
