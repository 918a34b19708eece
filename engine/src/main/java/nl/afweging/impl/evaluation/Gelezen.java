// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.afweging.impl.contract.ContractPaths;
import nl.afweging.model.Aanvraag;

/**
 * Fills the paths a rule reads (its {@code leest}, worked out when the rule set loads) with the values of one
 * aanvraag. A contract path is read as the declaration on the model records says ({@link ContractPaths}); a map
 * ({@code zrm}) shows each of its entries; {@code parameter.*} is a value of the rule set, not of the aanvraag.
 */
final class Gelezen {
    private static final String PARAMETER = "parameter.";

    private Gelezen() {}

    static Map<String, Object> van(Aanvraag a, Set<String> paths, Map<String, Integer> parameters) {
        Map<String, Object> gelezen = new TreeMap<>();
        for (String path : paths) {
            if (path.startsWith(PARAMETER)) {
                gelezen.put(path, parameters.get(path.substring(PARAMETER.length())));
                continue;
            }
            ContractPaths.Reader reader = ContractPaths.reader(path);
            Object value = reader.read(a);
            if (reader.map()) {
                ((Map<?, ?>) value).forEach((key, entry) -> gelezen.put(path + "." + ((Enum<?>) key).name(), entry));
            } else {
                gelezen.put(path, value);
            }
        }
        return gelezen;
    }
}
