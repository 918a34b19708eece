// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON report is what `./afweging bench --json` consumers read: its field names are a contract. */
class BenchReportTest {

    @Test
    void jsonHasEveryPromisedFigure() throws Exception {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String name : new String[] {"AdviceBenchmark.advice", "AdviceBenchmark.advice2Threads",
                "AdviceBenchmark.adviceJson", "AdviceBenchmark.adviceWithoutAlphaNetworkCompiler", "AdviceBenchmark.adviceOneParametersFact",
                "AdviceBenchmark.adviceParameterPerRow",
                "CatalogueBenchmark.catalogue1000WithoutAlphaNetworkCompiler", "HandCodedBenchmark.handCoded", "LadderBenchmark.engine",
                "LadderBenchmark.camundaLegacyFeel", "LadderBenchmark.camundaDefaultFeel",
                "LadderBenchmark.handCoded"}) {
            scores.put(name, 1000.0);
        }
        scores.put("CatalogueBenchmark.catalogue1000", 400.0);
        scores.put("CatalogueBenchmark.camunda1000", 2.0);
        scores.put("GenereerBenchmark.genereer", 250_000.0);
        scores.put("AdviceBenchmark.advice" + JmhRun.ALLOCATION, 30_000.0);
        BenchReport report = new BenchReport(RunSettings.QUICK, scores,
                new LoadFigures(3000, 900, 42.5, 3500, 600, 1100, 700, new LoadFigures.Batch(100_000, 256, 2, 5.0),
                        new LoadFigures.Batch(100_000, 256, 2, 8.0),
                        new ServiceFigures(1400, 32, new HttpLoad.Result(60_000, 0, Map.of(200, 60_000L), 5.0, 2.1, 30.5, 80),
                                20, 20, new HttpLoad.Result(9_000, 0, Map.of(200, 9_000L), 3.0, 2.5, 40, 90))));

        JsonNode json = new ObjectMapper().readTree(report.json());

        assertThat(json.fieldNames()).toIterable().contains("adviceOpsPerSec", "adviceOpsPerSec2Threads",
                "adviceJsonOpsPerSec", "allocBytesPerAdvice", "alphaNetworkCompiler", "parametersAsOneFact", "handCodedOpsPerSec", "ladder", "catalogue1000OpsPerSec", "catalogue1000CamundaOpsPerSec", "catalogue1000Slowdown", "coldLoadMs",
                "warmLoadMs", "heapAfterLoadMb", "cacheMissLoadMs", "cachedLoadMs", "decideColdMs", "decideWarmMs", "batch", "simulate", "genereerLinesPerSec", "serve", "targets", "machine");
        assertThat(json.get("parametersAsOneFact").fieldNames()).toIterable()
                .containsExactly("adviceOpsPerSec", "adviceOpsPerSecParameterPerRow");
        assertThat(json.get("serve").get("adviezenPerSec").asDouble()).isEqualTo(12_000);
        assertThat(json.get("serve").get("failuresDuringReloads").asLong()).isZero();
        // 30.5 ms misses the p99 target of 25 ms; 12,000 a second meets 10,000; 1.4 s is ready within 3 s.
        assertTarget(json, "serve.p99Ms", false);
        assertTarget(json, "serve.adviezenPerSec", true);
        assertThat(json.get("ladder").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("engine", "camundaLegacyFeel", "camundaDefaultFeel", "handCoded");
        assertThat(json.get("machine").fieldNames()).toIterable().contains("cores", "jvm", "os");
        assertThat(json.get("catalogue1000Slowdown").asDouble()).isEqualTo(2.5);
        // 400 against 2 a second is 200 times: the engine meets its aim of 100 times Camunda on the 1,000-row catalogue.
        assertThat(json.get("catalogue1000CamundaOpsPerSec").asDouble()).isEqualTo(2.0);
        assertThat(json.get("targets")).anySatisfy(t -> {
            assertThat(t.get("what").asText()).isEqualTo("catalogue1000OpsPerSec / catalogue1000CamundaOpsPerSec");
            assertThat(t.get("measured").asDouble()).isEqualTo(200.0);
            assertThat(t.get("met").asBoolean()).isTrue();
        });
        assertThat(json.get("coldLoadMs").asLong()).isEqualTo(3000);
        assertThat(json.get("batch").get("linesPerSec").asDouble()).isEqualTo(20_000);
        // 1000 ops/s on one thread misses 50,000; a 2.5x slowdown misses 1.5x; 1.1 s decide meets 2 s.
        assertTarget(json, "adviceOpsPerSec", false);
        assertTarget(json, "catalogue1000Slowdown", false);
        assertTarget(json, "decideColdMs", true);
        // 700 ms misses the 600 ms of issue 15.
        assertThat(json.get("decideWarmMs").asLong()).isEqualTo(700);
        assertTarget(json, "decideWarmMs", false);
        assertTarget(json, "genereerLinesPerSec", true);
        // 100,000 lines in 8 s is 12,500 a second: short of a million in 60 s (16,667 a second).
        assertThat(json.get("simulate").get("linesPerSec").asDouble()).isEqualTo(12_500);
        assertTarget(json, "simulateLinesPerSec", false);
        // 30,000 bytes per advice misses the 25,000 of issue #15.
        assertThat(json.get("allocBytesPerAdvice").asLong()).isEqualTo(30_000);
        assertTarget(json, "allocBytesPerAdvice", false);
        assertThat(report.table()).contains("allocated per full advice", "Camunda DMN, 1000-row catalogue (lookups)", "simulate 2026.1 vs 2027.1", "genereer, JSON Lines", "full advice, 1 thread", "2.50 x", "MISS", "met", "decide, as ./afweging (AppCDS, C1 only)");
    }

    /** The target named {@code what} is in the report, met or not as said. */
    private static void assertTarget(JsonNode json, String what, boolean met) {
        assertThat(json.get("targets")).anySatisfy(t -> {
            assertThat(t.get("what").asText()).isEqualTo(what);
            assertThat(t.get("met").asBoolean()).isEqualTo(met);
        });
    }
}
