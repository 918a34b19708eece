// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.util.List;

/**
 * The explained advice for one aanvraag: the lowest sufficient {@code niveau}, the route past every lower
 * level, every rule that fired and the rule set that made it. It supports a professional; it never decides
 * ({@code menselijkeBeoordelingVereist} is always true).
 */
public record Advies(
        String aanvraagId,
        Niveau niveau,
        boolean spoed,
        List<String> verwijzingen,
        List<String> aandachtspunten,
        List<RouteStap> route,
        List<Voorziening> voorzieningen,
        String toelichting,
        List<ToegepasteRegel> regels,
        boolean menselijkeBeoordelingVereist,
        Regelset regelset,
        String engineVersie) {

    /**
     * Keeps unmodifiable copies of every list.
     *
     * @param aanvraagId the id of the aanvraag
     * @param niveau the lowest sufficient level
     * @param spoed whether help is urgent
     * @param verwijzingen referrals to other domains
     * @param aandachtspunten points of attention for the professional
     * @param route one step per level up to the advice
     * @param voorzieningen the voorzieningen that fit
     * @param toelichting the advice in words
     * @param regels every rule that fired, in firing order
     * @param menselijkeBeoordelingVereist always true
     * @param regelset the rule set that made the advice
     * @param engineVersie the version of the library
     */
    public Advies {
        verwijzingen = List.copyOf(verwijzingen);
        aandachtspunten = List.copyOf(aandachtspunten);
        route = List.copyOf(route);
        voorzieningen = List.copyOf(voorzieningen);
        regels = List.copyOf(regels);
    }

    /**
     * The ids of the fired rules, in firing order.
     *
     * @return the rule ids
     */
    public List<String> regelIds() {
        return regels.stream().map(ToegepasteRegel::id).toList();
    }
}
