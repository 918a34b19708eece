// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afweging.Engine;
import nl.afweging.Json;

/** The figures of one run, as one JSON object or as a table for people. */
final class BenchReport {
    private final RunSettings settings;
    private final Map<String, Double> scores;
    private final LoadFigures load;

    BenchReport(RunSettings settings, Map<String, Double> scores, LoadFigures load) {
        this.settings = settings;
        this.scores = scores;
        this.load = load;
    }

    Map<String, Object> figures() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("adviceOpsPerSec", opsPerSec("AdviceBenchmark.advice"));
        f.put("adviceOpsPerSec2Threads", opsPerSec("AdviceBenchmark.advice2Threads"));
        f.put("adviceJsonOpsPerSec", opsPerSec("AdviceBenchmark.adviceJson"));
        f.put("allocBytesPerAdvice", Math.round(allocation()));
        f.put("handCodedOpsPerSec", opsPerSec("HandCodedBenchmark.handCoded"));
        Map<String, Object> ladder = new LinkedHashMap<>();
        ladder.put("engine", opsPerSec("LadderBenchmark.engine"));
        ladder.put("camundaLegacyFeel", opsPerSec("LadderBenchmark.camundaLegacyFeel"));
        ladder.put("camundaDefaultFeel", opsPerSec("LadderBenchmark.camundaDefaultFeel"));
        ladder.put("handCoded", opsPerSec("LadderBenchmark.handCoded"));
        f.put("ladder", ladder);
        f.put("catalogue1000OpsPerSec", opsPerSec("CatalogueBenchmark.catalogue1000"));
        // Both ways, so the compiled networks show what they gain where they are used (issue 15).
        Map<String, Object> anc = new LinkedHashMap<>();
        anc.put("adviceOpsPerSecWithout", opsPerSec("AdviceBenchmark.adviceWithoutAlphaNetworkCompiler"));
        anc.put("catalogue1000OpsPerSecWithout", opsPerSec("CatalogueBenchmark.catalogue1000WithoutAlphaNetworkCompiler"));
        f.put("alphaNetworkCompiler", anc);
        // The parameters as one fact (issue 15, point 3): the same advice from examples/regels-een-parameterfeit.
        Map<String, Object> oneFact = new LinkedHashMap<>();
        oneFact.put("adviceOpsPerSec", opsPerSec("AdviceBenchmark.adviceOneParametersFact"));
        oneFact.put("adviceOpsPerSecParameterPerRow", opsPerSec("AdviceBenchmark.adviceParameterPerRow"));
        f.put("parametersAsOneFact", oneFact);
        f.put("catalogue1000CamundaOpsPerSec", opsPerSec("CatalogueBenchmark.camunda1000"));
        f.put("catalogue1000Slowdown", round(slowdown(), 2));
        f.put("coldLoadMs", Math.round(load.coldLoadMs()));
        f.put("warmLoadMs", Math.round(load.warmLoadMs()));
        f.put("cacheMissLoadMs", Math.round(load.cacheMissLoadMs()));
        f.put("cachedLoadMs", Math.round(load.cachedLoadMs()));
        f.put("decideColdMs", Math.round(load.decideColdMs()));
        f.put("decideWarmMs", Math.round(load.decideWarmMs()));
        f.put("heapAfterLoadMb", round(load.heapAfterLoadMb(), 1));
        f.put("batch", batch(load.batch()));
        f.put("simulate", batch(load.simulate()));
        f.put("genereerLinesPerSec", opsPerSec("GenereerBenchmark.genereer"));
        f.put("serve", serve(load.service()));
        f.put("targets", targets().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("what", t.what());
            m.put("goal", t.goal());
            m.put("measured", round(t.measured(), 2));
            m.put("met", t.met());
            return m;
        }).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("mode", settings.name());
        run.put("forks", settings.forks());
        run.put("warmup", settings.warmup() == null ? "per benchmark" : settings.warmup().toString());
        run.put("measurement", settings.measurement() == null ? "per benchmark" : settings.measurement().toString());
        run.put("statistic", "median of measurement iterations");
        run.put("coldLoadRuns", settings.coldLoadRuns());
        run.put("aanvragen", BenchData.SIZE);
        run.put("seed", BenchData.SEED);
        run.put("catalogueRows", CatalogueBenchmark.ROWS);
        run.put("engineVersie", Engine.versie());
        f.put("run", run);
        f.put("machine", machine());
        return f;
    }

    static Map<String, Object> serve(ServiceFigures s) {
        Map<String, Object> serve = new LinkedHashMap<>();
        serve.put("readyMs", Math.round(s.readyMs()));
        serve.put("connections", s.connections());
        serve.put("adviezenPerSec", round(s.load().perSecond(), 0));
        serve.put("p50Ms", round(s.load().p50Ms(), 2));
        serve.put("p99Ms", round(s.load().p99Ms(), 2));
        serve.put("requests", s.load().requests());
        serve.put("failures", s.load().failures());
        serve.put("reloads", s.reloads());
        serve.put("reloadsReplaced", s.replaced());
        serve.put("requestsDuringReloads", s.underReload().requests());
        serve.put("adviezenPerSecDuringReloads", round(s.underReload().perSecond(), 0));
        serve.put("failuresDuringReloads", s.underReload().failures());
        serve.put("p99MsDuringReloads", round(s.underReload().p99Ms(), 2));
        return serve;
    }

    private static Map<String, Object> batch(LoadFigures.Batch b) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("lines", b.lines());
        batch.put("heapLimitMb", b.heapLimitMb());
        batch.put("threads", b.threads());
        batch.put("seconds", round(b.seconds(), 1));
        batch.put("linesPerSec", round(b.linesPerSec(), 0));
        return batch;
    }

    List<Target> targets() {
        return Target.of(score("AdviceBenchmark.advice"), score("AdviceBenchmark.advice2Threads"),
                score("AdviceBenchmark.adviceJson"), score("LadderBenchmark.engine"),
                score("LadderBenchmark.camundaLegacyFeel"), score("LadderBenchmark.camundaDefaultFeel"), slowdown(),
                score("CatalogueBenchmark.catalogue1000") / score("CatalogueBenchmark.camunda1000"), load,
                score("GenereerBenchmark.genereer"), allocation());
    }

    /** Bytes allocated per full advice (object in, object out), by JMH's GC profiler. */
    private double allocation() {
        return score("AdviceBenchmark.advice" + JmhRun.ALLOCATION);
    }

    private double slowdown() {
        return score("AdviceBenchmark.advice") / score("CatalogueBenchmark.catalogue1000");
    }

    String json() {
        return Json.write(figures());
    }

    String table() {
        StringBuilder t = new StringBuilder();
        t.append("afweging benchmark (").append(settings.describe()).append("; median ops/s)\n");
        Map<String, Object> m = machine();
        t.append("machine: ").append(m.get("cores")).append(" cores, ").append(m.get("jvm")).append(", ").append(m.get("os")).append("\n\n");
        row(t, "full advice, 1 thread", "AdviceBenchmark.advice");
        row(t, "  the same, Drools' own alpha network", "AdviceBenchmark.adviceWithoutAlphaNetworkCompiler");
        row(t, "  2026.1 alone, a Parameter per row", "AdviceBenchmark.adviceParameterPerRow");
        row(t, "  2026.1 alone, parameters as one fact", "AdviceBenchmark.adviceOneParametersFact");
        row(t, "full advice, 2 threads", "AdviceBenchmark.advice2Threads");
        row(t, "JSON in, JSON out", "AdviceBenchmark.adviceJson");
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f bytes%n", "allocated per full advice", allocation()));
        row(t, "hand-coded kader (the limit)", "HandCodedBenchmark.handCoded");
        row(t, "ZRM ladder: Drools (ladder.drl.csv)", "LadderBenchmark.engine");
        row(t, "ZRM ladder: Camunda DMN, legacy FEEL", "LadderBenchmark.camundaLegacyFeel");
        row(t, "ZRM ladder: Camunda DMN, default FEEL", "LadderBenchmark.camundaDefaultFeel");
        row(t, "ZRM ladder: hand-coded", "LadderBenchmark.handCoded");
        row(t, "full advice, " + CatalogueBenchmark.ROWS + "-row catalogue", "CatalogueBenchmark.catalogue1000");
        row(t, "  the same, Drools' own alpha network", "CatalogueBenchmark.catalogue1000WithoutAlphaNetworkCompiler");
        row(t, "Camunda DMN, " + CatalogueBenchmark.ROWS + "-row catalogue (lookups)", "CatalogueBenchmark.camunda1000");
        t.append(String.format(Locale.ROOT, "%-42s %14.2f x%n", "slowdown by the large catalogue", slowdown()));
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f ms%n", "cold load, fresh JVM (compiles)", load.coldLoadMs()));
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f ms%n", "warm reload, same JVM", load.warmLoadMs()));
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f ms%n", "cold load into an empty cache", load.cacheMissLoadMs()));
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f ms%n", "cold load from the cache", load.cachedLoadMs()));
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f ms%n", "decide, one aanvraag, fresh JVM", load.decideColdMs()));
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f ms%n", "decide, as ./afweging (AppCDS, C1 only)", load.decideWarmMs()));
        t.append(String.format(Locale.ROOT, "%-42s %14.1f MB%n", "heap after load", load.heapAfterLoadMb()));
        LoadFigures.Batch b = load.batch();
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f lines/s (%,d lines in %.1f s, -Xmx%dm, %d threads)%n",
                "decide --jsonl, start-up included", b.linesPerSec(), b.lines(), b.seconds(), b.heapLimitMb(), b.threads()));
        LoadFigures.Batch sim = load.simulate();
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f lines/s (%,d lines in %.1f s, -Xmx%dm, %d threads)%n",
                "simulate 2026.1 vs 2027.1, start-up included", sim.linesPerSec(), sim.lines(), sim.seconds(), sim.heapLimitMb(),
                sim.threads()));
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f lines/s (%d threads)%n", "genereer, JSON Lines",
                score("GenereerBenchmark.genereer"), Runtime.getRuntime().availableProcessors()));
        t.append(serveTable(load.service()));
        t.append("\ntargets (issues #4, #12, #13 and #15):\n");
        for (Target target : targets()) {
            t.append(String.format(Locale.ROOT, "  %-4s %-44s %-9s measured %,.2f%n", target.met() ? "met" : "MISS",
                    target.what(), target.goal(), target.measured()));
        }
        return t.toString();
    }

    static String serveTable(ServiceFigures serve) {
        return String.format(Locale.ROOT, "%-42s %,14.0f ms%n", "serve, start until ready (cached rules)", serve.readyMs())
                + String.format(Locale.ROOT, "%-42s %,14.0f ops/s (p50 %.2f ms, p99 %.2f ms, %d connections, %,d failed)%n",
                        "serve, POST /api/v1/adviezen", serve.load().perSecond(), serve.load().p50Ms(), serve.load().p99Ms(),
                        serve.connections(), serve.load().failures())
                + String.format(Locale.ROOT, "%-42s %,14d failed (%,d requests in %.0f s, %,.0f a second; %d of %d reloads"
                                + " replaced the rules)%n", "serve, the same load during reloads", serve.underReload().failures(),
                        serve.underReload().requests(), serve.underReload().seconds(), serve.underReload().perSecond(),
                        serve.replaced(), serve.reloads());
    }

    private void row(StringBuilder t, String label, String benchmark) {
        t.append(String.format(Locale.ROOT, "%-42s %,14.0f ops/s%n", label, score(benchmark)));
    }

    private double score(String benchmark) {
        Double score = scores.get(benchmark);
        if (score == null) {
            throw new IllegalStateException("JMH returned no result for " + benchmark + "; got " + scores.keySet());
        }
        return score;
    }

    private double opsPerSec(String benchmark) {
        return round(score(benchmark), 1);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        return m;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
