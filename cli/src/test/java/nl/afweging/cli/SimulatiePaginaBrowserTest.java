// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation page in a real browser (headless Chromium, offline): it loads without a console message and its
 * charts are there, with the totals of the JSON report. Chromium is required, not optional: without it this test fails (.ci/run installs it), so a
 * missing browser never passes for a working page.
 */
class SimulatiePaginaBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path map;

    @Test
    void thePageLoadsInChromiumWithoutConsoleMessagesAndShowsEveryChart() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium ontbreekt: apt-get install -y chromium (.ci/run doet dat)").isTrue();
        String rules = CliRun.root().resolve("rules").toString();
        // As the "done when": a population from genereer, 2026.1 against 2027.1 (smaller, for the build's time).
        Path aanvragen = map.resolve("pop.jsonl");
        assertThat(CliRun.of("genereer", "--aantal", "3000", "--zaad", "7", "--out", aanvragen.toString()).exit()).isZero();
        Path pagina = map.resolve("simulatie.html");
        CliRun run = CliRun.of("simulate", "--basis", rules + "@2026.1", "--kandidaat", rules + "@2027.1",
                "--out", pagina.toString(), aanvragen.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(CliRun.of("simulate", "--basis", rules + "@2026.1", "--kandidaat",
                rules + "@2027.1", "--json", aanvragen.toString()).out());

        Path dom = map.resolve("dom.html");
        Path log = map.resolve("chromium.log");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + map.resolve("profiel"), "--enable-logging=stderr", "--v=0", "--dump-dom",
                pagina.toUri().toString()))
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("Chromium stopt binnen 90 seconden").isTrue();
        assertThat(chromium.exitValue()).as(Files.readString(log)).isZero();

        String html = Files.readString(dom, StandardCharsets.UTF_8);
        String berichten = Files.readString(log, StandardCharsets.UTF_8);
        // Console messages of the page are logged as CONSOLE(...); Chromium's own dbus noise is not the page's.
        assertThat(berichten).doesNotContain("CONSOLE", "Uncaught", "Refused to", "net::ERR");
        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(5);
        assertThat(html).contains("<title>Simulatie: ", "Stromen tussen niveaus", "Kosten als referentie", "Bundelkansen",
                "Regels die het meest veranderen", "<rect ");
        // The totals the browser shows are the JSON report's.
        Map<String, String> velden = new HashMap<>();
        Matcher m = Pattern.compile("data-veld=\"([^\"]+)\">([^<]*)<").matcher(html);
        while (m.find()) {
            velden.put(m.group(1), m.group(2));
        }
        assertThat(json.get("aantal").asLong()).isEqualTo(3000);
        assertThat(getal(velden.get("aantal"))).isEqualTo(json.get("aantal").asLong());
        assertThat(getal(velden.get("gewijzigd"))).isEqualTo(json.get("gewijzigd").get("aantal").asLong());
        assertThat(getal(velden.get("bundelkansen"))).isEqualTo(json.get("bundelkansen").size());
        for (String niveau : new String[] {"NORMALISATIE", "SOCIALE_BASIS", "LOKAAL_TEAM", "SPECIALISTISCH_MAATWERK"}) {
            assertThat(getal(velden.get("niveau-basis-" + niveau))).isEqualTo(json.get("niveaus").get("basis").get(niveau).asLong());
            assertThat(getal(velden.get("niveau-kandidaat-" + niveau))).isEqualTo(json.get("niveaus").get("kandidaat").get(niveau).asLong());
        }
    }

    /** A number as the page writes it: 1.234. */
    private static long getal(String tekst) {
        assertThat(tekst).as("een getal op de pagina").isNotNull();
        return Long.parseLong(tekst.replace(".", "").strip());
    }
}
