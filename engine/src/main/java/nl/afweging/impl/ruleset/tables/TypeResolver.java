// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset.tables;

import java.util.Arrays;
import java.util.List;

/** Finds a class named in a table's cells by its simple name, through the table's {@code Import} line. */
final class TypeResolver {
    private final List<String> imports;

    TypeResolver(DecisionTable table) {
        DecisionTable.Keyword line = table.keyword("Import");
        this.imports = line == null ? List.of() : Arrays.stream(line.value().split(",")).map(String::strip).toList();
    }

    /** The class, or null when no import provides it. */
    Class<?> resolve(String simpleName) {
        for (String imported : imports) {
            String candidate = imported.endsWith(".*") ? imported.substring(0, imported.length() - 1) + simpleName
                    : imported.endsWith("." + simpleName) ? imported : null;
            if (candidate != null) {
                try {
                    return Class.forName(candidate, false, TypeResolver.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    // Another import may provide it.
                }
            }
        }
        return null;
    }
}
