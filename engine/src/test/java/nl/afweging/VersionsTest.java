// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelset;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions with dates of effect: the aanvraag's peildatum chooses the version, the advies names it (issue 11, point 3). */
class VersionsTest {
    private static final Path RULES = TestEngines.root().resolve("rules");

    @TempDir
    Path dir;

    /** The fixtures' aanvraag with two leefgebieden at score 3, on another peildatum. */
    @Test
    void theSameAanvraagIsAdvisedByTheVersionInForceOnItsPeildatum() {
        for (Engine engine : List.of(TestEngines.standaard(), Engine.builder().rules(RULES).build())) {
            Advies in2026 = engine.evaluate(TestRules.tweeLeefgebieden("2026-06-01"));
            Advies in2027 = engine.evaluate(TestRules.tweeLeefgebieden("2027-06-01"));

            assertThat(in2026.regelset().versie()).isEqualTo("2026.1");
            assertThat(in2027.regelset().versie()).isEqualTo("2027.1");
            assertThat(in2027.regelset().geldigVanaf()).isEqualTo(LocalDate.parse("2027-01-01"));
            // 2027.1 counts meervoudige problematiek from two leefgebieden: L3 and L6 instead of L2.
            assertThat(in2026.regelIds()).containsExactly("L2");
            assertThat(in2027.regelIds()).containsExactlyInAnyOrder("L3", "L6");
            assertThat(in2027.regels()).filteredOn(r -> r.id().equals("L6")).singleElement()
                    .satisfies(r -> assertThat(r.gelezen()).containsEntry("parameter.meervoudigVanaf", 2));
        }
    }

    @Test
    void theLastDayOf2026IsStill2026AndTheFirstOf2027IsNot() {
        Engine engine = TestEngines.standaard();
        assertThat(engine.evaluate(TestRules.tweeLeefgebieden("2026-12-31")).regelset().versie()).isEqualTo("2026.1");
        assertThat(engine.evaluate(TestRules.tweeLeefgebieden("2027-01-01")).regelset().versie()).isEqualTo("2027.1");
        assertThat(engine.regelset(LocalDate.parse("2026-12-31"), null).versie()).isEqualTo("2026.1");
        assertThat(engine.regelsets()).extracting(Regelset::versie).containsExactly("2026.1", "2026.1", "2027.1", "2027.1");
    }

    @Test
    void aPeildatumNoVersionCoversIsAnInvalidAanvraagNamingTheVersions() {
        assertThatThrownBy(() -> TestEngines.standaard().evaluate(TestRules.tweeLeefgebieden("2025-12-31")))
                .isInstanceOfSatisfying(InvalidAanvraagException.class, e -> assertThat(e.fouten()).singleElement().satisfies(f -> {
                    assertThat(f.pad()).isEqualTo("/peildatum");
                    assertThat(f.toegestaan()).contains("2026.1 (2026-01-01 t/m 2026-12-31)", "2027.1 (vanaf 2027-01-01)");
                }));
    }

