// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.afweging.impl.constraints.Geheel;
import nl.afweging.impl.constraints.VrijeTekst;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.impl.constraints.Lijst;
import nl.afweging.impl.constraints.NietNa;
import nl.afweging.impl.constraints.Patroon;
import nl.afweging.model.Relatie;
import nl.afweging.impl.constraints.Waarden;
import org.junit.jupiter.api.Test;

/** A declaration the checkers could not honour is refused when it is read, naming the component and why. */
public class DeclarationTest {
    public record TekstZonderPatroon(String code) {}

    public record GetalZonderBereik(int aantal) {}

    public record GeheelOpTekst(@Geheel(van = 1, totEnMet = 2) @Patroon(regex = "x", toegestaan = "x") String code) {}

    public record NietNaOnbekend(@NietNa("peildatum") LocalDate einddatum) {}

    public record NietNaLater(@NietNa("peildatum") LocalDate einddatum, LocalDate peildatum) {}

    public record WaardeBestaatNiet(@Waarden({"PARTNER", "BUURMAN"}) Relatie relatie) {}

    public record Ding(boolean aan) {}

    public record UniekeRecords(@Lijst(uniek = true, element = "ding") List<Ding> dingen) {}

    public record MinstensZonderElement(@Lijst(minstens = 1) List<HulpvraagSoort> soorten) {}

    public record Goed(@Lijst(minstens = 1, uniek = true, element = "soort") List<HulpvraagSoort> soorten, LocalDate peildatum,
                       @NietNa("peildatum") LocalDate einddatum) {}

    @Test
    void whatTheChecksCannotHonourIsRefused() {
        assertRefused(TekstZonderPatroon.class, "TekstZonderPatroon.code: een tekst heeft @Patroon of @VrijeTekst nodig");
        assertRefused(GetalZonderBereik.class, "GetalZonderBereik.aantal: een geheel getal heeft @Geheel(van, totEnMet) nodig");
        assertRefused(GeheelOpTekst.class, "GeheelOpTekst.code: @Geheel zegt niets over een String");
        assertRefused(NietNaOnbekend.class, "NietNaOnbekend.einddatum: @NietNa(\"peildatum\") noemt geen datum van de aanvraag die ervoor staat");
        assertRefused(NietNaLater.class, "NietNaLater.einddatum: @NietNa(\"peildatum\") noemt geen datum");
        assertRefused(WaardeBestaatNiet.class, "WaardeBestaatNiet.relatie: @Waarden noemt BUURMAN, geen waarde van Relatie");
        assertRefused(UniekeRecords.class, "UniekeRecords.dingen: @Lijst(uniek = true) alleen voor een lijst van enumwaarden");
        assertRefused(MinstensZonderElement.class, "MinstensZonderElement.soorten: @Lijst met minstens of uniek noemt ook het element");
    }

    @Test
    void aSoundDeclarationIsRead() {
        Shape.Obj goed = Declaration.of(Goed.class).root();

        assertThat(goed.fields()).extracting(Shape.Field::name).containsExactly("soorten", "peildatum", "einddatum");
        assertThat(((Shape.ListOf) goed.fields().get(0).shape()).tooShort()).startsWith("minstens één soort: HUISHOUDEN, ");
        assertThat(((Shape.Date) goed.fields().get(2).shape()).notAfterSlot()).isEqualTo(((Shape.Date) goed.fields().get(1).shape()).slot());
    }

    private static void assertRefused(Class<? extends Record> type, String message) {
        assertThatThrownBy(() -> Declaration.of(type)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("De vorm van de aanvraag: " + message);
    }
}
