// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of cell mistake a policy officer can make is named in the officer's words: at its file, row and
 * column, with the row's own id, saying what the column takes (the nearest name, a point for a comma, the
 * gemeente code with its zero), and never with Drools' or MVEL's words. Excel's WAAR/ONWAAR/TRUE/FALSE in a
 * true/false column are read as true/false.
 */
class CellWordsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Words of Drools, MVEL or the generated DRL that a policy officer must never see for a cell mistake. */
    private static final List<String> DROOLS_WORDS = List.of("Rule Compilation", "MVEL", "cannot be resolved",
            "Unable to", "Exception", "Vloeren_", "Ladder_", "Parameters_", "Voorzieningen_", "[ERR");

    @TempDir
    Path dir;

    /** Name, file, text before, text after, code, place, words the message contains (separated by ;). */
    private static final String[] CASES = {
            // an enum name with a typo: the nearest name is suggested, the row's id named
            "niveau verschreven|ladder.drl.csv|,4,5,,,NORMALISATIE|,4,5,,,NORMALISATEI|CEL_ONGELDIG|ladder.drl.csv:11 (kolom H)|rij L1;'NORMALISATEI' is geen Niveau;bedoelt u NORMALISATIE?;Kies uit NORMALISATIE, SOCIALE_BASIS",
            "niveau een letter fout|vloeren.drl.csv|,LOKAAL_TEAM,,,,VEILIG_THUIS,MELDCODE|,LOKAAL_TEEM,,,,VEILIG_THUIS,MELDCODE|CEL_ONGELDIG|vloeren.drl.csv:11 (kolom L)|rij V2;'LOKAAL_TEEM' is geen Niveau; bedoelt u LOKAAL_TEAM? Kies uit",
            "niveau in kleine letters|soorten.drl.csv|,SPECIALISTISCH_MAATWERK,|,specialistisch_maatwerk,|CEL_ONGELDIG|soorten.drl.csv:10 (kolom D)|rij K1;bedoelt u SPECIALISTISCH_MAATWERK?",
            "leefgebied verschreven|vloeren.drl.csv|\"HUISVESTING,1\"|\"HUISVESTIN,1\"|CEL_ONGELDIG|vloeren.drl.csv:15 (kolom K)|rij S2;'HUISVESTIN' is geen Leefgebied; bedoelt u HUISVESTING?",
            "veiligheid zonder idee|vloeren.drl.csv|,ACUUT_ONVEILIG,|,GEVAAR,|CEL_ONGELDIG|vloeren.drl.csv:10 (kolom D)|rij V1;'GEVAAR' is geen Veiligheid; kies uit",
            "nee in een ja-kolom|vloeren.drl.csv|,SPECIALISTISCH_MAATWERK,,ja,ja,VEILIG_THUIS|,SPECIALISTISCH_MAATWERK,,ja,nee,VEILIG_THUIS|CEL_ONGELDIG|vloeren.drl.csv:10 (kolom O)|rij V1;schrijf ja, of laat de cel leeg",
            "plafond vervalt nee|vloeren.drl.csv|,SPECIALISTISCH_MAATWERK,,ja,ja,VEILIG_THUIS|,SPECIALISTISCH_MAATWERK,,nee,ja,VEILIG_THUIS|CEL_ONGELDIG|vloeren.drl.csv:10 (kolom N)|rij V1;schrijf ja",
            "ja in een true/false-kolom|ladder.drl.csv|L1,Zelfredzaam,true,|L1,Zelfredzaam,ja,|CEL_ONGELDIG|ladder.drl.csv:11 (kolom C)|rij L1;schrijf true of false (of WAAR of ONWAAR",
            "decimale komma in een getal|vloeren.drl.csv|S1,Crisis op een leefgebied,,,,,,,,1,|S1,Crisis op een leefgebied,,,,,,,,\"1,5\",|CEL_ONGELDIG|vloeren.drl.csv:14 (kolom J)|rij S1;'1,5' heeft een komma; gebruik een punt: 1.5",
            "decimale komma in een parameter|parameters.drl.csv|\nmeervoudigVanaf,3,|\nmeervoudigVanaf,\"2,5\",|CEL_ONGELDIG|parameters.drl.csv:11 (kolom B)|rij meervoudigVanaf;een parameter is een heel getal",
            "woord in een getalkolom|ladder.drl.csv|L1,Zelfredzaam,true,4,|L1,Zelfredzaam,true,vier,|CEL_ONGELDIG|ladder.drl.csv:11 (kolom D)|rij L1;'vier' is geen getal",
            "gemeentecode zonder nul|voorzieningen.drl.csv|LT-BEGELEIDING,LOKAAL_TEAM,BEGELEIDING,,|LT-BEGELEIDING,LOKAAL_TEAM,BEGELEIDING,840,|CEL_ONGELDIG|voorzieningen.drl.csv:11 (kolom D)|rij LT-BEGELEIDING;4 cijfers; bedoelt u 0840?",
            "gemeentecode is een naam|voorzieningen.drl.csv|LT-BEGELEIDING,LOKAAL_TEAM,BEGELEIDING,,|LT-BEGELEIDING,LOKAAL_TEAM,BEGELEIDING,Eindhoven,|CEL_ONGELDIG|voorzieningen.drl.csv:11 (kolom D)|rij LT-BEGELEIDING;'Eindhoven' is geen gemeentecode",
            "aanhalingsteken in tekst|ladder.drl.csv|L1,Zelfredzaam,|L1,\"Zelf\"\"redzaam\",|CEL_ONGELDIG|ladder.drl.csv:11 (kolom B)|rij L1;aanhalingsteken",
            "id met een spatie|soorten.drl.csv|\nK1,|\nK 1,|CEL_ONGELDIG|soorten.drl.csv:10 (kolom A)|rij K 1;één woord",
            "verwijzing als zin|vloeren.drl.csv|,ja,ja,VEILIG_THUIS,MELDCODE|,ja,ja,Veilig Thuis,MELDCODE|CEL_ONGELDIG|vloeren.drl.csv:10 (kolom P)|rij V1;schrijf een code",
            "parameter onder het minimum|parameters.drl.csv|\nernstigMeervoudigVanaf,3,|\nernstigMeervoudigVanaf,1,|PARAMETER_BUITEN_GRENZEN|parameters.drl.csv:12 (kolom B)|rij ernstigMeervoudigVanaf;kleiner dan het minimum 2;van 2 tot en met 8",
            "negatieve termijn|parameters.drl.csv|\ntrajectTermijnMaanden,12,|\ntrajectTermijnMaanden,-3,|PARAMETER_BUITEN_GRENZEN|parameters.drl.csv:13 (kolom B)|rij trajectTermijnMaanden;kleiner dan het minimum 1",
            "parameter boven het maximum|parameters.drl.csv|\nvolwassenVanaf,18,|\nvolwassenVanaf,180,|PARAMETER_BUITEN_GRENZEN|parameters.drl.csv:15 (kolom B)|rij volwassenVanaf;groter dan het maximum 21",
            "parameter zonder geheel getal|parameters.drl.csv|\nmeervoudigVanaf,3,|\nmeervoudigVanaf,2.5,|PARAMETER_ONGELDIG|parameters.drl.csv:11 (kolom B)|rij meervoudigVanaf;'2.5';geen geheel getal",
            "minimum geen getal|parameters.drl.csv|,2,8\ntrajectTermijnMaanden|,twee,8\ntrajectTermijnMaanden|PARAMETER_ONGELDIG|parameters.drl.csv:12 (kolom F)|rij ernstigMeervoudigVanaf;'twee' is geen heel getal",
    };

    static Stream<Arguments> cases() {
        return Arrays.stream(CASES).map(c -> c.split("\\|", -1)).map(c -> Arguments.of(c[0], c[1], c[2], c[3],
                ProblemCode.valueOf(c[4]), c[5], c[6]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aCellMistakeIsNamedInTheOfficersWords(String naam, String file, String from, String to, ProblemCode code,
                                               String place, String words) throws Exception {
        Path rules = BrokenRules.edit(BrokenRules.copy(Files.createDirectory(dir.resolve("regels"))), file,
                from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        List<LoadProblem> findings = RuleSetCheck.check(rules).bevindingen();
        assertThat(findings).as(naam).filteredOn(p -> p.code() == code).hasSize(1);
        LoadProblem finding = findings.stream().filter(p -> p.code() == code).findFirst().orElseThrow();
        assertThat(finding.plaats()).startsWith(place);
        assertThat(finding.melding()).contains(Arrays.asList(words.split(";")));
        assertThat(findings).extracting(LoadProblem::code).doesNotContain(ProblemCode.COMPILEERFOUT, ProblemCode.NIET_TOEGESTAAN);
        for (LoadProblem p : findings) {
            assertThat(p.melding()).as(p.plaats()).doesNotContain(DROOLS_WORDS);
        }
    }

    @Test
    void aMisspeltParameterNameIsNamedWhereItIsWrittenAndWhereItIsRead() throws Exception {
        Path rules = BrokenRules.edit(BrokenRules.copy(Files.createDirectory(dir.resolve("regels"))), "parameters.drl.csv",
                "\nmeervoudigVanaf,3,", "\nmeervoudigVanf,3,");
        List<LoadProblem> findings = RuleSetCheck.check(rules).bevindingen();
        assertThat(findings).filteredOn(p -> p.code() == ProblemCode.PARAMETER_ONGEBRUIKT).singleElement()
                .satisfies(p -> {
                    assertThat(p.plaats()).isEqualTo("parameters.drl.csv:11 (kolom A)");
                    assertThat(p.melding()).contains("rij meervoudigVanf", "bedoelt u meervoudigVanaf?");
                });
        assertThat(findings).filteredOn(p -> p.code() == ProblemCode.PARAMETER_ONBEKEND).extracting(LoadProblem::plaats)
                .containsExactlyInAnyOrder("ladder.drl.csv:8 (kolom F)", "samenhang.drl:12");
        assertThat(findings).filteredOn(p -> p.code() == ProblemCode.PARAMETER_ONBEKEND)
                .allSatisfy(p -> assertThat(p.melding()).contains("'meervoudigVanaf'", "Bedoelt u meervoudigVanf?"));
    }

    @Test
    void excelsWaarAndOnwaarBehaveExactlyAsTrueAndFalse() throws Exception {
        Path original = BrokenRules.copy(Files.createDirectory(dir.resolve("origineel")));
        Path excel = BrokenRules.copy(Files.createDirectory(dir.resolve("excel")));
        Path ladder = excel.resolve("ladder.drl.csv");
        String text = Files.readString(ladder);
        String changed = text.replace(",true,", ",WAAR,").replace(",false,", ",onwaar,");
        assertThat(changed).isNotEqualTo(text).contains(",WAAR,", ",onwaar,");
        Files.writeString(ladder, changed);
        Path vloeren = excel.resolve("vloeren.drl.csv");
        Files.writeString(vloeren, Files.readString(vloeren).replace(",true,", ",TRUE,").replace(",false,", ",False,"));
        assertThat(RuleSetCheck.check(excel).bevindingen()).isEmpty();

        Engine standaard = Engine.builder().rules(original).build();
        Engine metExcel = Engine.builder().rules(excel).build();
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Path.of("..", "fixtures"))) {
            fixtures = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(fixtures).isNotEmpty();
        for (Path fixture : fixtures) {
            String aanvraag = MAPPER.readTree(fixture.toFile()).get("aanvraag").toString();
            assertThat(withoutHash(metExcel.evaluateToJson(aanvraag))).as(fixture.toString())
                    .isEqualTo(withoutHash(standaard.evaluateToJson(aanvraag)));
        }
    }

    private static JsonNode withoutHash(String advies) throws Exception {
        JsonNode node = MAPPER.readTree(advies);
        if (node.get("regelset") instanceof ObjectNode regelset) {
            regelset.remove("hash");
        }
        return node;
    }
}
