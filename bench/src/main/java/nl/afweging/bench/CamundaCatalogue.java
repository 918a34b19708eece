// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.CatalogusVoorziening;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The voorzieningen catalogue ({@code voorzieningen.drl.csv}) as a DMN 1.3 decision table on the Camunda 7
 * standalone DMN engine with legacy FEEL (the JUEL-based engine, as {@link CamundaLadder} uses it), the peer of
 * {@link CatalogueBenchmark#catalogue1000}. The table is written from the catalogue the engine loaded, so it is the
 * same catalogue: hit policy COLLECT; the inputs niveau, soort and gemeente with
 * the rows' equality tests (a string literal, or an empty entry, "any", where the row's cell is empty); the
 * outputs code and collectief, what a row's {@code Voorstel} carries. Parsed once; thread-safe.
 */
public final class CamundaCatalogue {
    private static final String DECISION = "voorzieningen";

    private final DmnEngine engine;
    private final DmnDecision decision;
    private final int rows;

    private CamundaCatalogue(String dmn, int rows) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        this.engine = configuration.enableFeelLegacyBehavior(true).buildEngine();
        this.decision = engine.parseDecision(DECISION, new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
        this.rows = rows;
    }

    /**
     * The decision table for a catalogue as the engine loaded it ({@code Engine.catalogus()}, one row per code):
     * the rows the engine matches, read by the engine's own table reader rather than a second one here.
     */
    public static CamundaCatalogue of(List<CatalogusVoorziening> catalogus) {
        return new CamundaCatalogue(dmn(catalogus), catalogus.size());
    }

    public int rows() {
        return rows;
    }

    /**
     * The lookups the engine's catalogue does for one aanvraag: one per soort of the hulpvraag, at the advised
     * niveau, for the aanvraag's gemeente (null when it has none, as in {@code VraagOpNiveau}).
     */
    public record Lookup(Niveau niveau, List<HulpvraagSoort> soorten, String gemeente) {
        public static Lookup of(Aanvraag aanvraag, Niveau advised) {
            return new Lookup(advised, aanvraag.hulpvraag().soorten(), aanvraag.gemeente());
        }
    }

    /**
     * Every row that applies, merged as the engine merges its {@code Voorstel}s: code to collectief, in the order
     * found. One evaluation of the table per soort.
     */
    public Map<String, Boolean> voorzieningen(Lookup lookup) {
        Map<String, Boolean> found = new LinkedHashMap<>();
        String niveau = lookup.niveau().name();
        for (HulpvraagSoort soort : lookup.soorten()) {
            Map<String, Object> variables = new HashMap<>(8);
            variables.put("niveau", niveau);
            variables.put("soort", soort.name());
            variables.put("gemeente", lookup.gemeente());
            for (DmnDecisionRuleResult row : engine.evaluateDecisionTable(decision, variables)) {
                found.merge(row.getEntry("code"), row.getEntry("collectief"), (x, y) -> (Boolean) x || (Boolean) y);
            }
        }
        return found;
    }

    /** The DMN 1.3 document: one decision, one COLLECT table, one DMN rule per catalogue row, in the given order. */
    static String dmn(List<CatalogusVoorziening> rows) {
        StringBuilder x = new StringBuilder(400 + rows.size() * 600);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"catalogus\"")
                .append(" name=\"Catalogus\" namespace=\"https://afweging.nl/dmn\">\n")
                .append("  <decision id=\"").append(DECISION).append("\" name=\"Voorzieningen\">\n")
                .append("    <decisionTable id=\"voorzieningenTabel\" hitPolicy=\"COLLECT\">\n");
        input(x, "niveau", "niveau");
        input(x, "soort", "soort hulpvraag");
        input(x, "gemeente", "gemeente (CBS-code)");
        x.append("      <output id=\"outCode\" label=\"code\" name=\"code\" typeRef=\"string\"/>\n")
                .append("      <output id=\"outCollectief\" label=\"collectief\" name=\"collectief\" typeRef=\"boolean\"/>\n");
        for (int i = 0; i < rows.size(); i++) {
            CatalogusVoorziening row = rows.get(i);
            String id = "r" + i;
            x.append("      <rule id=\"").append(id).append("\">\n");
            x.append("        <description>").append(escape(row.code())).append("</description>\n");
            entry(x, "inputEntry", id + "niveau", literal(row.niveau().name()));
            entry(x, "inputEntry", id + "soort", literal(row.soort().name()));
            entry(x, "inputEntry", id + "gemeente", literal(row.gemeente()));
            entry(x, "outputEntry", id + "code", "\"" + row.code() + "\"");
            entry(x, "outputEntry", id + "collectief", Boolean.toString(row.collectief()));
            x.append("      </rule>\n");
        }
        return x.append("    </decisionTable>\n  </decision>\n</definitions>\n").toString();
    }

    private static void input(StringBuilder x, String name, String label) {
        x.append("      <input id=\"in_").append(name).append("\" label=\"").append(escape(label)).append("\">\n")
                .append("        <inputExpression id=\"expr_").append(name).append("\" typeRef=\"string\"><text>")
                .append(name).append("</text></inputExpression>\n")
                .append("      </input>\n");
    }

    private static void entry(StringBuilder x, String element, String id, String text) {
        x.append("        <").append(element).append(" id=\"").append(id).append("\"><text>").append(escape(text))
                .append("</text></").append(element).append(">\n");
    }

    /** A row without a gemeente holds for every gemeente, so its DMN entry is empty: "any". */
    private static String literal(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        if (cell.indexOf('"') >= 0 || cell.indexOf('\\') >= 0) {
            throw new IllegalStateException("A catalogue cell that is not a plain value: " + cell);
        }
        return "\"" + cell + "\"";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
