// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} through the command line: the report forms, --toon, the page and the exit codes. */
class SimulateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RULES = CliRun.root().resolve("rules").toString();
    private static final String BASIS = RULES + "@2026.1";
    private static final String KANDIDAAT = RULES + "@2027.1";

    @TempDir
    static Path map;
    private static Path aanvragen;
    private static JsonNode json;
    private static String pagina;

    @BeforeAll
    static void simuleer() throws Exception {
        aanvragen = ProefAanvragen.bestand(map, 1100, 7);
        Path html = map.resolve("simulatie.html");
        CliRun run = CliRun.of("simulate", "--basis", BASIS, "--kandidaat", KANDIDAAT, "--json", "--out", html.toString(),
                "--threads", "2", aanvragen.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        json = MAPPER.readTree(run.out());
        pagina = Files.readString(html);
    }

    @Test
    void theJsonReportCountsEveryLineAndItsFlows() {
        assertThat(json.get("aantal").asLong()).isEqualTo(1100);
        assertThat(json.get("basis").asText()).isEqualTo(BASIS);
        long stromen = 0;
        for (JsonNode s : json.get("stromen")) {
            stromen += s.get("aantal").asLong();
        }
        assertThat(stromen).isEqualTo(1100);
        assertThat(json.get("perGemeente").has("1728")).isTrue();
    }

    @Test
    void markdownIsTheDefaultWithDutchThousandsSeparators() {
        CliRun run = CliRun.of("simulate", "--basis", BASIS, "--kandidaat", KANDIDAAT, aanvragen.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Simulatie: ").contains("1.100 aanvragen gingen door beide regelsets")
                .contains("## Stromen", "## Regels", "## Kosten als referentie", "geen budget", "## Bundelkansen", "| L6 |");
    }

    @Test
    void toonShowsBothAdvicesOfOneAanvraagSideBySide() {
        String id = json.get("gewijzigd").get("ids").get(0).asText();
        CliRun run = CliRun.of("simulate", "--basis", BASIS, "--kandidaat", KANDIDAAT, "--toon", id, aanvragen.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Aanvraag " + id, BASIS, KANDIDAAT, "niveau", "2026.1", "2027.1", "* = anders");
        assertThat(run.out().lines().filter(l -> l.startsWith("* "))).isNotEmpty();

        CliRun alsJson = CliRun.of("simulate", "--basis", BASIS, "--kandidaat", KANDIDAAT, "--toon", id, "--json", aanvragen.toString());
        JsonNode paar = readTree(alsJson.out());
        assertThat(paar.get("basis").get("aanvraagId").asText()).isEqualTo(id);
        assertThat(paar.get("kandidaat").get("regelset").get("versie").asText()).isEqualTo("2027.1");

        CliRun onbekend = CliRun.of("simulate", "--basis", BASIS, "--kandidaat", KANDIDAAT, "--toon", "BESTAAT-NIET", aanvragen.toString());
        assertThat(onbekend.exit()).isEqualTo(2);
        assertThat(onbekend.err()).contains("BESTAAT-NIET");
    }

    @Test
    void thePageIsSelfContainedWellFormedAndItsTotalsEqualTheJson() throws Exception {
        assertWellFormed(pagina);
        assertThat(pagina).doesNotContain("http://", "https://", "<script", "<link", "@import", "url(");
        assertThat(Pattern.compile("<svg ").matcher(pagina).results().count()).isGreaterThanOrEqualTo(5);
        assertThat(pagina).contains("@media print", "@page", "<html lang=\"nl\">");

        Map<String, String> velden = new HashMap<>();
        Matcher m = Pattern.compile("data-veld=\"([^\"]+)\">([^<]*)<").matcher(pagina);
        while (m.find()) {
            velden.put(m.group(1), m.group(2));
        }
        assertThat(getal(velden.get("aantal"))).isEqualTo(json.get("aantal").asLong());
        assertThat(getal(velden.get("ongeldig"))).isEqualTo(json.get("ongeldig").asLong());
        assertThat(getal(velden.get("gewijzigd"))).isEqualTo(json.get("gewijzigd").get("aantal").asLong());
        assertThat(getal(velden.get("bundelkansen"))).isEqualTo(json.get("bundelkansen").size());
        for (String niveau : new String[] {"NORMALISATIE", "SOCIALE_BASIS", "LOKAAL_TEAM", "SPECIALISTISCH_MAATWERK"}) {
            assertThat(getal(velden.get("niveau-basis-" + niveau))).isEqualTo(json.get("niveaus").get("basis").get(niveau).asLong());
            assertThat(getal(velden.get("niveau-kandidaat-" + niveau))).isEqualTo(json.get("niveaus").get("kandidaat").get(niveau).asLong());
        }
        JsonNode totaal = json.get("kosten").get("kandidaat").get("totaal");
        assertThat(getal(velden.get("kosten-kandidaat").replaceAll(".*; ", "").replace(" zonder bedrag", "")))
                .isEqualTo(totaal.get("zonderBedrag").asLong());
        for (JsonNode bedrag : totaal.get("bedragen")) {
            String euro = String.format(java.util.Locale.ROOT, "%.2f", bedrag.get("bedrag").decimalValue()).replace('.', ',');
            assertThat(velden.get("kosten-kandidaat").replace(".", "")).contains("€ " + euro + " " + bedrag.get("eenheid").asText());
        }
    }

    /** Every tag closed in order (or self-closed), every & an entity: the page reads as XML as well as HTML. */
    private static void assertWellFormed(String page) {
        assertThat(page).startsWith("<!DOCTYPE html>\n");
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        Matcher tag = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z-]+=\"[^\"<>]*\")*)\\s*(/?)>").matcher(page);
        int end = page.indexOf('\n') + 1;
        while (tag.find(end)) {
            assertThat(page.substring(end, tag.start())).as("text before " + tag.group()).doesNotContain("<", ">");
            if (tag.group(1).isEmpty() && tag.group(4).isEmpty()) {
                open.push(tag.group(2));
            } else if (!tag.group(1).isEmpty()) {
                assertThat(open).as("closing " + tag.group()).isNotEmpty();
                assertThat(open.pop()).as("closing " + tag.group()).isEqualTo(tag.group(2));
            }
            end = tag.end();
        }
        assertThat(page.substring(end).strip()).isEmpty();
        assertThat(open).isEmpty();
        assertThat(Pattern.compile("&(?!amp;|lt;|gt;|quot;|#39;)").matcher(page).find()).as("bare &").isFalse();
    }

    private static long getal(String tekst) {
        assertThat(tekst).as("veld op de pagina").isNotNull();
        return Long.parseLong(tekst.replace(".", ""));
    }

    @Test
    void aRulesFolderAgainstItselfGivesOnlyTheDiagonalAndNoChangedIds() throws Exception {
        Path klein = ProefAanvragen.bestand(map, 120, 3);
        CliRun run = CliRun.of("simulate", "--basis", BASIS, "--kandidaat", BASIS, "--json", klein.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode r = readTree(run.out());
        assertThat(r.get("stromen")).isNotEmpty().allSatisfy(s -> assertThat(s.get("naar")).isEqualTo(s.get("van")));
        assertThat(r.get("gewijzigd").get("aantal").asLong()).isZero();
        assertThat(r.get("gewijzigd").get("ids")).isEmpty();
    }

    @Test
    void invalidLinesAreListedAndTheRunGoesOn() throws Exception {
        Path file = map.resolve("met-fouten.jsonl");
        java.util.List<String> regels = ProefAanvragen.regels(4, 1);
        Files.writeString(file, regels.get(0) + "\nniet json\n" + regels.get(1) + "\n{\"id\":\"x\"}\n" + regels.get(2) + "\n");
        CliRun run = CliRun.of("simulate", "--basis", BASIS, "--kandidaat", KANDIDAAT, "--json", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode r = readTree(run.out());
        assertThat(r.get("aantal").asLong()).isEqualTo(3);
        assertThat(r.get("ongeldig").asLong()).isEqualTo(2);
        assertThat(r.get("ongeldigeRegels").findValuesAsText("regel")).containsExactly("2", "4");
    }

    @Test
    void exitCodesSayWhatWentWrong() {
        assertThat(CliRun.of("simulate", "--basis", RULES + "@2026.1@2027.1", "--kandidaat", KANDIDAAT, aanvragen.toString()).exit())
                .isEqualTo(2);
        assertThat(CliRun.of("simulate", "--basis", BASIS, "--kandidaat", KANDIDAAT, map.resolve("weg.jsonl").toString()).exit())
                .isEqualTo(2);
        assertThat(CliRun.of("simulate", "--basis", BASIS, "--kandidaat", KANDIDAAT, "--out", "x.pdf", aanvragen.toString()).exit())
                .isEqualTo(2);
        CliRun onbekend = CliRun.of("simulate", "--basis", RULES + "@1999.1", "--kandidaat", KANDIDAAT, aanvragen.toString());
        assertThat(onbekend.exit()).isEqualTo(3);
        assertThat(onbekend.err()).contains("1999.1");
    }

    @Test
    void theHelpExplainsHowToWriteARuleSet() {
        CliRun run = CliRun.of("simulate", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("DIR@VERSIE@GEMEENTE", "rules@1728", "--bundel", "--toon", "--out");
    }

    @Test
    void progressSaysRateAndTimeLeftWhenTheSizeIsKnown() {
        long start = System.nanoTime() - 2_000_000_000L;
        String tekst = SimulateCommand.voortgang(2000, 1000, 4000, start);
        assertThat(tekst).startsWith("2.000 aanvragen, ").contains("per seconde", "nog ongeveer");
        assertThat(SimulateCommand.voortgang(2000, 1000, -1, start)).doesNotContain("nog");
    }

    private static JsonNode readTree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    @Test
    void theTextShowsTheLargestBundlingChancesAndCountsTheRest() throws Exception {
        String rules = CliRun.root().resolve("rules").toString();
        Path aanvragen = map.resolve("bundels.jsonl");
        assertThat(CliRun.of("genereer", "--aantal", "2000", "--zaad", "3", "--out", aanvragen.toString()).exit()).isZero();
        String[] args = {"simulate", "--basis", rules + "@2026.1", "--kandidaat", rules + "@2027.1", "--bundel", "2", aanvragen.toString()};
        CliRun tekst = CliRun.of(args);
        JsonNode json = new ObjectMapper().readTree(CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--json")).toArray(String[]::new)).out());

        int alle = json.get("bundelkansen").size();
        assertThat(alle).isGreaterThan(SimulatieMarkdown.BUNDELKANSEN_IN_TEKST);
        String sectie = tekst.out().substring(tekst.out().indexOf("## Bundelkansen"));
        assertThat(sectie.lines().filter(l -> l.startsWith("| WK"))).hasSize(SimulatieMarkdown.BUNDELKANSEN_IN_TEKST);
        assertThat(sectie).contains("En nog " + Getallen.aantal(alle - SimulatieMarkdown.BUNDELKANSEN_IN_TEKST) + " groepen (alle "
                + Getallen.aantal(alle) + " staan in --json).");
        // The largest first: the first row is the JSON's largest group.
        assertThat(sectie).contains("| " + json.get("bundelkansen").get(0).get("wijk").asText() + " |");
    }
}
