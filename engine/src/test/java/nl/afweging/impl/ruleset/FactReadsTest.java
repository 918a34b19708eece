// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.afweging.feiten.Casus;
import nl.afweging.feiten.Profiel;
import org.junit.jupiter.api.Test;

/** The member-to-path map of the Casus comes from its @Leest annotations, by the word a rule writes. */
class FactReadsTest {

    @Test
    void theCasusReadsWhatTheHandWrittenMapSaid() {
        // The map Leesplan held by hand before the annotations; a new Casus member adds to it.
        Map<String, List<String>> before = Map.ofEntries(
                Map.entry("gemeente", List.of("gemeente")), Map.entry("wet", List.of("wet")),
                Map.entry("leeftijd", List.of("persoon.leeftijd")), Map.entry("soorten", List.of("hulpvraag.soorten")),
                Map.entry("heeftSoort", List.of("hulpvraag.soorten")), Map.entry("alleenSoort", List.of("hulpvraag.soorten")),
                Map.entry("duur", List.of("hulpvraag.duur")), Map.entry("veiligheid", List.of("veiligheid")),
                Map.entry("hulpGeaccepteerd", List.of("hulpGeaccepteerd")), Map.entry("wlz", List.of("wlz")),
                Map.entry("zvwAanspraak", List.of("zvwAanspraak")), Map.entry("verwijzer", List.of("verwijzer")),
                Map.entry("netwerkBeschikbaar", List.of("netwerk.beschikbaar")),
                Map.entry("mantelzorgerOverbelast", List.of("netwerk.mantelzorgerOverbelast")),
                Map.entry("peildatum", List.of("peildatum")));

        assertThat(FactReads.of(Casus.class)).containsAllEntriesOf(before);
    }

    @Test
    void aMemberIsNamedAsARuleWritesIt() throws NoSuchMethodException {
        assertThat(FactReads.word(Casus.class.getMethod("getLeeftijd"))).isEqualTo("leeftijd");
        assertThat(FactReads.word(Casus.class.getMethod("isHulpGeaccepteerd"))).isEqualTo("hulpGeaccepteerd");
        assertThat(FactReads.word(Casus.class.getMethod("heeftSoort", nl.afweging.model.HulpvraagSoort.class))).isEqualTo("heeftSoort");
        assertThat(FactReads.word(Profiel.class.getMethod("isHeeftScores"))).isEqualTo("heeftScores");
        assertThat(FactReads.word(Profiel.class.getMethod("score", nl.afweging.model.Leefgebied.class))).isEqualTo("score");
    }

    @Test
    void aMemberWithoutLeestReadsNothing() {
        assertThat(FactReads.of(nl.afweging.feiten.Besluit.class)).isEmpty();
        assertThat(FactReads.of(Profiel.class)).containsEntry("laagsteScore", List.of("zrm")).doesNotContainKey("niveau");
    }
}
