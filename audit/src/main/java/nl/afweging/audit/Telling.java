// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

/**
 * Counts for one group of advice: how many adviezen, how many got a besluit, how many of those followed the advice,
 * and how many decided a higher or a lower level.
 */
public record Telling(long adviezen, long besluiten, long gevolgd, long hoger, long lager) {
    Telling plus(long adviezen, long besluiten, long gevolgd, long hoger, long lager) {
        return new Telling(this.adviezen + adviezen, this.besluiten + besluiten, this.gevolgd + gevolgd, this.hoger + hoger,
                this.lager + lager);
    }
}
