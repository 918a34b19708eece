// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

/**
 * The rule set failed on this aanvraag, so there is no advice: a rule threw an exception, or the rules left the
 * level open or gave it twice (a gap or overlap that {@code validate} can show). {@link #regelId()} and
 * {@link #bron()} name the rule when one is to blame. The aanvraag itself may be fine; the rule set needs a fix.
 */
public final class EvaluationException extends RuntimeException {
    /** The id of the rule that failed, or null. */
    private final String regelId;

    /** Where that rule is written, or null. */
    private final String bron;

    /**
     * A failure of the rule set on one aanvraag.
     *
     * @param regelId the rule to blame, or null
     * @param bron where it is written, or null
     * @param melding what happened, in Dutch
     */
    public EvaluationException(String regelId, String bron, String melding) {
        super(melding);
        this.regelId = regelId;
        this.bron = bron;
    }

    /**
     * The id of the rule that failed, or null when no single rule is to blame.
     *
     * @return the rule id, or null
     */
    public String regelId() {
        return regelId;
    }

    /**
     * Where that rule is written ({@code file:line} or a table row), or null.
     *
     * @return the place, or null
     */
    public String bron() {
        return bron;
    }
}
