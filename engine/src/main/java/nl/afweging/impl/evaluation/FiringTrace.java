// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.afweging.feiten.Basisniveau;
import nl.afweging.model.Niveau;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * What happened in one evaluation: which rules fired, in order, and which findings each one inserted or
 * changed. One instance per evaluation; it is the only place the engine learns from the session.
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
    private final long deadline;
    private int firings;

    FiringTrace(Guards guards) {
        this.guards = guards;
        this.deadline = System.nanoTime() + guards.timeLimit().toNanos();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        fired.add(rule);
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
        if (event.getRule() != null) {
            // A Basisniveau may be lowered later on, so its level is taken now.
            Niveau basis = event.getObject() instanceof Basisniveau b ? b.getNiveau() : null;
            bevindingen.add(new Bevinding(event.getRule().getName(), event.getObject(), basis, false));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getRule() != null && event.getObject() instanceof Basisniveau basis) {
            bevindingen.add(new Bevinding(event.getRule().getName(), basis, basis.getNiveau(), true));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // Rules in this project only add findings; a retraction changes nothing in the advice.
    }

    Set<String> fired() {
        return fired;
    }

    List<Bevinding> bevindingen() {
        return bevindingen;
    }
}
