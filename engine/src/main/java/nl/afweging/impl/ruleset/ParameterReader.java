package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.afweging.feiten.Parameter;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;

/**
 * The parameter values, read once at load. Parameter rules have no conditions and sit in their own agenda group:
 * an empty session fires nothing until that group has the focus, and then yields every parameter value.
 * Evaluations never focus it; the engine inserts the values read here as facts, which spares every advice the
 * firing of the whole table. A parameter rule outside the group would fire in every evaluation next to those
 * facts, so it is refused.
 */
final class ParameterReader {
    /** The agenda group of the parameter table's rules, and the package that keeps the group to that table. */
    static final String GROUP = "parameters";
    static final String PACKAGE = "nl.afweging.regels.parameters";

    private ParameterReader() {}

    /** Every parameter's value by name; adds a problem when the parameter rules are not in their group. */
    static Map<String, Integer> read(KieBase kieBase, List<ParsedRule> rules, List<LoadProblem> problems) {
        KieSession session = kieBase.newKieSession();
        try {
            session.fireAllRules();
            if (!session.getObjects(o -> o instanceof Parameter).isEmpty()) {
                rules.stream().filter(r -> r.soort() == Regelsoort.PARAMETER).findFirst().ifPresent(r ->
                        // Row 1: the RuleSet line, under which the Agenda-Group line belongs.
                        problems.add(new Bron(r.bron().bestand(), 1).probleem(ProblemCode.PARAMETERS_ZONDER_GROEP,
                                "parameterregels horen in hun eigen agenda-groep: zet de regel 'Agenda-Group," + GROUP
                                        + "' boven de tabel (met RuleSet " + PACKAGE + ", zodat de groep alleen voor deze tabel geldt)")));
            }
            // No such group when no rule is in it (no parameter table, or one without the Agenda-Group line).
            AgendaGroup group = session.getAgenda().getAgendaGroup(GROUP);
            if (group != null) {
                group.setFocus();
                session.fireAllRules();
            }
            Map<String, Integer> parameters = new TreeMap<>();
            for (Object o : session.getObjects(o -> o instanceof Parameter)) {
                Parameter p = (Parameter) o;
                parameters.put(p.getNaam(), p.getWaarde());
            }
            return parameters;
        } finally {
            session.dispose();
        }
    }
}
