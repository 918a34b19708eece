// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.afweging.feiten.Leest;

/**
 * Which contract paths each member of a fact reads, from its {@link Leest} annotations, by the word a rule uses
 * for the member: the property for a getter ({@code leeftijd} for {@code getLeeftijd}, {@code hulpGeaccepteerd} for
 * {@code isHulpGeaccepteerd}), else the method's name ({@code heeftSoort}).
 */
final class FactReads {
    private FactReads() {}

    static Map<String, List<String>> of(Class<?> fact) {
        Map<String, List<String>> reads = new TreeMap<>();
        for (Method method : fact.getMethods()) {
            Leest leest = method.getAnnotation(Leest.class);
            if (leest != null) {
                reads.computeIfAbsent(word(method), w -> new ArrayList<>()).addAll(List.of(leest.value()));
            }
        }
        reads.replaceAll((word, paths) -> List.copyOf(paths));
        return Collections.unmodifiableMap(reads);
    }

    /** The name a rule writes: a getter's property (as Drools and java.beans name it), or the method's own name. */
    static String word(Method method) {
        String name = method.getName();
        if (method.getParameterCount() == 0) {
            if (name.startsWith("get") && name.length() > 3 && method.getReturnType() != void.class) {
                return decapitalize(name.substring(3));
            }
            if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                return decapitalize(name.substring(2));
            }
        }
        return name;
    }

    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name; // URL stays URL
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
