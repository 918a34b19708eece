// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line speaks Dutch also where picocli parses (its own messages are English), and says why a file cannot
 * be read or written instead of repeating its path.
 */
class DutchErrorsTest {
    /** Words of picocli's English messages; none may reach the user. */
    private static final String[] ENGLISH = {"Missing", "Unknown", "Unmatched", "Invalid value", "should be specified", "index"};

    @Test
    void aCommandLineThatCannotBeParsedIsNamedInDutchWithTheUsageAndExit2() {
        assertRefused(CliRun.of(), "Kies een opdracht: decide, validate,");
        assertRefused(CliRun.of("--bogus"), "Onbekende optie: '--bogus'.");
        assertRefused(CliRun.of("decid"), "Onbekende opdracht: 'decid'. Bedoelt u decide");
        assertRefused(CliRun.of("decide"), "Ontbreekt: FILE.");
        assertRefused(CliRun.of("decide", "a.json", "b.json"), "Te veel argumenten: 'b.json'.");
        assertRefused(CliRun.of("decide", "--threads", "twee", "a.json"), "Ongeldige waarde voor --threads: 'twee'; verwacht een geheel getal.");
        assertRefused(CliRun.of("decide", "--tekst", "--tekst", "a.json"), "De optie --tekst mag maar één keer.");
        assertRefused(CliRun.of("audit"), "Kies een opdracht: verify, anker, herstel, besluit, overzicht.");
        assertRefused(CliRun.of("audit", "verifieer"), "Onbekende opdracht: 'verifieer'.");
        assertRefused(CliRun.of("decide", "--jsonl", "--bogus", "a.json"), "Onbekende optie: '--bogus'.");
    }

    @Test
    void aFileThatCannotBeReadSaysWhy(@TempDir Path dir) throws IOException {
        CliRun missing = CliRun.of("decide", dir.resolve("weg.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("Kan " + dir.resolve("weg.json") + " niet lezen: het bestand bestaat niet.\n");

        CliRun folder = CliRun.of("decide", dir.toString());
        assertThat(folder.err()).isEqualTo("Kan " + dir + " niet lezen: het is een map, geen bestand.\n");

        Path secret = Files.writeString(dir.resolve("geheim.json"), "{}");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(secret)) { // root reads every file; the reason is then never needed
            assertThat(CliRun.of("decide", secret.toString()).err()).isEqualTo("Kan " + secret + " niet lezen: u hebt geen toestemming.\n");
        }

        CliRun simulate = CliRun.of("simulate", "--basis", "@2026.1", "--kandidaat", "@2027.1", dir.resolve("weg.jsonl").toString());
        assertThat(simulate.exit()).isEqualTo(2);
        assertThat(simulate.err()).contains("niet lezen: het bestand bestaat niet.");

        CliRun docs = CliRun.of("docs", "--out", dir.resolve("nergens/regels.html").toString());
        assertThat(docs.exit()).isEqualTo(2);
        assertThat(docs.err()).contains("niet schrijven: de map " + dir.resolve("nergens") + " bestaat niet.");
    }

    private static void assertRefused(CliRun run, String message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(message).contains("afweging", "Meer hulp: afweging").doesNotContain(ENGLISH);
    }
}
