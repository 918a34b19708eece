// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Duur;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Netwerk;
import nl.afweging.model.Niveau;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;
import org.junit.jupiter.api.Test;

/** A contract path reads what the record holds there, through the declaration. */
class ContractPathsTest {
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 3, 1);
    private final Huisgenoot partner = new Huisgenoot(Relatie.PARTNER, 44, true, false, false);
    private final EerderTraject traject = new EerderTraject(Niveau.SOCIALE_BASIS, Resultaat.ONVOLDOENDE, PEILDATUM.minusMonths(4));
    private final Aanvraag aanvraag = Aanvraag.builder("2026-000123", PEILDATUM, Wet.JEUGDWET, 15).gemeente("0840")
            .wijk("WK084001").soort(HulpvraagSoort.FINANCIEN).soort(HulpvraagSoort.BEGELEIDING).duur(Duur.KORT)
            .omschrijving("vrije tekst").zrm(Leefgebied.FINANCIEN, 2).zrm(Leefgebied.JUSTITIE, 4).huisgenoot(partner)
            .netwerk(new Netwerk(true, false)).veiligheid(Veiligheid.ZORGEN).hulpGeaccepteerd(false).wlz(Wlz.VERMOEDEN)
            .zvwAanspraak(true).verwijzer(Verwijzer.JEUGDARTS).eerderTraject(traject).build();

    @Test
    void everyPathReadsItsValue() {
        Map<String, Object> expected = Map.ofEntries(
                Map.entry("id", "2026-000123"), Map.entry("peildatum", PEILDATUM), Map.entry("gemeente", "0840"),
                Map.entry("wijk", "WK084001"), Map.entry("wet", Wet.JEUGDWET), Map.entry("persoon", aanvraag.persoon()),
                Map.entry("persoon.leeftijd", 15), Map.entry("hulpvraag", aanvraag.hulpvraag()),
                Map.entry("hulpvraag.soorten", List.of(HulpvraagSoort.FINANCIEN, HulpvraagSoort.BEGELEIDING)),
                Map.entry("hulpvraag.duur", Duur.KORT), Map.entry("hulpvraag.omschrijving", "vrije tekst"),
                Map.entry("zrm", Map.of(Leefgebied.FINANCIEN, 2, Leefgebied.JUSTITIE, 4)), Map.entry("zrm.FINANCIEN", 2),
                Map.entry("huisgenoten", List.of(partner)), Map.entry("netwerk", new Netwerk(true, false)),
                Map.entry("netwerk.beschikbaar", true), Map.entry("netwerk.mantelzorgerOverbelast", false),
                Map.entry("veiligheid", Veiligheid.ZORGEN), Map.entry("hulpGeaccepteerd", false), Map.entry("wlz", Wlz.VERMOEDEN),
                Map.entry("zvwAanspraak", true), Map.entry("verwijzer", Verwijzer.JEUGDARTS),
                Map.entry("eerdereTrajecten", List.of(traject)));

        expected.forEach((path, value) -> assertThat(ContractPaths.reader(path).read(aanvraag)).as(path).isEqualTo(value));
    }

    @Test
    void aMapIsAPathAndSoIsEachKeyEvenWithoutAValue() {
        assertThat(ContractPaths.reader("zrm").map()).isTrue();
        assertThat(ContractPaths.reader("zrm.FINANCIEN").map()).isFalse();
        assertThat(ContractPaths.reader("zrm.HUISVESTING").read(aanvraag)).isNull();
        assertThat(ContractPaths.reader("persoon.leeftijd").map()).isFalse();
    }

    @Test
    void aPathTheContractLacksIsRefused() {
        assertThat(ContractPaths.exists("persoon.bsn")).isFalse();
        assertThat(ContractPaths.exists("zrm.VERSLAVING")).isFalse();
        // The elements of a list have no path of their own: a rule reading a huisgenoot shows the list.
        assertThat(ContractPaths.exists("huisgenoten.relatie")).isFalse();
        assertThatThrownBy(() -> ContractPaths.reader("persoon.bsn")).hasMessage("Onbekend pad persoon.bsn");
    }
}
