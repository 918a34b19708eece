// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code decide --tekst}: each worked example read as text holds what its JSON advies holds (level in words,
 * why each lower level is not enough, the rules with their grondslag, the voorzieningen, the rule set), and no JSON.
 */
class DecideTekstTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> NIVEAUS = Map.of("NORMALISATIE", "Normalisatie", "SOCIALE_BASIS", "Sociale basis",
            "LOKAAL_TEAM", "Lokaal team", "SPECIALISTISCH_MAATWERK", "Specialistisch maatwerk");
    private static final Map<String, String> VERWIJZINGEN = Map.of("VEILIG_THUIS", "Veilig Thuis", "WLZ", "Wet langdurige zorg",
            "ZVW", "Zorgverzekeringswet");

    /** The worked examples: the fixtures named voorbeeld and the two aanvragen in examples/. */
    private static List<String> aanvragen() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(CliRun.root().resolve("fixtures"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains("voorbeeld")).sorted().toList()) {
                all.add(MAPPER.readTree(f.toFile()).get("aanvraag").toString());
            }
        }
        for (String name : List.of("aanvraag-wmo.json", "aanvraag-jeugd.json")) {
            all.add(Files.readString(CliRun.root().resolve("examples").resolve(name)));
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> theTextHoldsWhatTheJsonAdviesHolds() throws IOException {
        return aanvragen().stream().map(aanvraag -> DynamicTest.dynamicTest(idOf(aanvraag), () -> {
            CliRun json = CliRun.withInput(aanvraag, "decide", "-");
            CliRun tekst = CliRun.withInput(aanvraag, "decide", "--tekst", "-");
            assertThat(tekst.exit()).as(tekst.err()).isZero();
            JsonNode advies = MAPPER.readTree(json.out());
            String text = flat(tekst.out());

            assertThat(tekst.out()).startsWith("Advies voor aanvraag " + advies.get("aanvraagId").asText() + ": "
                    + NIVEAUS.get(advies.get("niveau").asText()) + ".");
            assertThat(text.contains("Dit heeft spoed.")).isEqualTo(advies.get("spoed").asBoolean());
            for (JsonNode stap : advies.get("route")) {
                if (stap.get("oordeel").asText().equals("ONTOEREIKEND")) {
                    assertThat(text).contains(NIVEAUS.get(stap.get("niveau").asText()) + " is niet genoeg:");
                }
                stap.get("redenen").forEach(r -> assertThat(text).contains(flat(r.asText())));
            }
            for (JsonNode regel : advies.get("regels")) {
                assertThat(text).contains(regel.get("id").asText() + ": " + flat(regel.get("naam").asText()))
                        .contains("Grondslag: " + flat(regel.get("grondslag").asText()));
            }
            for (JsonNode v : advies.get("voorzieningen")) {
                assertThat(text).contains(flat(v.get("naam").asText()) + " (" + NIVEAUS.get(v.get("niveau").asText()).toLowerCase() + ").");
                JsonNode k = v.get("kostenindicatie");
                if (!k.isNull()) {
                    String bedrag = new BigDecimal(k.get("bedrag").asText()).setScale(2).toPlainString().replace('.', ',');
                    assertThat(text).contains("Kosten ter referentie: € " + bedrag + " " + k.get("eenheid").asText());
                }
            }
            advies.get("verwijzingen").forEach(c -> assertThat(text).contains(VERWIJZINGEN.get(c.asText())));
            advies.get("aandachtspunten").forEach(c -> assertThat(text).contains("(" + c.asText() + ")"));
            JsonNode regelset = advies.get("regelset");
            assertThat(text).contains("regelset " + regelset.get("naam").asText() + ", versie " + regelset.get("versie").asText())
                    .contains("hash " + regelset.get("hash").asText().substring(0, "sha256:".length() + 12) + ",")
                    .doesNotContain(regelset.get("hash").asText())
                    .contains("engine versie " + advies.get("engineVersie").asText() + ".");
            assertThat(text).contains("Dit is een advies, geen besluit.");
        }));
    }

    @Test
    void theTextIsNoJsonAndFitsATerminal() {
        CliRun run = CliRun.of("decide", "--tekst", CliRun.root().resolve("examples/aanvraag-wmo.json").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("{").doesNotContain("\"niveau\"");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(AdviesTekst.BREEDTE));
        assertThat(run.out()).contains("Lokaal team").contains("Normalisatie is niet genoeg:").contains("Sociale basis is niet genoeg:");
    }

    @TestFactory
    Stream<DynamicTest> anInvalidAanvraagStillExitsTwoWithItsErrorsOnStderr() throws IOException {
        Path folder = CliRun.root().resolve("examples/ongeldig");
        List<String> names = new ArrayList<>();
        MAPPER.readTree(folder.resolve("verwacht.json").toFile()).fieldNames().forEachRemaining(names::add);
        assertThat(names).isNotEmpty();
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String file = folder.resolve(name).toString();
            CliRun json = CliRun.of("decide", file);
            CliRun tekst = CliRun.of("decide", "--tekst", file);
            assertThat(tekst.exit()).isEqualTo(Main.ONGELDIGE_AANVRAAG);
            assertThat(tekst.out()).isEmpty();
            assertThat(tekst.err()).isNotEmpty().isEqualTo(json.err());
        }));
    }

    @Test
    void tekstWithJsonlIsRefused() {
        CliRun run = CliRun.withInput("{}\n", "decide", "--tekst", "--jsonl", "-");
        assertThat(run.exit()).isEqualTo(Main.ONGELDIGE_INVOER);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--tekst en --jsonl gaan niet samen");
    }

    private static String idOf(String aanvraag) {
        try {
            return MAPPER.readTree(aanvraag).get("id").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Wrapping moves words to the next line; compared with single spaces, the words are the advies' own. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
