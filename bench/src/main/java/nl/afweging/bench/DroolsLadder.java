// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Profiel;
import nl.afweging.model.Leefgebied;
import org.drools.ancompiler.KieBaseUpdaterANC;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The engine's own ladder table ({@code rules/ladder.drl.csv}, with {@code parameters.drl.csv} for its
 * thresholds) compiled straight with Drools, without the rest of the afwegingskader: what the ladder costs
 * inside Drools. As in the engine: the parameter values are read once and inserted as facts; per request a
 * stateless session on a cached KieBase (from a session pool) with a listener that records the row, and the
 * alpha network compiled, as the engine's cached rule sets run it: the best setup that keeps the explanation.
 */
public final class DroolsLadder {
    private static final String[] TABLES = {"parameters.drl.csv", "ladder.drl.csv"};

    private final KieSessionsPool sessions;
    private final List<Parameter> parameters;

    public DroolsLadder() {
        KieServices services = KieServices.Factory.get();
        // A release id of its own, so this build never replaces another KieModule in the shared KieRepository.
        ReleaseId releaseId = services.newReleaseId("nl.afweging.bench", "ladder", "1.0.0");
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (String table : TABLES) {
            files.write("src/main/resources/nl/afweging/regels/" + table, BundledRules.read(table));
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("Ladder does not compile: " + builder.getResults().getMessages());
        }
        KieContainer container = services.newKieContainer(releaseId);
        // The best setup that keeps the explanation: Drools' alpha network compiler, before any session exists.
        KieBaseUpdaterANC.generateAndSetInMemoryANC(container.getKieBase());
        this.sessions = container.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.parameters = readParameters(container.getKieBase());
    }

    public LadderUitkomst evaluate(Map<Leefgebied, Integer> zrm) {
        StatelessKieSession session = sessions.newStatelessKieSession();
        LadderTrace trace = new LadderTrace();
        session.addEventListener((AgendaEventListener) trace);
        session.addEventListener((RuleRuntimeEventListener) trace);
        List<Object> facts = new ArrayList<>(parameters.size() + 1);
        facts.add(new Profiel(zrm));
        facts.addAll(parameters);
        session.execute(facts);
        return trace.uitkomst();
    }

    /** The parameter table's rules fire only when their agenda group has the focus, as the engine loads them. */
    private static List<Parameter> readParameters(KieBase kieBase) {
        KieSession session = kieBase.newKieSession();
        try {
            session.getAgenda().getAgendaGroup("parameters").setFocus();
            session.fireAllRules();
            return session.getObjects(o -> o instanceof Parameter).stream().map(o -> (Parameter) o).toList();
        } finally {
            session.dispose();
        }
    }
}
