// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

/**
 * The rule set failed on one aanvraag: a rule threw, or the rules left the level open or double (a runtime gap or
 * overlap). Names the rule when one is to blame; the face turns this into {@code EvaluationException}.
 */
public final class EvaluationFailure extends RuntimeException {
    private final String regelId;
    private final String bron;

    EvaluationFailure(String regelId, String bron, String melding, Throwable cause) {
        super(melding, cause);
        this.regelId = regelId;
        this.bron = bron;
    }

    /** The id of the rule that failed, or null when no single rule is to blame. */
    public String regelId() {
        return regelId;
    }

    /** Where that rule is written, or null. */
    public String bron() {
        return bron;
    }
}
