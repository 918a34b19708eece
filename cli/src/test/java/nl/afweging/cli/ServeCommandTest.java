// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve} runs until the process is killed, so only its ways to stop early run here; the service itself is
 * tested in the service module.
 */
class ServeCommandTest {

    private static CommandLine.ParseResult parse(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return Main.commandLine(new Streams(new ByteArrayInputStream(new byte[0]), sink, sink)).parseArgs(args).subcommand();
    }

    @Test
    void thePortIs8080UnlessGiven() {
        assertThat(parse("serve").matchedOptionValue("--port", -1)).isEqualTo(-1);
        assertThat(parse("serve").commandSpec().findOption("--port").<Integer>getValue()).isEqualTo(8080);
        assertThat(parse("serve", "--port", "9090").commandSpec().findOption("--port").<Integer>getValue()).isEqualTo(9090);
        assertThat(parse("serve", "--rules", "regels").commandSpec().findOption("--rules").<Path>getValue()).isEqualTo(Path.of("regels"));
    }

    @Test
    void theHelpSaysHowKeysWork() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.exit()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("Authorization: Bearer SLEUTEL").contains("'sleutel ROL: SLEUTEL'").contains("127.0.0.1")
                .contains("--port").contains("--rules").contains("--config").contains("--audit");
    }

    @Test
    void aConfigurationWithProblemsIsRefusedNamingEachOne(@TempDir Path map) throws Exception {
        Path config = map.resolve("dienst.json");
        java.nio.file.Files.writeString(config, "{\"sleutels\": [{\"naam\": \"x\", \"rollen\": [\"baas\"], \"hash\": \"geheim\"}], \"poort\": 1}");

        CliRun run = CliRun.of("serve", "--port", "0", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("3 problemen").contains("/sleutels/0/hash").contains("\"baas\" is geen rol").contains("/poort: onbekend");
    }

    @Test
    void sleutelPrintsAKeyAndOnlyItsHashForTheConfiguration() throws Exception {
        CliRun run = CliRun.of("sleutel", "--naam", "zaaksysteem", "--rol", "adviseur", "--rol", "auditor");

        assertThat(run.exit()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        String key = lines[0].substring("sleutel: ".length());
        assertThat(lines[0]).startsWith("sleutel: afw_");
        assertThat(lines[1]).isEqualTo("{\"hash\":\"" + nl.afweging.service.Service.sleutelHash(key)
                + "\",\"naam\":\"zaaksysteem\",\"rollen\":[\"adviseur\",\"auditor\"]}").doesNotContain(key);
        assertThat(nl.afweging.service.Service.sleutelHash(key)).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void aPortThatIsNotANumberIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "acht");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--port");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        CliRun run = CliRun.of("serve", "--port", "70000");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--port moet van 0 tot en met 65535 zijn, niet 70000.");
    }

    @Test
    void aPortInUseIsRefused() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("Poort " + taken.getLocalPort());
        }
    }

    @Test
    void rulesThatDoNotLoadStopTheServiceWithExit3(@TempDir Path empty) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }

        CliRun run = CliRun.of("serve", "--port", String.valueOf(port), "--rules", empty.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).isNotBlank().doesNotContain("luistert op");
        // Stopped: the port is free again.
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
