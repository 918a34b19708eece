// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.afweging.Engine;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's full explained advice with the default afwegingskader, as an embedding system calls it: the rule
 * sets from a cache of compiled rule sets, as the command line and the service load them, so with their alpha
 * networks compiled ({@link CachedEngine}); {@link #adviceWithoutAlphaNetworkCompiler} without. And a pair that
 * differs only in how the rules read the parameters: version 2026.1 alone as released, a {@code Parameter} fact per row
 * ({@link #adviceParameterPerRow}), and written to read them from one fact ({@link #adviceOneParametersFact}).
 * The annotated schedule is the quick mode's ({@code --full} overrides it): Drools needs about 15 s of JIT on
 * two cores to approach its steady state; 8 s keeps the quick run near three minutes and gets most of the way.
 */
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AdviceBenchmark {
    private Engine engine;
    private Engine droolsNetwork;
    private Engine parameterPerRow;
    private Engine oneParametersFact;
    private Aanvraag[] aanvragen;
    private String[] json;

    @Setup
    public void load() {
        engine = CachedEngine.build(null);
        droolsNetwork = Engine.builder().build();
        parameterPerRow = bundled(BundledRules::copyTo);
        oneParametersFact = bundled(BundledRules::copyOneParametersFactTo);
        aanvragen = BenchData.aanvragen();
        json = BenchData.json(aanvragen);
    }

    /** Object in, object out; the aanvraag is still checked against the contract, as the API always does. */
    @Benchmark
    public Advies advice(Cursor cursor) {
        return engine.evaluate(aanvragen[cursor.next()]);
    }

    /**
     * The same on two threads sharing one engine (the machine has two cores): does it scale? Two busy threads
     * leave the JIT compiler little room on two cores, so this one warms up twice as long.
     */
    @Benchmark
    @Threads(2)
    @Warmup(iterations = 8, time = 2)
    public Advies advice2Threads(Cursor cursor) {
        return engine.evaluate(aanvragen[cursor.next()]);
    }

    /** The same advice on Drools' own alpha network: what the compiled networks gain. */
    @Benchmark
    public Advies adviceWithoutAlphaNetworkCompiler(Cursor cursor) {
        return droolsNetwork.evaluate(aanvragen[cursor.next()]);
    }

    /**
     * Version 2026.1 alone (every generated aanvraag's peildatum is in 2026), its rules reading a {@code Parameter}
     * fact per row of the parameter table: the baseline of {@link #adviceOneParametersFact}.
     */
    @Benchmark
    public Advies adviceParameterPerRow(Cursor cursor) {
        return parameterPerRow.evaluate(aanvragen[cursor.next()]);
    }

    /**
     * The same advice (byte for byte but the rule set's name and hash: {@code ParametersFactTest}) from the same
     * version with its rules reading one {@code Parameters} fact: what five facts fewer per advice gain.
     */
    @Benchmark
    public Advies adviceOneParametersFact(Cursor cursor) {
        return oneParametersFact.evaluate(aanvragen[cursor.next()]);
    }

    /** An engine, from a cache, on the rules {@code copy} writes into a new temporary folder. */
    private static Engine bundled(Consumer<Path> copy) {
        try {
            Path folder = Files.createTempDirectory("afweging-regels-");
            copy.accept(folder);
            return CachedEngine.build(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON in, JSON out: parsing, validation, advice and writing, as the command line and services use it. */
    @Benchmark
    public String adviceJson(Cursor cursor) {
        return engine.evaluateToJson(json[cursor.next()]);
    }
}
