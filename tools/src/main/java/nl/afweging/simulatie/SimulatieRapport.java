// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.simulatie;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Kostenindicatie;
import nl.afweging.model.Niveau;

/**
 * What a {@link Simulatie} found: one population of aanvragen through two rule sets, basis and kandidaat, as counts
 * only. Every map is sorted by its key, so the same input gives the same report. Its JSON form is described by
 * {@code nl/afweging/schema/simulatie.schema.json}.
 */
public record SimulatieRapport(
        String basis,
        String kandidaat,
        long aantal,
        long ongeldig,
        List<OngeldigeRegel> ongeldigeRegels,
        Verdeling niveaus,
        List<Stroom> stromen,
        Map<String, Deel> perWet,
        Map<String, Deel> perGemeente,
        Telpaar spoed,
        Map<String, Telpaar> verwijzingen,
        Map<String, Telpaar> aandachtspunten,
        Map<String, Telpaar> regels,
        Gewijzigd gewijzigd,
        Kosten kosten,
        int bundelMinimum,
        List<Bundelkans> bundelkansen) {

    /**
     * A line that gave no advice on one side or both, with why (the first problem). {@code regel} is its line number,
     * the name the JSON report keeps ({@code simulatie.schema.json}); in Java, read it as {@link #regelnummer()}.
     *
     * @param regel the line number in the input, from 1; deprecated as a Java name, where {@code regel} is a rule
     * @param reden why it gave no advice
     */
    public record OngeldigeRegel(@Deprecated long regel, String reden) {
        /**
         * The line number in the input, from 1.
         *
         * @return the line number
         */
        public long regelnummer() {
            return regel;
        }
    }

    /** How many aanvragen each side advised on each niveau (every niveau present, 0 included). */
    public record Verdeling(Map<Niveau, Long> basis, Map<Niveau, Long> kandidaat) {}

    /** How many aanvragen went from niveau {@code van} (basis) to {@code naar} (kandidaat); only counts above 0. */
    public record Stroom(Niveau van, Niveau naar, long aantal) {}

    /** The niveaus and flows of one part of the population (one wet, one gemeente). */
    public record Deel(long aantal, Verdeling niveaus, List<Stroom> stromen) {}

    /** A count on each side. */
    public record Telpaar(long basis, long kandidaat) {}

    /** The aanvragen whose advice changed: how many, and the first ids (at most the cap, in input order). */
    public record Gewijzigd(long aantal, List<String> ids, boolean afgekapt) {}

    /** The cost reference of both sides, with the statement that it is no budget. */
    public record Kosten(String toelichting, Kostenkant basis, Kostenkant kandidaat) {}

    /** One side's cost reference: per niveau of the advice, and in total. */
    public record Kostenkant(Map<Niveau, Kostensom> perNiveau, Kostensom totaal) {}

    /**
     * Summed kostenindicaties of the suggested voorzieningen, one sum per eenheid (never mixed); voorzieningen
     * without an amount are counted apart, not as zero.
     */
    public record Kostensom(List<Bedrag> bedragen, long zonderBedrag) {}

    /** The sum of {@code aantal} amounts in one eenheid (such as "per uur"). */
    public record Bedrag(String eenheid, BigDecimal bedrag, long aantal) {}

    /**
     * At least {@link #bundelMinimum} aanvragen in one wijk with the same soort hulpvraag on one niveau (lokaal team
     * or maatwerk, kandidaat side) for which the catalogue has a collective offer on a lower niveau.
     */
    public record Bundelkans(String wijk, HulpvraagSoort soort, Niveau niveau, long aantal, List<Aanbod> voorzieningen) {}

    /** A collective voorziening from the kandidaat's catalogue; kostenindicatie null when it gives no amount. */
    public record Aanbod(String code, String naam, Niveau niveau, Kostenindicatie kostenindicatie) {}
}
