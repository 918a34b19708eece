// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.afweging.feiten.Basisniveau;
import nl.afweging.model.Niveau;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * What happened in one evaluation: which rules fired, in order, and which findings each one inserted or
 * changed. One instance per evaluation; it is the only place the engine learns from the session.
 *
 * <p>It is also where the guards act, because a listener is the only code of ours that Drools runs while it
 * evaluates: every call checks whether the {@link Watchdog} found the time up, so an evaluation stops at the first
 * match, insert or change after the limit, inside a firing too. Code of a rule that makes no such call (a loop of
 * arithmetic in an action, a join of many patterns while Drools makes its matches) runs on until it ends or fails.
 */
final class FiringTrace extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /**
     * A finding and the rule that made it. For a {@link Basisniveau}: its level at that moment, and whether the
     * rule inserted it (the ladder) or changed it (a step down).
     */
    record Bevinding(String ruleName, Object feit, Niveau basisniveau, boolean wijziging) {}

    /** Thrown out of the session when a guard trips; names the rule about to fire. */
    static final class GuardTripped extends RuntimeException {
        final String ruleName;

        GuardTripped(String ruleName, String melding) {
            super(melding, null, false, false);
            this.ruleName = ruleName;
        }
    }

    private final Set<String> fired = new LinkedHashSet<>();
    private final List<Bevinding> bevindingen = new ArrayList<>();
    private final Guards guards;
    final long deadline;
    private int firings;

    /** Set by the {@link Watchdog} once the time limit has passed; every listener call then stops the evaluation. */
    private volatile boolean expired;

    /** The rule whose action runs now, or null between firings: the one to blame for what goes wrong meanwhile. */
    private volatile String firing;

    FiringTrace(Guards guards) {
        this.guards = guards;
        this.deadline = System.nanoTime() + guards.timeLimit().toNanos();
    }

    /** The {@link Watchdog}'s call, from its own thread: the time is up. */
    void expire() {
        expired = true;
    }

    boolean isExpired() {
        return expired;
    }

    /** The rule whose action is running, or null. */
    String firing() {
        return firing;
    }

    /** Stops the evaluation when the watchdog found the time up; {@code rule} is the one at work, when known. */
    private void checkTime(String rule) {
        if (expired) {
            throw new GuardTripped(rule, "langer dan " + guards.timeLimit().toMillis() + " ms bezig");
        }
    }

    @Override
    public void matchCreated(MatchCreatedEvent event) {
        // Drools makes the matches of a join only when it evaluates the rule, and tells after: this is no bound on the
        // join's work, only the first place it is seen.
        checkTime(firing != null ? firing : event.getMatch().getRule().getName());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = firing;
        firing = null;
        checkTime(rule);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        fired.add(rule);
        checkTime(rule);
        firing = rule;
        if (++firings > guards.maxFirings()) {
            throw new GuardTripped(rule, "meer dan " + guards.maxFirings() + " keer een regel gevuurd; deze regel vuurt steeds"
                    + " opnieuw (verandert hij een feit dat hij zelf leest, zonder no-loop?)");
        }
        // The clock every 8 firings: an advice fires about 25 rules, a loop thousands.
        if ((firings & 7) == 0 && System.nanoTime() - deadline > 0) {
            throw new GuardTripped(rule, "langer dan " + guards.timeLimit().toMillis() + " ms bezig");
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        checkTime(firing);
        if (event.getRule() != null) {
            // A Basisniveau may be lowered later on, so its level is taken now.
            Niveau basis = event.getObject() instanceof Basisniveau b ? b.getNiveau() : null;
            bevindingen.add(new Bevinding(event.getRule().getName(), event.getObject(), basis, false));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        checkTime(firing);
        if (event.getRule() != null && event.getObject() instanceof Basisniveau basis) {
            bevindingen.add(new Bevinding(event.getRule().getName(), basis, basis.getNiveau(), true));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        checkTime(firing);
        // Rules in this project only add findings; a retraction changes nothing in the advice.
    }

    Set<String> fired() {
        return fired;
    }

    List<Bevinding> bevindingen() {
        return bevindingen;
    }
}
