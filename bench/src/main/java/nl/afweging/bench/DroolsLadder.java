package nl.afweging.bench;

import java.util.Map;
import nl.afweging.feiten.Profiel;
import nl.afweging.model.Leefgebied;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The engine's own ladder table ({@code rules/ladder.drl.csv}, with {@code parameters.drl.csv} for its
 * thresholds) compiled straight with Drools, without the rest of the afwegingskader: what the ladder costs
 * inside Drools, per request a stateless session on a cached KieBase (from a session pool, as the engine does)
 * with a listener that records the row.
 */
public final class DroolsLadder {
    private static final String[] TABLES = {"parameters.drl.csv", "ladder.drl.csv"};

    private final KieSessionsPool sessions;

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
        this.sessions = services.newKieContainer(releaseId).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public LadderUitkomst evaluate(Map<Leefgebied, Integer> zrm) {
        StatelessKieSession session = sessions.newStatelessKieSession();
        LadderTrace trace = new LadderTrace();
        session.addEventListener((AgendaEventListener) trace);
        session.addEventListener((RuleRuntimeEventListener) trace);
        session.execute(new Profiel(zrm));
        return trace.uitkomst();
    }
}
