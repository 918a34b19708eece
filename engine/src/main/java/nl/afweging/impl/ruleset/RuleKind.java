// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The kinds of the actions read so far: a table's rows mostly share their action templates, and each is parsed
     * once. Bounded, as the texts come from rule files.
     */
    private static final Map<String, Regelsoort> KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 10_000;

    /** The kind of a rule with these actions (a consequence, or a table row's action templates). */
    static Regelsoort of(String actions) {
        if (actions == null) {
            return read(null);
        }
        Regelsoort known = KNOWN.get(actions);
        if (known != null) {
            return known;
        }
        Regelsoort kind = read(actions);
        if (KNOWN.size() < MAX_KNOWN) {
            KNOWN.put(actions, kind);
        }
        return kind;
    }

    private static Regelsoort read(String actions) {
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
