// SPDX-License-Identifier: EUPL-1.2
package voorbeeld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.afweging.RuleSetLoadException;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Wet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The example application, run with the logging backend its surefire execution leaves on the class path. */
class VoorbeeldTest {
    @TempDir
    Path tmp;

    @Test
    void theBackendOfThisRunIsTheOneSlf4jUses() {
        String backend = System.getProperty("backend");
        String factory = LoggerFactory.getILoggerFactory().getClass().getName();
        switch (backend) {
            case "slf4j-simple" -> assertEquals("org.slf4j.simple.SimpleLoggerFactory", factory);
            case "logback" -> assertEquals("ch.qos.logback.classic.LoggerContext", factory);
            case "log4j2" -> assertEquals("org.apache.logging.slf4j.Log4jLoggerFactory", factory);
            default -> throw new AssertionError("onbekende backend " + backend);
        }
    }

    /** The engine as a dependency brings no Excel stack: that is afweging-tabellen's, for rules kept as workbooks. */
    @Test
    void theEngineBringsNoApachePoi() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.poi.ss.usermodel.Workbook"));
    }

    @Test
    void theBuiltInRulesAdviseAndAnInvalidAanvraagIsNamed() {
        try (Voorbeeld voorbeeld = new Voorbeeld(null, tmp.resolve("cache"))) {
            assertEquals("LOKAAL_TEAM (1 regels, regelset 2026.1)", voorbeeld.adviseer(Voorbeeld.voorbeeldAanvraag()));
            Aanvraag teOud = Aanvraag.builder("2026-000124", LocalDate.of(2026, 3, 1), Wet.WMO, 130).build();
            assertTrue(voorbeeld.adviseer(teOud).startsWith("ongeldig: "), voorbeeld.adviseer(teOud));
        }
    }

    @Test
    void aChangedFolderIsReloadedAndABrokenOneReplacesNothing() throws IOException {
        Path regels = copyOfTheRules();
        try (Voorbeeld voorbeeld = new Voorbeeld(regels, tmp.resolve("cache"))) {
            String voor = voorbeeld.adviseer(Voorbeeld.voorbeeldAanvraag());

            Path parameters = regels.resolve("2026.1/parameters.drl.csv");
            Files.writeString(parameters, Files.readString(parameters).replace("\nvolwassenVanaf,18,", "\nvolwassenVanaf,19,"));
            var herlading = voorbeeld.herlaad();
            assertTrue(herlading.vervangen());
            assertEquals(2, herlading.veranderd().size(), herlading.veranderd().toString()); // 2026.1, and with gemeente 1728

            Files.writeString(regels.resolve("2026.1/stappen.drl"), "\nrule \"X9\" when Casus( then end\n", StandardOpenOption.APPEND);
            var kapot = voorbeeld.herlaad();
            assertFalse(kapot.vervangen());
            assertTrue(kapot.problemen().get(0).startsWith("2026.1/stappen.drl:"), kapot.problemen().toString());
            assertEquals(voor, voorbeeld.adviseer(Voorbeeld.voorbeeldAanvraag()), "the rules in force keep advising");
        }
    }

    @Test
    void rulesThatDoNotLoadAreRefusedAtTheStartWithEveryProblem() throws IOException {
        Path regels = copyOfTheRules();
        Files.writeString(regels.resolve("2026.1/stappen.drl"), "\nrule \"X9\" when Casus( then end\n", StandardOpenOption.APPEND);
        RuleSetLoadException e = assertThrows(RuleSetLoadException.class, () -> new Voorbeeld(regels, tmp.resolve("cache")));
        assertFalse(e.problems().isEmpty());
    }

    /** afweging's rules/ folder, two levels up from this project, copied. */
    private Path copyOfTheRules() throws IOException {
        Path from = Path.of("../../rules").toAbsolutePath().normalize();
        Path to = tmp.resolve("regels");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
