// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import nl.afweging.feiten.Basisniveau;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records, for one ladder evaluation, the {@code @id} of the ladder row that fired and the basisniveau it
 * inserted: the same bookkeeping the engine does to explain an advice. One instance per evaluation.
 */
final class LadderTrace extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    /** Rules generated from the "RuleTable Ladder" are named Ladder_&lt;row&gt;; the parameter rows are not. */
    private static final String LADDER_RULE_PREFIX = "Ladder";

    private String regelId;
    private Basisniveau basisniveau;

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (event.getMatch().getRule().getName().startsWith(LADDER_RULE_PREFIX)) {
            regelId = String.valueOf(event.getMatch().getRule().getMetaData().get("id"));
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Basisniveau b) {
            basisniveau = b;
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {}

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {}

    LadderUitkomst uitkomst() {
        if (regelId == null || basisniveau == null) {
            throw new IllegalStateException("No ladder row fired");
        }
        return new LadderUitkomst(basisniveau.getNiveau(), regelId);
    }
}
