// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        Watchdog.Watched watched = Watchdog.watch(verloop, aanvraag.id(), guards.timeLimit().toNanos());
        try {
            session.execute(facts);
        } catch (Throwable e) {
            // Whatever a rule does, in a condition or an action, even a StackOverflowError or an OutOfMemoryError of its
            // own making, ends this advice only: the session and what it holds are dropped with the exception.
            throw failure(e, verloop, aanvraag);
        } finally {
            Watchdog.release(watched);
        }
        try {
            return AdviesBuilder.bouw(aanvraag, ruleSet, phrases, verloop, engineVersie);
        } catch (EvaluationFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new EvaluationFailure(null, null, "het advies kon niet worden opgesteld uit wat de regels vonden bij aanvraag "
                    + aanvraag.id() + ": " + wat(e), e);
        }
    }

    /** A name in Drools' list of the rules of a condition: {@code ... in [Rule "X1 naam", "X2 naam" in bestand.drl]}. */
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /**
     * What went wrong, with the rule to blame: a tripped guard, an exception in an action (Drools names its rule), a
     * condition that failed (Drools names its rules in the message), or anything else while an action ran (the rule
     * firing then). Else no rule is named, and the message says so.
     */
    EvaluationFailure failure(Throwable e, FiringTrace verloop, Aanvraag aanvraag) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FiringTrace.GuardTripped tripped) {
                return failure(tripped.ruleName, tripped.getMessage(), aanvraag, e);
            }
        }
        // A condition first: an insert in an action can make a condition of another rule fail, within that action.
        for (Throwable t = e; t != null; t = t.getCause()) {
            String rule = conditionRule(t);
            if (rule != null) {
                Throwable root = t;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                return failure(rule, "een voorwaarde gaf " + wat(root), aanvraag, e);
            }
        }
        if (e instanceof ConsequenceException c) {
            Throwable cause = c.getCause() == null ? c : c.getCause();
            return failure(c.getMatch().getRule().getName(), wat(cause), aanvraag, e);
        }
        String firing = verloop.firing();
        if (firing != null) {
            return failure(firing, wat(e), aanvraag, e);
        }
        return new EvaluationFailure(null, null, "een voorwaarde van een regel faalde bij aanvraag " + aanvraag.id()
                + " (welke regel, is niet uit Drools op te maken): " + wat(e), e);
    }

    /** The rule whose condition failed, when {@code t} is Drools' report of one naming a rule of this set. */
    private String conditionRule(Throwable t) {
        String message = t.getMessage();
        int rules = message == null || !message.startsWith("Error evaluating constraint") ? -1 : message.indexOf("' in [Rule ");
        if (rules < 0) {
            return null;
        }
        // Where a condition is shared, Drools names every rule that has it; the first of this set is blamed.
        Matcher m = QUOTED.matcher(message).region(rules, message.length());
        while (m.find()) {
            if (ruleSet.regels().containsKey(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** What was thrown, on one line, in words for the errors a rule can cause the JVM. */
    static String wat(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "StackOverflowError (de regel gaat te diep: hij roept te veel in elkaar aan)";
        }
        if (t instanceof OutOfMemoryError) {
            return "OutOfMemoryError (de regel vraagt meer geheugen dan er is" + (t.getMessage() == null ? "" : ": " + t.getMessage()) + ")";
        }
        String message = t.getMessage() == null ? "" : " " + t.getMessage().strip().lines().findFirst().orElse("");
        return t.getClass().getSimpleName() + (message.length() > 300 ? message.substring(0, 300) + " ..." : message);
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
