// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.afweging.model.Niveau;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The ZRM ladder as a DMN 1.3 decision table ({@code ladder.dmn}) on the Camunda 7 standalone DMN engine, the
 * peer a gemeente might otherwise pick. Parsed once; thread-safe, like the engine it wraps.
 */
public final class CamundaLadder {
    private final DmnEngine engine;
    private final DmnDecision decision;

    /**
     * @param legacyFeel true for the pre-7.13 JUEL-based FEEL engine (simple unary tests only), false for the
     *                   default FEEL Scala engine
     */
    public CamundaLadder(boolean legacyFeel) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        this.engine = configuration.enableFeelLegacyBehavior(legacyFeel).buildEngine();
        try (InputStream dmn = CamundaLadder.class.getResourceAsStream("ladder.dmn")) {
            this.decision = engine.parseDecision("ladder", dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LadderUitkomst evaluate(LadderInput in) {
        Map<String, Object> variables = new HashMap<>(8);
        variables.put("heeftScores", in.heeftScores());
        variables.put("m", in.m());
        variables.put("k3", in.k3());
        variables.put("k2", in.k2());
        DmnDecisionRuleResult row = engine.evaluateDecisionTable(decision, variables).getSingleResult();
        return new LadderUitkomst(Niveau.valueOf(row.getEntry("basisniveau")), row.getEntry("regel"));
    }
}
