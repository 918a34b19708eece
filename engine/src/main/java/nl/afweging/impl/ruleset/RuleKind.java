// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.feiten.Besluit;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Parameters;
import nl.afweging.feiten.Voorstel;
import nl.afweging.model.Regelsoort;

/**
 * What a rule is for, read from the fact types its actions insert: a {@link Parameter} or {@link Parameters} (made in
 * any way) makes it a parameter, a
 * {@link Voorstel} a row of the catalogue, a {@link Besluit} the closing rule that fixes the advice; any other
 * finding (a Basisniveau, a Vloer, an Aandachtspunt, ...) makes it a beslisregel. An action inserts either
 * {@code new Type(...)} or a variable the same actions declare as {@code Type name = ...}.
 */
final class RuleKind {
    private static final Pattern INSERT_NEW = Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*new\\s+([\\w.]+)\\s*[(<]");
    private static final Pattern INSERT_VARIABLE = Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*(\\w+)\\s*\\)");
    /**
     * Any new Parameter or Parameters, however it reaches insert ({@code insert((Object) new Parameters(...))}, a list):
     * only a parameter table may make one, or a rule could set a threshold of its own beside the table's.
     */
    private static final Pattern NEW_PARAMETER = Pattern.compile(
            "\\bnew\\s+(?:[\\w.]*\\.)?(?:Parameter|Parameters)\\s*\\(|\\b(?:Parameter|Parameters)\\s*::\\s*new\\b");

    private RuleKind() {}

    /** The kind of a rule with these actions (a consequence, or a table row's action templates). */
    static Regelsoort of(String actions) {
        String code = DrlRules.mask(actions);
        Set<String> types = insertedTypes(code);
        if (types.contains(Parameter.class.getSimpleName()) || types.contains(Parameters.class.getSimpleName())
                || NEW_PARAMETER.matcher(code).find()) {
            return Regelsoort.PARAMETER;
        }
        if (types.contains(Voorstel.class.getSimpleName())) {
            return Regelsoort.VOORZIENING;
        }
        return types.contains(Besluit.class.getSimpleName()) ? Regelsoort.AFRONDING : Regelsoort.BESLISREGEL;
    }

    /** The simple names of the types inserted; read in the masked text, so a string that mentions one does not count. */
    private static Set<String> insertedTypes(String code) {
        Set<String> types = new LinkedHashSet<>();
        Matcher created = INSERT_NEW.matcher(code);
        while (created.find()) {
            types.add(simpleName(created.group(1)));
        }
        Matcher variable = INSERT_VARIABLE.matcher(code);
        while (variable.find()) {
            Matcher declared = Pattern.compile("\\b([\\w.]+)(?:<[^>]*>)?\\s+" + Pattern.quote(variable.group(1)) + "\\s*=[^=]")
                    .matcher(code);
            if (declared.find()) {
                types.add(simpleName(declared.group(1)));
            }
        }
        return types;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
