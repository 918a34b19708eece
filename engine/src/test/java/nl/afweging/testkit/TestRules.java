// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import nl.afweging.BrokenRules;
import nl.afweging.Engine;
import nl.afweging.TestEngines;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Wet;

/**
 * The core's test helpers for the modules beside it (from the engine's test jar): a package of its own, since a
 * module beside the core cannot have classes in the core's package {@code nl.afweging}.
 */
public final class TestRules {
    /** The free text of every {@link #numbered} aanvraag: it must never reach a log or an audit record. */
    public static final String VRIJE_TEKST = "Geheime vrije tekst over de situatie thuis";

    private TestRules() {}

    /** Aanvraag number {@code n} of a series (peildatum 2026-03-01): its age and ZRM score vary with {@code n}. */
    public static Aanvraag numbered(int n) {
        return Aanvraag.builder("audit-" + n, LocalDate.of(2026, 3, 1), Wet.WMO, 40 + n % 50)
                .soort(HulpvraagSoort.FINANCIEN).omschrijving(VRIJE_TEKST)
                .zrm(Leefgebied.FINANCIEN, 1 + n % 5).zrm(Leefgebied.HUISVESTING, 3).build();
    }

    /** The key pair every test audit log is signed with. */
    public static KeyPair writerKey() {
        return TestKeys.SCHRIJVER;
    }

    /** Every case file under {@code fixtures/}, in name order. */
    public static List<Path> fixtureFiles() throws IOException {
        return TestEngines.fixtureFiles();
    }

    /** The repository root, where {@code rules/}, {@code fixtures/} and {@code examples/} live. */
    public static Path root() {
        return TestEngines.root();
    }

    /** The default engine, loaded once for the test run. */
    public static Engine standard() {
        return TestEngines.standaard();
    }

    /** A copy of one version of the rules in {@code target}. */
    public static Path copy(Path target) {
        return BrokenRules.copy(target);
    }

    /** A copy of the whole rules folder (every version, every gemeente) in {@code target}. */
    public static Path copyAll(Path target) {
        return BrokenRules.copyAll(target);
    }

    /** The one occurrence of {@code from} in {@code file} replaced by {@code to}. */
    public static Path edit(Path rules, String file, String from, String to) {
        return BrokenRules.edit(rules, file, from, to);
    }

    /** A new file {@code file} in the rules folder with {@code content}. */
    public static Path create(Path rules, String file, String content) {
        return BrokenRules.create(rules, file, content);
    }

    /** The class path for a child JVM that runs a test class (see {@code TestEngines.classPath}). */
    public static String classPath() {
        return TestEngines.classPath();
    }

    /** A WMO aanvraag scoring 3 on two leefgebieden, at this peildatum: 2026.1 and 2027.1 advise it differently. */
    public static String tweeLeefgebieden(String peildatum) {
        return """
                {"id": "v-1", "peildatum": "%s", "wet": "WMO", "persoon": {"leeftijd": 52},
                 "hulpvraag": {"soorten": ["BEGELEIDING"]},
                 "zrm": {"FINANCIEN": 3, "GEESTELIJKE_GEZONDHEID": 3, "TIJDSBESTEDING": 4, "SOCIAAL_NETWERK": 4}}
                """.formatted(peildatum);
    }
}
