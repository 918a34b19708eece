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

    public ReplayCase {
        verschillen = List.copyOf(verschillen);
        nietMeerGevuurd = List.copyOf(nietMeerGevuurd);
        nieuwGevuurd = List.copyOf(nieuwGevuurd);
        gevuurd = List.copyOf(gevuurd);
    }

    public boolean isGeslaagd() {
        return status == Status.GESLAAGD;
    }

    static ReplayCase nietAfTeSpelen(long nummer, String naam, String melding) {
        return new ReplayCase(nummer, naam, Status.NIET_AF_TE_SPELEN, List.of(), List.of(), List.of(), List.of(), melding);
    }
}
