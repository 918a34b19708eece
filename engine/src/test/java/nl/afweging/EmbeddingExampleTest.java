// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.Fout;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Niveau;
import nl.afweging.model.Wet;
import nl.afweging.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code samples of docs/inbedden.md, kept compiling and true here, and on the page as they are here. */
class EmbeddingExampleTest {

    @Test
    void everySampleHereIsOnThePageAsItIsHere() throws Exception {
        Path source = TestEngines.root().resolve("engine/src/test/java/nl/afweging/EmbeddingExampleTest.java");
        assertThat(Samples.of(source)).hasSize(4).allSatisfy(sample -> assertThat(Samples.page("docs/inbedden.md")).contains(sample));
    }

    @Test
    void embeddingTheLibrary() {
        // --- docs/inbedden.md: embedding ---
        Engine engine = Engine.builder().build();          // the default afwegingskader; build once, share

        Aanvraag aanvraag = Aanvraag.builder("2026-000123", LocalDate.of(2026, 3, 1), Wet.WMO, 45)
                .soort(HulpvraagSoort.FINANCIEN)
                .zrm(Leefgebied.FINANCIEN, 2)
                .zrm(Leefgebied.HUISVESTING, 3)
                .build();
        Advies advies = engine.evaluate(aanvraag);         // thread-safe

        advies.niveau();                                    // LOKAAL_TEAM
        advies.route();                                     // why NORMALISATIE and SOCIALE_BASIS are not enough
        advies.regels();                                    // every fired rule: id, grondslag, uitleg, bron, gelezen
        String json = Json.write(advies);                   // the contract's JSON
        // --- end ---

        assertThat(advies.niveau()).isEqualTo(Niveau.LOKAAL_TEAM);
        assertThat(json).contains("\"niveau\":\"LOKAAL_TEAM\"");
    }

    @Test
    void theBuildersOptions(@TempDir Path tmp) throws Exception {
        Path regels = TestEngines.root().resolve("rules/2026.1");
        Path cacheFolder = tmp.resolve("cache");
        // --- docs/inbedden.md: options ---
        Engine engine = Engine.builder()
                .rules(regels)                      // a rule set from a folder (a copy of rules/) instead of the built-in one
                .cache(cacheFolder)                 // keep the compiled rule set there: the next start reads it instead of compiling
                .maxFirings(10_000)                 // at most this many rule firings per advice (the default; a loop stops here)
                .timeLimit(Duration.ofSeconds(2))   // at most this long per advice (the default)
                .build();
        // --- end ---
        Advies advies = engine.evaluate(Aanvraag.builder("opties-1", LocalDate.of(2026, 3, 1), Wet.WMO, 45)
                .soort(HulpvraagSoort.FINANCIEN).zrm(Leefgebied.FINANCIEN, 2).build());

        assertThat(advies.niveau()).isEqualTo(Niveau.LOKAAL_TEAM);
        try (var files = Files.list(cacheFolder)) {
            // The rules and, compiled apart, the parameter table.
            assertThat(files.filter(f -> f.toString().endsWith(".kjar"))).hasSize(2);
        }
    }

    @Test
    void reloadingWithoutARestart(@TempDir Path tmp) throws Exception {
        Path regelmap = tmp.resolve("regels");
        Files.createDirectories(regelmap);
        try (var files = Files.list(TestEngines.root().resolve("rules/2026.1"))) {
            for (Path f : files.toList()) {
                Files.copy(f, regelmap.resolve(f.getFileName()));
            }
        }
        Path cacheFolder = tmp.resolve("cache");
        Aanvraag aanvraag = Aanvraag.builder("herladen-1", LocalDate.of(2026, 3, 1), Wet.WMO, 45)
                .soort(HulpvraagSoort.FINANCIEN).zrm(Leefgebied.FINANCIEN, 2).build();
        // --- docs/inbedden.md: herladen ---
        ReloadableEngine regels = ReloadableEngine.load(Engine.builder()
                .rules(regelmap)                        // the folder that will change
                .cache(cacheFolder));                   // rules seen before are read compiled: a reload in a fraction of a second
        AutoCloseable bewaking = regels.watch(regelmap, Duration.ofSeconds(2)); // optional: reload once the folder is quiet for 2 s

        Engine engine = regels.current();               // take it once per advice, and use it for the whole advice
        Advies advies = engine.evaluate(aanvraag);

        ReloadableEngine.Herlading herlading = regels.reload(); // or by hand, for instance on a signal
        if (!herlading.vervangen()) {
            herlading.problemen().forEach(System.err::println); // file and line of every problem; the old rules keep advising
        }
        bewaking.close();                               // regels.close() stops every watch too
        // --- end ---
        regels.close();

        assertThat(advies.niveau()).isEqualTo(Niveau.LOKAAL_TEAM);
        assertThat(herlading.vervangen()).isTrue();
        assertThat(herlading.huidige()).isEqualTo(herlading.vorige()); // the same files: the same rule set, anew
        assertThat(regels.current()).isNotSameAs(engine);
    }

    @Test
    void jsonInJsonOutAndItsErrors() {
        Engine engine = TestEngines.standaard();
        // --- docs/inbedden.md: json ---
        try {
            String advies = engine.evaluateToJson("{\"id\": \"a-1\", \"peildatum\": \"2026-03-01\", \"wet\": \"WMO\"}");
        } catch (InvalidAanvraagException e) {
            for (Fout fout : e.fouten()) {
                System.err.println(fout.pad() + ": " + fout.gevonden() + " (toegestaan: " + fout.toegestaan() + ")");
            }
        }
        // --- end ---
        assertThatThrownBy(() -> engine.evaluateToJson("{\"id\": \"a-1\", \"peildatum\": \"2026-03-01\", \"wet\": \"WMO\"}"))
                .isInstanceOfSatisfying(InvalidAanvraagException.class,
                        e -> assertThat(e.fouten()).extracting(Fout::pad).containsExactly("/persoon", "/hulpvraag"));
    }
}
