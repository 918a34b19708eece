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

/**
 * The parameter values, read once at load. The parameter tables are compiled into a KieBase of their own; their
 * rules have no conditions, so one session on it fires every one and yields every value. Evaluations never see
 * those rules: the engine inserts the values read here as facts, which spares every advice the firing of the
 * whole table. A rule elsewhere that inserts a Parameter would fire in every evaluation next to those facts, so
 * it is refused.
 */
final class ParameterReader {
    private ParameterReader() {}

    /** Every parameter's value by name ({@code parameterBase} null: none); adds a problem for a parameter rule elsewhere. */
    static Map<String, Integer> read(KieBase parameterBase, List<ParsedFile> files, List<LoadProblem> problems) {
        for (ParsedFile file : files) {
            if (file.parametertabel()) {
                continue;
            }
            file.regels().stream().filter(r -> r.soort() == Regelsoort.PARAMETER).forEach(r ->
                    problems.add(r.bron().probleem(ProblemCode.PARAMETER_BUITEN_TABEL, "regel '" + r.naam()
                            + "' voegt een Parameter in, maar staat niet in een parametertabel; zet parameters in een"
                            + " beslistabel waarvan elke actie een Parameter invoegt, zoals parameters.drl.csv")));
        }
        Map<String, Integer> parameters = new TreeMap<>();
        if (parameterBase == null) {
            return parameters;
        }
        KieSession session = parameterBase.newKieSession();
        try {
            session.fireAllRules();
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
