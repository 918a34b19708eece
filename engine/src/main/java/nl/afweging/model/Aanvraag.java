// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.afweging.impl.constraints.GeenBsn;
import nl.afweging.impl.constraints.Geheel;
import nl.afweging.impl.constraints.Lijst;
import nl.afweging.impl.constraints.NietVoorRegels;
import nl.afweging.impl.constraints.Patroon;
import nl.afweging.impl.constraints.Verplicht;

/**
 * Een hulpvraag zoals het contract hem beschrijft. Optional fields get their contract default here, so a
 * rule never sees {@code null}. Build one with {@link #builder(String, LocalDate, Wet, int)} or read it from
 * JSON with {@link nl.afweging.Json#readAanvraag(String)}.
 *
 * <p>This record and the records it holds are the one declaration of the aanvraag's shape: the component order is
 * the field order, the annotations on its components ({@code @Verplicht}, {@code @Patroon}, ...; internal, see the
 * package's description) say what each field may hold. The engine's checks and the reading of contract paths follow
 * from them; {@code aanvraag.schema.json} is held to them by a test.
 */
public record Aanvraag(
        @Verplicht
        @NietVoorRegels("een pseudoniem zaaknummer: het advies hangt nooit af van wie de aanvrager is")
        @Patroon(regex = "[A-Za-z0-9._-]{1,64}", toegestaan = "1 tot 64 tekens uit A-Z a-z 0-9 . _ - (een pseudoniem, nooit een BSN)")
        @GeenBsn
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
        @Lijst(maximaal = 25, elementen = "huisgenoten") List<Huisgenoot> huisgenoten,
        Netwerk netwerk,
        Veiligheid veiligheid,
        Boolean hulpGeaccepteerd,
        Wlz wlz,
        Boolean zvwAanspraak,
        Verwijzer verwijzer,
        @Lijst(maximaal = 100, elementen = "eerdere trajecten") List<EerderTraject> eerdereTrajecten) {

    /**
     * Fills in the defaults of the optional fields left null (no huisgenoten, netwerk {@link Netwerk#GEEN}, veiligheid
     * and wlz {@code GEEN}, hulp geaccepteerd, no Zvw-aanspraak, verwijzer {@code GEEN}) and keeps unmodifiable copies
     * of every collection.
     *
     * @param id the pseudonymous case number, never a BSN
     * @param peildatum the day the rules are applied for; it chooses the rule set
     * @param gemeente the CBS gemeente code, or null
     * @param wijk the CBS wijk code, or null
     * @param wet the law the aanvraag falls under
     * @param persoon the person asking
     * @param hulpvraag what help is asked for
     * @param zrm the ZRM scores by leefgebied, 1 to 5
     * @param huisgenoten the people in the household
     * @param netwerk the social network
     * @param veiligheid the safety situation
     * @param hulpGeaccepteerd whether the person accepts help
     * @param wlz the Wlz situation
     * @param zvwAanspraak whether there is a claim under the Zvw
     * @param verwijzer who referred the person
     * @param eerdereTrajecten earlier trajecten
     */
    public Aanvraag {
        zrm = zrm == null || zrm.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(zrm));
        huisgenoten = huisgenoten == null ? List.of() : List.copyOf(huisgenoten);
        netwerk = netwerk == null ? Netwerk.GEEN : netwerk;
        veiligheid = veiligheid == null ? Veiligheid.GEEN : veiligheid;
        hulpGeaccepteerd = hulpGeaccepteerd == null ? Boolean.TRUE : hulpGeaccepteerd;
        wlz = wlz == null ? Wlz.GEEN : wlz;
        zvwAanspraak = zvwAanspraak == null ? Boolean.FALSE : zvwAanspraak;
        verwijzer = verwijzer == null ? Verwijzer.GEEN : verwijzer;
        eerdereTrajecten = eerdereTrajecten == null ? List.of() : List.copyOf(eerdereTrajecten);
    }

    /**
     * A builder with the four required fields; every other field starts at its default.
     *
     * @param id the pseudonymous case number
     * @param peildatum the day the rules are applied for
     * @param wet the law the aanvraag falls under
     * @param leeftijd the person's age in years
     * @return a new builder
     */
    public static Builder builder(String id, LocalDate peildatum, Wet wet, int leeftijd) {
        return new Builder(id, peildatum, wet, leeftijd);
    }

    /** Builds an {@link Aanvraag} step by step; every field not set keeps its contract default. */
    public static final class Builder {
        private final String id;
        private final LocalDate peildatum;
        private final Wet wet;
        private final int leeftijd;
        private String gemeente;
        private String wijk;
        private final List<HulpvraagSoort> soorten = new ArrayList<>();
        private Duur duur = Duur.LANG;
        private String omschrijving;
        private final Map<Leefgebied, Integer> zrm = new EnumMap<>(Leefgebied.class);
        private final List<Huisgenoot> huisgenoten = new ArrayList<>();
        private Netwerk netwerk = Netwerk.GEEN;
        private Veiligheid veiligheid = Veiligheid.GEEN;
        private boolean hulpGeaccepteerd = true;
        private Wlz wlz = Wlz.GEEN;
        private boolean zvwAanspraak;
        private Verwijzer verwijzer = Verwijzer.GEEN;
        private final List<EerderTraject> eerdereTrajecten = new ArrayList<>();

        private Builder(String id, LocalDate peildatum, Wet wet, int leeftijd) {
            this.id = id;
            this.peildatum = peildatum;
            this.wet = wet;
            this.leeftijd = leeftijd;
        }

        /**
         * The CBS gemeente code.
         *
         * @param gemeente four digits
         * @return this builder
         */
        public Builder gemeente(String gemeente) { this.gemeente = gemeente; return this; }

        /**
         * The CBS wijk code.
         *
         * @param wijk {@code WK} and six digits
         * @return this builder
         */
        public Builder wijk(String wijk) { this.wijk = wijk; return this; }

        /**
         * Adds a soort of hulpvraag.
         *
         * @param soort the soort
         * @return this builder
         */
        public Builder soort(HulpvraagSoort soort) { soorten.add(soort); return this; }

        /**
         * How long the help is needed (default {@code LANG}).
         *
         * @param duur the duur
         * @return this builder
         */
        public Builder duur(Duur duur) { this.duur = duur; return this; }

        /**
         * The hulpvraag in the person's own words; no rule reads it.
         *
         * @param omschrijving free text
         * @return this builder
         */
        public Builder omschrijving(String omschrijving) { this.omschrijving = omschrijving; return this; }

        /**
         * Adds a ZRM score.
         *
         * @param leefgebied the leefgebied
         * @param score 1 to 5
         * @return this builder
         */
        public Builder zrm(Leefgebied leefgebied, int score) { zrm.put(leefgebied, score); return this; }

        /**
         * Adds a huisgenoot.
         *
         * @param huisgenoot the huisgenoot
         * @return this builder
         */
        public Builder huisgenoot(Huisgenoot huisgenoot) { huisgenoten.add(huisgenoot); return this; }

        /**
         * The social network.
         *
         * @param netwerk the netwerk
         * @return this builder
         */
        public Builder netwerk(Netwerk netwerk) { this.netwerk = netwerk; return this; }

        /**
         * The safety situation (default {@code GEEN}).
         *
         * @param veiligheid the veiligheid
         * @return this builder
         */
        public Builder veiligheid(Veiligheid veiligheid) { this.veiligheid = veiligheid; return this; }

        /**
         * Whether the person accepts help (default true).
         *
         * @param waarde true when help is accepted
         * @return this builder
         */
        public Builder hulpGeaccepteerd(boolean waarde) { this.hulpGeaccepteerd = waarde; return this; }

        /**
         * The Wlz situation (default {@code GEEN}).
         *
         * @param wlz the wlz
         * @return this builder
         */
        public Builder wlz(Wlz wlz) { this.wlz = wlz; return this; }

        /**
         * Whether there is a claim under the Zvw (default false).
         *
         * @param waarde true when there is
         * @return this builder
         */
        public Builder zvwAanspraak(boolean waarde) { this.zvwAanspraak = waarde; return this; }

        /**
         * Who referred the person (default {@code GEEN}).
         *
         * @param verwijzer the verwijzer
         * @return this builder
         */
        public Builder verwijzer(Verwijzer verwijzer) { this.verwijzer = verwijzer; return this; }

        /**
         * Adds an earlier traject.
         *
         * @param traject the traject
         * @return this builder
         */
        public Builder eerderTraject(EerderTraject traject) { eerdereTrajecten.add(traject); return this; }

        /**
         * The aanvraag; not yet validated ({@code Engine.evaluate} validates it).
         *
         * @return the aanvraag
         */
        public Aanvraag build() {
            return new Aanvraag(id, peildatum, gemeente, wijk, wet, new Persoon(leeftijd),
                    new Hulpvraag(soorten, duur, omschrijving), zrm, huisgenoten, netwerk, veiligheid,
                    hulpGeaccepteerd, wlz, zvwAanspraak, verwijzer, eerdereTrajecten);
        }
    }
}
