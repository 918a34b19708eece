// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.Set;
import nl.afweging.feiten.Besluit;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Parameters;
import nl.afweging.feiten.Voorstel;
import nl.afweging.model.Regelsoort;

/**
 * What a rule is for, read from the facts its actions make, as Drools' parser reads the actions
 * ({@link ConsequenceCheck#made}): a {@link Parameter} or {@link Parameters}, made in any spelling, makes it a
 * parameter; a {@link Voorstel} a row of the catalogue; a {@link Besluit} the closing rule that fixes the advice; any
 * other finding (a Basisniveau, a Vloer, an Aandachtspunt, ...) makes it a beslisregel.
 */
final class RuleKind {
    private RuleKind() {}

    /** The kind of a rule with these actions (a consequence, or a table row's action templates). */
    static Regelsoort of(String actions) {
        Set<Class<?>> made = ConsequenceCheck.made(actions);
        if (made.contains(Parameter.class) || made.contains(Parameters.class)) {
            return Regelsoort.PARAMETER;
        }
        if (made.contains(Voorstel.class)) {
            return Regelsoort.VOORZIENING;
        }
        return made.contains(Besluit.class) ? Regelsoort.AFRONDING : Regelsoort.BESLISREGEL;
    }
}
