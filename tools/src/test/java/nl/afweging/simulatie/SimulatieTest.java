// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.simulatie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.afweging.Engine;
import nl.afweging.Json;
import nl.afweging.model.Advies;
import nl.afweging.model.CatalogusVoorziening;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import nl.afweging.model.Voorziening;
import nl.afweging.simulatie.SimulatieRapport.Bundelkans;
import nl.afweging.simulatie.SimulatieRapport.Stroom;
import nl.afweging.testkit.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulation against an independent count: the same population advised line by line through
 * {@link Engine#evaluateLines} with each rule set, counted here, must give the simulation's report.
 */
class SimulatieTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BUNDEL = 3;
    private static Engine basis;
    private static Engine kandidaat;
    private static List<String> populatie;
    private static SimulatieRapport rapport;

    @BeforeAll
    static void simuleer() {
        basis = Engine.builder().rules(TestRules.root().resolve("rules")).fixedVersie("2026.1").build();
        kandidaat = Engine.builder().rules(TestRules.root().resolve("rules")).fixedVersie("2027.1").build();
        populatie = ProefPopulatie.regels(400, 12);
        rapport = Simulatie.tussen(basis, kandidaat).namen("rules@2026.1", "rules@2027.1").threads(2).bundel(BUNDEL)
                .maxIds(1000).run(stream(populatie));
    }

    private static ByteArrayInputStream stream(List<String> regels) {
        return new ByteArrayInputStream((String.join("\n", regels) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static List<Advies> adviezen(Engine engine, List<String> regels) {
        List<Advies> adviezen = new ArrayList<>();
        engine.evaluateLines(new StringReader(String.join("\n", regels)), 1, line -> adviezen.add(line.advies()));
        return adviezen;
    }

    @Test
    void theReportEqualsAnIndependentCountOfBothRuleSets() throws Exception {
        List<Advies> b = adviezen(basis, populatie);
        List<Advies> k = adviezen(kandidaat, populatie);
        assertThat(b).hasSize(400).doesNotContainNull();

        Map<Niveau, Long> niveausB = new TreeMap<>();
        Map<Niveau, Long> niveausK = new TreeMap<>();
        Map<List<Niveau>, Long> stromen = new HashMap<>();
        Map<String, Map<List<Niveau>, Long>> perWet = new TreeMap<>();
        Map<String, Map<List<Niveau>, Long>> perGemeente = new TreeMap<>();
        Map<String, long[]> regels = new TreeMap<>();
        Map<List<String>, Long> groepen = new HashMap<>();
        Map<String, BigDecimal> kostenK = new TreeMap<>();
        long zonderBedragK = 0;
        long spoedK = 0;
        List<String> gewijzigd = new ArrayList<>();
        for (int i = 0; i < populatie.size(); i++) {
            JsonNode aanvraag = MAPPER.readTree(populatie.get(i));
            Advies x = b.get(i);
            Advies y = k.get(i);
            niveausB.merge(x.niveau(), 1L, Long::sum);
            niveausK.merge(y.niveau(), 1L, Long::sum);
            List<Niveau> stroom = List.of(x.niveau(), y.niveau());
            stromen.merge(stroom, 1L, Long::sum);
            perWet.computeIfAbsent(aanvraag.get("wet").asText(), w -> new HashMap<>()).merge(stroom, 1L, Long::sum);
            perGemeente.computeIfAbsent(aanvraag.has("gemeente") ? aanvraag.get("gemeente").asText() : "geen", w -> new HashMap<>())
                    .merge(stroom, 1L, Long::sum);
            x.regelIds().forEach(id -> regels.computeIfAbsent(id, r -> new long[2])[0]++);
            y.regelIds().forEach(id -> regels.computeIfAbsent(id, r -> new long[2])[1]++);
            spoedK += y.spoed() ? 1 : 0;
            for (Voorziening v : y.voorzieningen()) {
                if (v.kostenindicatie() == null) {
                    zonderBedragK++;
                } else {
                    kostenK.merge(v.kostenindicatie().eenheid(), v.kostenindicatie().bedrag(), BigDecimal::add);
                }
            }
            if (x.niveau() != y.niveau() || x.spoed() != y.spoed() || !x.verwijzingen().equals(y.verwijzingen())
                    || !x.aandachtspunten().equals(y.aandachtspunten())
                    || !x.voorzieningen().stream().map(Voorziening::code).sorted().toList()
                            .equals(y.voorzieningen().stream().map(Voorziening::code).sorted().toList())) {
                gewijzigd.add(x.aanvraagId());
            }
            if (aanvraag.has("wijk") && y.niveau().compareTo(Niveau.LOKAAL_TEAM) >= 0) {
                for (JsonNode soort : aanvraag.get("hulpvraag").get("soorten")) {
                    groepen.merge(List.of(aanvraag.get("wijk").asText(), soort.asText(), y.niveau().name()), 1L, Long::sum);
                }
            }
        }

        assertThat(rapport.aantal()).isEqualTo(400);
        assertThat(rapport.ongeldig()).isZero();
        for (Niveau n : Niveau.values()) {
            assertThat(rapport.niveaus().basis().get(n)).as("basis " + n).isEqualTo(niveausB.getOrDefault(n, 0L));
            assertThat(rapport.niveaus().kandidaat().get(n)).as("kandidaat " + n).isEqualTo(niveausK.getOrDefault(n, 0L));
        }
        assertThat(asMap(rapport.stromen())).isEqualTo(stromen);
        assertThat(rapport.perWet().keySet()).isEqualTo(perWet.keySet());
        perWet.forEach((wet, m) -> assertThat(asMap(rapport.perWet().get(wet).stromen())).as(wet).isEqualTo(m));
        assertThat(rapport.perGemeente().keySet()).containsExactly("0840", "1728", "geen");
        perGemeente.forEach((g, m) -> assertThat(asMap(rapport.perGemeente().get(g).stromen())).as(g).isEqualTo(m));
        assertThat(rapport.regels().keySet()).isEqualTo(regels.keySet());
        regels.forEach((id, n) -> {
            assertThat(rapport.regels().get(id).basis()).as(id).isEqualTo(n[0]);
            assertThat(rapport.regels().get(id).kandidaat()).as(id).isEqualTo(n[1]);
        });
        assertThat(rapport.spoed().kandidaat()).isEqualTo(spoedK);
        assertThat(rapport.gewijzigd().aantal()).isEqualTo(gewijzigd.size());
        assertThat(rapport.gewijzigd().ids()).isEqualTo(gewijzigd);
        assertThat(rapport.kosten().kandidaat().totaal().zonderBedrag()).isEqualTo(zonderBedragK);
        Map<String, BigDecimal> somK = new TreeMap<>();
        rapport.kosten().kandidaat().totaal().bedragen().forEach(x -> somK.put(x.eenheid(), x.bedrag()));
        assertThat(somK).isEqualTo(kostenK);

        // A bundling chance: a group large enough with a collective offer below its niveau in the catalogue.
        List<CatalogusVoorziening> catalogus = kandidaat.catalogus();
        List<List<String>> kansen = new ArrayList<>();
        groepen.forEach((g, n) -> {
            Niveau niveau = Niveau.valueOf(g.get(2));
            boolean collectief = catalogus.stream().anyMatch(v -> v.collectief() && v.soort() == HulpvraagSoort.valueOf(g.get(1))
                    && v.niveau().compareTo(niveau) < 0);
            if (n >= BUNDEL && collectief) {
                kansen.add(List.of(g.get(0), g.get(1), g.get(2), String.valueOf(n)));
            }
        });
        assertThat(kansen).isNotEmpty();
        assertThat(rapport.bundelkansen().stream()
                .map(x -> List.of(x.wijk(), x.soort().name(), x.niveau().name(), String.valueOf(x.aantal()))).toList())
                .containsExactlyInAnyOrderElementsOf(kansen);
        for (Bundelkans kans : rapport.bundelkansen()) {
            assertThat(kans.voorzieningen()).allSatisfy(a -> assertThat(a.niveau()).isLessThan(kans.niveau()));
        }
    }

    private static Map<List<Niveau>, Long> asMap(List<Stroom> stromen) {
        Map<List<Niveau>, Long> map = new HashMap<>();
        stromen.forEach(s -> map.put(List.of(s.van(), s.naar()), s.aantal()));
        assertThat(stromen).allSatisfy(s -> assertThat(s.aantal()).isPositive());
        return map;
    }

    @Test
    void version2027MovesAanvragenFromSocialeBasisToLokaalTeamAndFiresL6More() {
        assertThat(rapport.stromen()).anySatisfy(s -> {
            assertThat(s.van()).isEqualTo(Niveau.SOCIALE_BASIS);
            assertThat(s.naar()).isEqualTo(Niveau.LOKAAL_TEAM);
            assertThat(s.aantal()).isPositive();
        });
        assertThat(rapport.regels().get("L6").kandidaat()).isGreaterThan(rapport.regels().get("L6").basis());
        assertThat(rapport.niveaus().kandidaat().get(Niveau.LOKAAL_TEAM)).isGreaterThan(rapport.niveaus().basis().get(Niveau.LOKAAL_TEAM));
    }

    @Test
    void invalidLinesAreCountedByLineNumberAndTheRunGoesOn() {
        List<String> regels = new ArrayList<>(populatie.subList(0, 3));
        regels.add(1, "{");
        regels.add(3, "");
        regels.add("{\"id\":\"zonder-rest\"}");
        regels.addAll(populatie.subList(3, 5));
        SimulatieRapport r = Simulatie.tussen(basis, kandidaat).threads(2).run(stream(regels));
        assertThat(r.aantal()).isEqualTo(5);
        assertThat(r.ongeldig()).isEqualTo(3);
        assertThat(r.ongeldigeRegels()).extracting(SimulatieRapport.OngeldigeRegel::regelnummer).containsExactly(2L, 4L, 6L);
        // The JSON report keeps its published name for the line number.
        assertThat(Json.write(r)).contains("\"ongeldigeRegels\":[{\"regel\":2,").doesNotContain("regelnummer");
        assertThat(r.ongeldigeRegels()).allSatisfy(o -> assertThat(o.reden()).isNotBlank());
    }

    @Test
    void anAanvraagOneSideCannotAdviseIsInvalidForBothWithItsReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path rules = TestRules.create(TestRules.copy(dir), "faalt.drl", """
                package nl.afweging.regels;
                import nl.afweging.feiten.*;
                import nl.afweging.model.Wet;

                rule "X9 faalt bij jeugd"
                    @id(X9)
                    @naam("Faalt bij jeugd")
                    @grondslag("test")
                    @uitleg("Een regel die een fout geeft, om te zien dat de simulatie doorgaat.")
                when
                    Casus(wet == Wet.JEUGDWET)
                then
                    Object niets = null;
                    niets.toString();
                end
                """);
        Engine kapot = Engine.builder().rules(rules).build();
        List<String> regels = populatie.subList(0, 80);
        long jeugd = 0;
        for (String regel : regels) {
            jeugd += MAPPER.readTree(regel).get("wet").asText().equals("JEUGDWET") ? 1 : 0;
        }
        assertThat(jeugd).isPositive();
        SimulatieRapport r = Simulatie.tussen(basis, kapot).threads(2).run(stream(regels));
        assertThat(r.ongeldig()).isEqualTo(jeugd);
        assertThat(r.aantal()).isEqualTo(80 - jeugd);
        assertThat(r.perWet()).doesNotContainKey("JEUGDWET");
        assertThat(r.ongeldigeRegels()).allSatisfy(o -> assertThat(o.reden()).contains("X9", "faalt.drl:5"));
    }

    @Test
    void aRuleSetAgainstItselfGivesOnlyDiagonalFlowsAndNoChangedIds() {
        SimulatieRapport r = Simulatie.tussen(basis, basis).threads(2).run(stream(populatie.subList(0, 150)));
        assertThat(r.aantal()).isEqualTo(150);
        assertThat(r.stromen()).isNotEmpty().allSatisfy(s -> assertThat(s.naar()).isEqualTo(s.van()));
        assertThat(r.gewijzigd().aantal()).isZero();
        assertThat(r.gewijzigd().ids()).isEmpty();
        assertThat(r.regels().values()).allSatisfy(t -> assertThat(t.kandidaat()).isEqualTo(t.basis()));
    }

    @Test
    void theChangedIdsAreCappedButTheirTotalIsNot() {
        SimulatieRapport r = Simulatie.tussen(basis, kandidaat).maxIds(2).run(stream(populatie.subList(0, 200)));
        assertThat(r.gewijzigd().aantal()).isGreaterThan(2);
        assertThat(r.gewijzigd().ids()).hasSize(2);
        assertThat(r.gewijzigd().afgekapt()).isTrue();
    }

    @Test
    void theJsonReportMatchesItsSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix("https://afweging.nl/schema/", "classpath:nl/afweging/schema/")))
                .getSchema(com.networknt.schema.SchemaLocation.of("https://afweging.nl/schema/simulatie.schema.json"),
                        SchemaValidatorsConfig.builder().build());
        JsonNode json = MAPPER.readTree(Json.write(rapport));
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("bundelkansen")).isNotEmpty();
        ObjectNode kapot = json.deepCopy();
        kapot.remove("aantal");
        assertThat(schema.validate(kapot)).isNotEmpty();
    }

    @Test
    void theCatalogueGivesNiveauSoortCollectiefAndTheGemeenteOfItsOwnRows() {
        Engine bladel = Engine.builder().rules(TestRules.root().resolve("rules")).fixedVersie("2026.1").fixedGemeente("1728").build();
        Map<String, CatalogusVoorziening> rows = new HashMap<>();
        bladel.catalogus().forEach(v -> rows.put(v.code(), v));
        CatalogusVoorziening herstelcafe = rows.get("SB-PSYCHISCH-HERSTELCAFE");
        assertThat(herstelcafe.niveau()).isEqualTo(Niveau.SOCIALE_BASIS);
        assertThat(herstelcafe.soort()).isEqualTo(HulpvraagSoort.PSYCHISCH);
        assertThat(herstelcafe.collectief()).isTrue();
        assertThat(herstelcafe.gemeente()).isNull();
        assertThat(rows.get("LT-BEGELEIDING").collectief()).isFalse();
        assertThat(rows.get("SM-BEGELEIDING-IND").kostenindicatie().eenheid()).isEqualTo("per uur");
        assertThat(rows.get("SB-PSYCHISCH-INLOOP-BLADEL").gemeente()).isEqualTo("1728");
        // A folder with versions and gemeenten: the gemeente's own row holds for that gemeente only.
        assertThat(basis.catalogus()).filteredOn(v -> v.code().equals("SB-PSYCHISCH-INLOOP-BLADEL"))
                .singleElement().extracting(CatalogusVoorziening::gemeente).isEqualTo("1728");
        assertThat(basis.catalogus()).filteredOn(v -> v.code().equals("SB-PSYCHISCH-HERSTELCAFE"))
                .singleElement().extracting(CatalogusVoorziening::gemeente).isNull();
    }
}
