// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

import java.util.List;

/**
 * One replayed case: a fixture, or a record of an audit log. {@code gevuurd} are the ids of the rules that
 * fired now; {@code nietMeerGevuurd} and {@code nieuwGevuurd} compare them with what was expected;
 * {@code melding} says why a case could not be replayed at all.
 */
public record ReplayCase(long nummer, String naam, Status status, List<Verschil> verschillen, List<String> nietMeerGevuurd,
                         List<String> nieuwGevuurd, List<String> gevuurd, String melding) {

    /** How a case turned out. */
    public enum Status {
        /** The engine gives what was expected. */
        GESLAAGD,
        /** The engine gives something else; see {@code verschillen}. */
        VERSCHIL,
        /** The case could not be replayed (its rule set is not available, or the record or fixture is unreadable). */
        NIET_AF_TE_SPELEN,
        /** The audit record breaks the chain (changed, removed, re-chained, not signed by the writer); see {@code melding}. */
        KETEN_GEBROKEN
    }

    /**
     * Keeps unmodifiable copies of every list.
     *
     * @param nummer the case's number
     * @param naam its name
     * @param status how it turned out
     * @param verschillen every difference from what was expected
     * @param nietMeerGevuurd rules expected that did not fire
     * @param nieuwGevuurd rules that fired and were not expected
     * @param gevuurd the rules that fired now
     * @param melding why the case could not be replayed, or null
     */
    public ReplayCase {
        verschillen = List.copyOf(verschillen);
        nietMeerGevuurd = List.copyOf(nietMeerGevuurd);
        nieuwGevuurd = List.copyOf(nieuwGevuurd);
        gevuurd = List.copyOf(gevuurd);
    }

    /**
     * True when the case reproduced.
     *
     * @return whether its status is {@code GESLAAGD}
     */
    public boolean isGeslaagd() {
        return status == Status.GESLAAGD;
    }

    static ReplayCase nietAfTeSpelen(long nummer, String naam, String melding) {
        return new ReplayCase(nummer, naam, Status.NIET_AF_TE_SPELEN, List.of(), List.of(), List.of(), List.of(), melding);
    }
}
