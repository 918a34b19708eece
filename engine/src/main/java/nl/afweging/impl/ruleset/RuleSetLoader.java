// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.afweging.model.GemeenteRegels;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelset;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link ParsedRuleSet} into a {@link LoadedRuleSet}, or fails with every problem it finds, each pointing
 * at a file and line (or table row and column). Each stage runs as far as it can, so one load names every problem
 * at once: what could not be read ({@link ParsedRuleSet#problemen()}, table cells that do not fit their column
 * among them), code a rule may not run ({@link RuleCodeCheck}; then nothing is compiled), compile errors
 * ({@link RuleCompiler}), a rule without id, naam, grondslag or uitleg and duplicate ids ({@link MetadataCheck}),
 * unreadable catalogue amounts ({@link Catalogue}) and parameter values and rules ({@link ParameterReader}).
 */
public final class RuleSetLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);

    /** Problems that stop a rule set before it is compiled. */
    private static final Set<ProblemCode> UNSAFE = EnumSet.of(ProblemCode.NIET_TOEGESTAAN, ProblemCode.CEL_ONGELDIG);
    /** The cache's part with what a load found ({@link RuleSetDescription}). */
    static final String DESCRIPTION = "beschrijving";

    private RuleSetLoader() {}

    /** Loads without a cache, compiling every time; throws {@link RuleSetProblems} naming every problem. */
    public static LoadedRuleSet load(ParsedRuleSet parsed) {
        return run(parsed, null, false);
    }

    /**
     * Loads with a folder of compiled rule sets: a rule set compiled before (same files, same engine) is read
     * from it instead of compiled; a new one is compiled to the executable model and kept there. With
     * {@code alfanetwerk}, for a process that advises many times, also its compiled alpha networks
     * ({@link AlphaNetwork}); false for a process that advises once, which they would only slow.
     */
    public static LoadedRuleSet load(ParsedRuleSet parsed, Path cacheFolder, boolean alfanetwerk) {
        return load(parsed.hash(), parsed.beschrijving(), parsed.problemen().isEmpty(), () -> parsed, cacheFolder, alfanetwerk);
    }

    /**
     * Loads the rules in {@code source} as {@link #load(ParsedRuleSet, Path, boolean)} does, parsing them with
     * {@code parse} only when the folder does not hold this engine's description of exactly these files
     * ({@link RuleSetDescription}, kept after a load of them that found no problem): then the compiled rules and the
     * description are all it reads.
     */
    public static LoadedRuleSet load(RuleSource source, Supplier<ParsedRuleSet> parse, Path cacheFolder, boolean alfanetwerk) {
        return load(source.hash(), source.beschrijving(), source.problemen().isEmpty(), parse, cacheFolder, alfanetwerk);
    }

    /**
     * {@code zonderProblemen}: the folder refused nothing (no link out of it, no file too large). Its files alone make
     * the hash, so a folder that also holds something refused has the hash of one that does not, and must not be
     * taken for it: only the full load names what was refused.
     */
    private static LoadedRuleSet load(String hash, String bron, boolean zonderProblemen, Supplier<ParsedRuleSet> parse,
                                      Path cacheFolder, boolean alfanetwerk) {
        CompiledRuleSetCache cache = CompiledRuleSetCache.in(cacheFolder).orElse(null);
        if (cache != null && zonderProblemen) {
            LoadedRuleSet described = described(hash, bron, cache, alfanetwerk);
            if (described != null) {
                return described;
            }
        }
        return run(parse.get(), cache, alfanetwerk);
    }

    /** The rule set from its kept description and compiled rules; null when either is not there or not proved. */
    private static LoadedRuleSet described(String hash, String bron, CompiledRuleSetCache cache, boolean alfanetwerk) {
        long start = System.nanoTime();
        RuleSetDescription description = cache.bytes(hash, DESCRIPTION).map(bytes -> read(hash, bytes)).orElse(null);
        RuleCompiler.Compiled compiled = description == null ? null : RuleCompiler.cachedRules(hash, cache, alfanetwerk);
        if (compiled == null) {
            return null;
        }
        Regelset regelset = description.regelset(hash);
        logLoaded(regelset, bron, ", gecompileerd en beschreven uit de cache", description.regels().size(), start);
        return new LoadedRuleSet(compiled.regels(), regelset, description.beschrijving(), description.regels(), description.catalogus(),
                description.parameters(), description.gematcht(), true, compiled.alfanetwerk());
    }

    private static RuleSetDescription read(String hash, byte[] bytes) {
        try {
            return RuleSetDescription.read(bytes);
        } catch (IOException e) {
            LOG.warn("De beschrijving van regelset {} in de cache is niet te lezen ({}); de regels worden opnieuw gelezen", hash, e.getMessage());
            return null;
        }
    }

    private static LoadedRuleSet run(ParsedRuleSet parsed, CompiledRuleSetCache cache, boolean alfanetwerk) {
        long start = System.nanoTime();
        List<LoadProblem> problems = new ArrayList<>(parsed.problemen());
        // A cell that does not fit its column is named once, as that; not again as the code it would make.
        Set<String> badCells = problems.stream().filter(p -> p.code() == ProblemCode.CEL_ONGELDIG)
                .map(p -> p.bestand() + ":" + p.regelnummer()).collect(Collectors.toSet());
        // A proved cache entry was compiled by this engine after these files passed its checks (RuleCompiler.cached).
        RuleCompiler.Compiled cached = cache == null ? null : RuleCompiler.cached(parsed, cache, alfanetwerk);
        // Whatever the code check finds stops the load before compiling: only what passed it is compiled, so only
        // that is ever kept in the cache (which is why a proved entry skips it).
        boolean refused = false;
        if (cached == null) {
            List<LoadProblem> code = RuleCodeCheck.check(parsed);
            refused = !code.isEmpty();
            code.stream().filter(p -> !badCells.contains(p.bestand() + ":" + p.regelnummer())).forEach(problems::add);
        }
        MetadataCheck.check(parsed.regels(), problems);
        if (refused || problems.stream().anyMatch(p -> UNSAFE.contains(p.code()))) {
            // Code that is not allowed is never compiled: Drools may evaluate parts of a rule while compiling it.
            Catalogue.read(parsed.regelbestanden(), problems);
            throw new RuleSetProblems(problems);
        }
        // A parameter value that is no whole number is named as that, once; not again as Drools' compile error.
        Map<String, Integer> parameters = ParameterReader.read(parsed.regelbestanden(), problems);
        Set<String> badParameters = problems.stream().filter(p -> p.code() == ProblemCode.PARAMETER_ONGELDIG)
                .map(p -> p.bestand() + ":" + p.regelnummer()).collect(Collectors.toSet());
        List<LoadProblem> compileProblems = new ArrayList<>();
        RuleCompiler.Compiled compiled = cached != null ? cached : RuleCompiler.compile(parsed, cache, compileProblems, alfanetwerk);
        // An error without a place (in the Java Drools makes of the rules) follows from a problem named already, if any.
        boolean named = !problems.isEmpty();
        compileProblems.stream().filter(p -> !badParameters.contains(p.bestand() + ":" + p.regelnummer()))
                .filter(p -> !(named && p.bestand() == null)).forEach(problems::add);
        Map<String, VoorzieningInfo> catalogus = Catalogue.read(parsed.regelbestanden(), problems);
        Manifest manifest = parsed.manifest();
        if (!problems.isEmpty() || manifest == null || compiled.regels() == null) {
            throw new RuleSetProblems(problems);
        }
        Described described = describeRules(parsed, compiledRules(parsed, compiled.regels(), compiled.parameters()),
                compiled.regels());
        Map<String, RuleInfo> regels = described.regels();
        GemeenteManifest gemeente = parsed.gemeente();
        Regelset regelset = new Regelset(manifest.naam(), manifest.versie(), manifest.geldigVanaf(), parsed.hash(),
                gemeente == null ? null : new GemeenteRegels(gemeente.code(), gemeente.naam(), gemeente.versie(), parsed.gemeenteHash()));
        logLoaded(regelset, parsed.beschrijving(), compiled.uitCache() ? ", gecompileerd uit de cache" : "", regels.size(), start);
        if (cache != null && compiled.bewaard()) {
            // Only now, after every check passed: a kept description stands for a load of these files without a problem.
            cache.store(RuleSetDescription.of(regelset, manifest.beschrijving(), regels, catalogus, parameters, described.matched()).write(),
                    parsed.hash(), DESCRIPTION);
        }
        return new LoadedRuleSet(compiled.regels(), regelset, manifest.beschrijving(), regels, catalogus, parameters,
                described.matched(), compiled.uitCache(), compiled.alfanetwerk());
    }

    /** The one line a load logs: which rule set, from where, how ({@code hoe}: from the cache or not), how long it took. */
    private static void logLoaded(Regelset regelset, String bron, String hoe, int regels, long start) {
        LOG.info("Regelset {} {}{} geladen uit {}{} ({} regels, {} ms)", regelset.naam(), regelset.versie(),
                regelset.gemeente() == null ? "" : " met de regels van gemeente " + regelset.gemeente().code(), bron, hoe, regels,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A rule as Drools compiled it, with the KieBase it is in. */
    private record CompiledRule(KieBase kieBase, Rule rule) {}

    /**
     * Every rule, by Drools rule name, and the class of every fact a pattern of the evaluations' rules matches (which
     * parameter facts an evaluation needs).
     */
    private record Described(Map<String, RuleInfo> regels, Set<Class<?>> matched) {}

    /**
     * What the engine knows of every rule, by Drools rule name: what is written (from the parsed files) and what its
     * conditions read (from the compiled rule).
     */
    private static Described describeRules(ParsedRuleSet parsed, Map<String, CompiledRule> compiled, KieBase regelBase) {
        Map<String, RuleInfo> regels = new LinkedHashMap<>();
        Set<Class<?>> matched = new HashSet<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (ParsedRule rule : parsed.regels()) {
            CompiledRule c = compiled.get(rule.naam());
            CompiledReads.Reads reads = CompiledReads.of(c.kieBase(), c.rule());
            ParameterReader.checkNamesSeen(rule, reads, problems);
            if (c.kieBase() == regelBase) {
                matched.addAll(reads.facts());
            }
            regels.put(rule.naam(), new RuleInfo(rule.naam(), rule.meta("id"), rule.meta("naam"), rule.meta("grondslag"),
                    rule.meta("uitleg"), rule.bron(), rule.soort(), Leesplan.paths(reads), rule.metadata()));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetProblems(problems);
        }
        return new Described(regels, matched);
    }

    /**
     * Every compiled rule by name, the evaluations' and the parameters'. They are the rules as read, or an advice
     * could name a rule the engine cannot describe; a difference is a fault in reading the files, never in the rules.
     */
    private static Map<String, CompiledRule> compiledRules(ParsedRuleSet parsed, KieBase... kieBases) {
        Map<String, CompiledRule> compiled = new TreeMap<>();
        for (KieBase kieBase : kieBases) {
            for (KiePackage pkg : kieBase == null ? List.<KiePackage>of() : kieBase.getKiePackages()) {
                pkg.getRules().forEach(rule -> compiled.put(rule.getName(), new CompiledRule(kieBase, rule)));
            }
        }
        Set<String> read = new TreeSet<>(parsed.regels().stream().map(ParsedRule::naam).toList());
        if (!compiled.keySet().equals(read)) {
            Set<String> onlyCompiled = new TreeSet<>(compiled.keySet());
            onlyCompiled.removeAll(read);
            Set<String> onlyRead = new TreeSet<>(read);
            onlyRead.removeAll(compiled.keySet());
            throw new IllegalStateException("De gecompileerde regels wijken af van de gelezen regels: alleen gecompileerd "
                    + onlyCompiled + ", alleen gelezen " + onlyRead);
        }
        return compiled;
    }
}