    @Test
    void overlappingVersionsDoNotLoadAndValidateNamesThem() {
        Path rules = BrokenRules.copyAll(dir);
        BrokenRules.edit(rules, "2026.1/regelset.json", "\"geldigVanaf\": \"2026-01-01\",",
                "\"geldigVanaf\": \"2026-01-01\",\n  \"geldigTot\": \"2027-03-31\",");

        assertThatThrownBy(() -> Engine.builder().rules(rules).build()).isInstanceOfSatisfying(RuleSetLoadException.class,
                e -> assertThat(e.problems()).extracting(LoadProblem::code).containsExactly(ProblemCode.VERSIES_OVERLAPPEN));
        assertThat(RuleSetCheck.check(rules).bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.VERSIES_OVERLAPPEN);
            assertThat(p.bestand()).isEqualTo("2027.1/regelset.json");
            assertThat(p.melding()).contains("2026-12-31");
        });
    }

    @Test
    void aGapBetweenVersionsIsAFindingAndADayInItGetsNoAdvice() {
        Path rules = BrokenRules.copyAll(dir);
        BrokenRules.edit(rules, "2026.1/regelset.json", "\"geldigVanaf\": \"2026-01-01\",",
                "\"geldigVanaf\": \"2026-01-01\",\n  \"geldigTot\": \"2026-11-30\",");

        assertThat(RuleSetCheck.check(rules).bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.VERSIES_GAT);
            assertThat(p.melding()).contains("van 2026-12-01 t/m 2026-12-31 geldt geen versie");
        });
        Engine engine = Engine.builder().rules(rules).build();
        assertThat(engine.evaluate(TestRules.tweeLeefgebieden("2026-11-30")).regelset().versie()).isEqualTo("2026.1");
        assertThatThrownBy(() -> engine.evaluate(TestRules.tweeLeefgebieden("2026-12-15"))).isInstanceOf(InvalidAanvraagException.class);
    }

    @Test
    void aGeldigTotBeforeGeldigVanafIsRefused() {
        Path rules = BrokenRules.copy(dir);
        BrokenRules.edit(rules, "regelset.json", "\"geldigVanaf\": \"2026-01-01\",",
                "\"geldigVanaf\": \"2026-01-01\",\n  \"geldigTot\": \"2025-12-31\",");
        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(LoadProblem::code).contains(ProblemCode.MANIFEST_DATUM_ONGELDIG);
    }

    @Test
    void ruleFilesBesideVersionFoldersAreRefused() {
        Path rules = BrokenRules.copyAll(dir);
        BrokenRules.create(rules, "extra.drl", "package nl.afweging.regels;\n");
        assertThat(RuleSetCheck.check(rules).bevindingen()).extracting(LoadProblem::code).containsExactly(ProblemCode.INDELING_ONGELDIG);
    }

    @Test
    void theRecordApiChoosesTheVersionToo() {
        Aanvraag aanvraag = Json.readAanvraag(TestRules.tweeLeefgebieden("2027-02-01"));
        assertThat(TestEngines.standaard().evaluate(aanvraag).regelset().versie()).isEqualTo("2027.1");
    }

    @Test
    void anEngineForOneAanvraagLoadsOnlyTheRulesItRunsOn() {
        Engine bladel2027 = Engine.builder().rules(RULES).onlyFor(LocalDate.parse("2027-06-01"), "1728").build();
        assertThat(bladel2027.regelsets()).extracting(r -> r.versie() + (r.gemeente() == null ? "" : "+" + r.gemeente().code()))
                .containsExactly("2027.1", "2027.1+1728");
        Advies advies = bladel2027.evaluate(TestRules.tweeLeefgebieden("2027-06-01").replace("\"wet\"", "\"gemeente\": \"1728\", \"wet\""));
        assertThat(advies.regelset()).isEqualTo(TestEngines.standaard().regelset(LocalDate.parse("2027-06-01"), "1728"));
        // Another day needs rules it did not load: said so, never advised with the wrong version.
        assertThatThrownBy(() -> bladel2027.evaluate(TestRules.tweeLeefgebieden("2026-06-01"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026-06-01");

        Engine geenVersie = Engine.builder().rules(RULES).onlyFor(LocalDate.parse("2025-06-01"), null).build();
        assertThatThrownBy(() -> geenVersie.evaluate(TestRules.tweeLeefgebieden("2025-06-01"))).isInstanceOf(InvalidAanvraagException.class)
                .hasMessageContaining("2026.1 (2026-01-01 t/m 2026-12-31)");
    }

    @Test
    void anEngineForOneAanvraagDoesNotReadTheOtherVersions() {
        // A version that does not compile is not read for an aanvraag of another year; validate still finds it.
        Path rules = BrokenRules.edit(BrokenRules.copyAll(dir), "2027.1/trajecten.drl", "then\n    insert(new Vloer(", "then\n    insert(new Vloerr(");
        Engine in2026 = Engine.builder().rules(rules).onlyFor(LocalDate.parse("2026-06-01"), null).build();
        assertThat(in2026.evaluate(TestRules.tweeLeefgebieden("2026-06-01")).regelset().versie()).isEqualTo("2026.1");
        assertThatThrownBy(() -> Engine.builder().rules(rules).build()).isInstanceOf(RuleSetLoadException.class);
        assertThat(RuleSetCheck.check(rules).bevindingen()).isNotEmpty().allSatisfy(p -> assertThat(p.bestand()).startsWith("2027.1/"));
    }

    @Test
    void twoVersionsThatStartOnTheSameDayOverlap() {
        Path rules = BrokenRules.copyAll(dir);
        BrokenRules.edit(rules, "2027.1/regelset.json", "\"geldigVanaf\": \"2027-01-01\"", "\"geldigVanaf\": \"2026-01-01\"");
        assertThat(RuleSetCheck.check(rules).bevindingen()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.VERSIES_OVERLAPPEN);
            assertThat(p.melding()).contains("beginnen allebei op 2026-01-01");
        });
    }

    @Test
    void anEngineMayBePinnedToOneVersionOrOneGemeenteForASimulation() {
        Engine versie2027 = Engine.builder().rules(RULES).fixedVersie("2027.1").build();
        Engine bladel = Engine.builder().rules(RULES).fixedGemeente("1728").build();

        // The peildatum of 2026 no longer chooses: 2027.1 advises, with its meervoudigVanaf of 2.
        Advies advies = versie2027.evaluate(TestRules.tweeLeefgebieden("2026-06-01"));
        assertThat(advies.regelset().versie()).isEqualTo("2027.1");
        assertThat(advies.regelIds()).containsExactlyInAnyOrder("L3", "L6");
        assertThat(versie2027.evaluate(TestRules.tweeLeefgebieden("2025-01-01")).regelset().versie()).isEqualTo("2027.1");
        // Every aanvraag gets Bladel's regels, whatever its own gemeente; the version still follows the peildatum.
        Advies elders = bladel.evaluate(TestRules.tweeLeefgebieden("2026-06-01").replace("\"wet\"", "\"gemeente\": \"0840\", \"wet\""));
        assertThat(elders.regelset().gemeente().code()).isEqualTo("1728");
        assertThat(elders.regelset().versie()).isEqualTo("2026.1");

        assertThatThrownBy(() -> Engine.builder().rules(RULES).fixedVersie("2030.1").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027.1");
        assertThatThrownBy(() -> Engine.builder().rules(RULES).fixedGemeente("0840").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1728");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theNamesOf030StillPinAVersionAndAGemeente() {
        Engine oud = Engine.builder().rules(RULES).versie("2027.1").gemeente("1728").build();
        Advies advies = oud.evaluate(TestRules.tweeLeefgebieden("2026-06-01"));
        assertThat(advies.regelset().versie()).isEqualTo("2027.1");
        assertThat(advies.regelset().gemeente().code()).isEqualTo("1728");
    }
}
