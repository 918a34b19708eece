// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afweging.model.Duur;
import nl.afweging.impl.constraints.Geheel;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.impl.constraints.Lijst;
import nl.afweging.impl.constraints.NietNa;
import nl.afweging.impl.constraints.NietVoorRegels;
import nl.afweging.model.Niveau;
import nl.afweging.impl.constraints.Patroon;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.impl.constraints.Verplicht;
import nl.afweging.model.Verwijzer;
import nl.afweging.impl.constraints.VrijeTekst;
import nl.afweging.impl.constraints.Waarden;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/**
 * The aanvraag's declaration as it stood when the hand-written validator was replaced (0.1.0): the shape that
 * {@link HandwrittenAanvraagValidator} knows. The differential properties run the derived checks on this shape,
 * so they keep proving the machinery against the oracle when the model records gain a field; that the model
 * keeps every field of it as it was is {@link FrozenDeclarationTest}'s business. Never extend it.
 */
public final class FrozenDeclaration {
    static final Declaration AANVRAAG = Declaration.of(Aanvraag.class);

    private FrozenDeclaration() {}

    public record Aanvraag(
            @Verplicht
            @NietVoorRegels("een pseudoniem zaaknummer: het advies hangt nooit af van wie de aanvrager is")
            @Patroon(regex = "[A-Za-z0-9._-]{1,64}", toegestaan = "1 tot 64 tekens uit A-Z a-z 0-9 . _ - (een pseudoniem, nooit een BSN)")
            String id,
            @Verplicht LocalDate peildatum,
            @Patroon(regex = "[0-9]{4}", toegestaan = "een CBS-gemeentecode van 4 cijfers") String gemeente,
            @NietVoorRegels("alleen voor de simulatie: bundelkansen per wijk")
            @Patroon(regex = "WK[0-9]{6}", toegestaan = "een CBS-wijkcode: WK en 6 cijfers")
            String wijk,
            @Verplicht Wet wet,
            @Verplicht Persoon persoon,
            @Verplicht Hulpvraag hulpvraag,
            Map<Leefgebied, @Geheel(van = 1, totEnMet = 5) Integer> zrm,
            List<Huisgenoot> huisgenoten,
            Netwerk netwerk,
            Veiligheid veiligheid,
            Boolean hulpGeaccepteerd,
            Wlz wlz,
            Boolean zvwAanspraak,
            Verwijzer verwijzer,
            List<EerderTraject> eerdereTrajecten) {}

    public record Persoon(@Verplicht @Geheel(van = 0, totEnMet = 120) int leeftijd) {}

    public record Hulpvraag(
            @Verplicht @Lijst(minstens = 1, uniek = true, element = "soort") List<HulpvraagSoort> soorten,
            Duur duur,
            @NietVoorRegels("vrije tekst: een regel beslist nooit op wat iemand in eigen woorden schrijft")
            @VrijeTekst(max = 4000)
            String omschrijving) {}

    public record Huisgenoot(
            @Verplicht Relatie relatie,
            @Verplicht @Geheel(van = 0, totEnMet = 120) int leeftijd,
            boolean beschikbaar,
            boolean overbelast,
            boolean beperking) {}

    public record Netwerk(boolean beschikbaar, boolean mantelzorgerOverbelast) {}

    public record EerderTraject(
            @Verplicht @Waarden({"SOCIALE_BASIS", "LOKAAL_TEAM", "SPECIALISTISCH_MAATWERK"}) Niveau niveau,
            @Verplicht Resultaat resultaat,
            @Verplicht @NietNa("peildatum") LocalDate einddatum) {}
}
