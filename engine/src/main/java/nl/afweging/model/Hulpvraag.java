// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.util.List;
import nl.afweging.impl.constraints.Lijst;
import nl.afweging.impl.constraints.NietVoorRegels;
import nl.afweging.impl.constraints.Verplicht;
import nl.afweging.impl.constraints.VrijeTekst;

/**
 * Wat de aanvrager vraagt. {@code omschrijving} is vrije tekst: the engine never logs it, never puts it in
 * an advies and never writes it to an audit record.
 */
public record Hulpvraag(
        @Verplicht @Lijst(minstens = 1, uniek = true, element = "soort") List<HulpvraagSoort> soorten,
        Duur duur,
        @NietVoorRegels("vrije tekst: een regel beslist nooit op wat iemand in eigen woorden schrijft")
        @VrijeTekst(max = 4000)
        String omschrijving) {
    /**
     * Keeps an unmodifiable copy of {@code soorten}; {@code duur} is {@code LANG} when left out.
     *
     * @param soorten the soorten of help asked for
     * @param duur how long help is needed; {@code LANG} when null
     * @param omschrijving the question in the person's own words, or null
     */
    public Hulpvraag {
        soorten = soorten == null ? List.of() : List.copyOf(soorten);
        duur = duur == null ? Duur.LANG : duur;
    }

    /**
     * A long hulpvraag of these soorten, without omschrijving.
     *
     * @param soorten the soorten
     */
    public Hulpvraag(List<HulpvraagSoort> soorten) {
        this(soorten, Duur.LANG, null);
    }
}
