// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.ArrayList;
import java.util.List;
import nl.afweging.feiten.Casus;
import nl.afweging.feiten.Huisgenoot;
import nl.afweging.feiten.Profiel;
import nl.afweging.feiten.Traject;
import nl.afweging.feiten.Vraag;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.RuleInfo;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.HulpvraagSoort;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Evaluates one valid aanvraag against a loaded rule set: a stateless session per call on the shared,
 * immutable KieBase (its working memory borrowed from a pool and reset after use), with a listener that
 * records every firing and finding. Safe for concurrent use.
 */
public final class Evaluator {
    private final LoadedRuleSet ruleSet;
    private final String engineVersie;
    private final PhraseBook phrases;
    private final Guards guards;

    public Evaluator(LoadedRuleSet ruleSet, String engineVersie) {
        this(ruleSet, engineVersie, Guards.DEFAULT);
    }

    public Evaluator(LoadedRuleSet ruleSet, String engineVersie, Guards guards) {
        this.ruleSet = ruleSet;
        this.engineVersie = engineVersie;
        this.phrases = new PhraseBook(ruleSet.regels());
        this.guards = guards;
    }

    public Advies evaluate(Aanvraag aanvraag) {
        StatelessKieSession session = ruleSet.sessions().newStatelessKieSession();
        FiringTrace verloop = new FiringTrace(guards);
        session.addEventListener((AgendaEventListener) verloop);
        session.addEventListener((RuleRuntimeEventListener) verloop);
        List<Object> facts = facts(aanvraag, ruleSet.parameterFeiten().size());
        facts.addAll(ruleSet.parameterFeiten());
        try {
            session.execute(facts);
        } catch (RuntimeException e) {
            throw failure(e, aanvraag);
        }
        return AdviesBuilder.bouw(aanvraag, ruleSet, phrases, verloop, engineVersie);
    }

    /** What went wrong, with the rule to blame: a tripped guard, or an exception in a consequence. */
    private EvaluationFailure failure(RuntimeException e, Aanvraag aanvraag) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FiringTrace.GuardTripped tripped) {
                return failure(tripped.ruleName, tripped.getMessage(), aanvraag, e);
            }
        }
        if (e instanceof ConsequenceException c) {
            Throwable cause = c.getCause() == null ? c : c.getCause();
            return failure(c.getMatch().getRule().getName(), cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()), aanvraag, e);
        }
        throw e;
    }

    private EvaluationFailure failure(String ruleName, String what, Aanvraag aanvraag, Throwable cause) {
        RuleInfo rule = ruleSet.regels().get(ruleName);
        String id = rule == null || rule.id() == null ? ruleName : rule.id();
        String bron = rule == null ? null : rule.bron();
        return new EvaluationFailure(id, bron, "regel " + id + (bron == null ? "" : " (" + bron + ")")
                + " faalde bij aanvraag " + aanvraag.id() + ": " + what, cause);
    }

    /** The aanvraag as the facts the rule files are written against (see {@code nl.afweging.feiten}). */
    static List<Object> facts(Aanvraag a, int room) {
        List<Object> facts = new ArrayList<>(2 + a.hulpvraag().soorten().size() + a.huisgenoten().size()
                + a.eerdereTrajecten().size() + room);
        facts.add(new Casus(a));
        facts.add(new Profiel(a.zrm()));
        for (HulpvraagSoort soort : a.hulpvraag().soorten()) {
            facts.add(new Vraag(soort));
        }
        for (nl.afweging.model.Huisgenoot h : a.huisgenoten()) {
            facts.add(new Huisgenoot(h));
        }
        for (EerderTraject t : a.eerdereTrajecten()) {
            facts.add(new Traject(t, a.peildatum()));
        }
        return facts;
    }
}
