// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the DRL of a parsed rule set with Drools, in two parts: the rules every evaluation runs, and the parameter
 * tables, which are kept out of the evaluations' KieBase and never fired (the engine reads their cells as data, see
 * {@link ParameterReader}; they are compiled for their compile errors and described like every rule). Each part is
 * compiled to Drools' executable model, kept in a cache of compiled rule sets when there is one; there is no other
 * way, so what {@code validate} accepts without a cache is what a cached load runs. Every compile error
 * becomes a problem at its file and line, or table row and column ({@link CompileMessages}).
 */
final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    /** Where a file goes in Drools' file system when its package cannot be read (its build then says why). */
    static final String FOLDER = "nl/afweging/regels/";
    private static final String PARAMETERS = "parameters";
    /** The cache's part with the rules' compiled alpha networks ({@link AlphaNetwork}). */
    static final String ALPHA_NETWORK = "alfanetwerk";

    /**
     * What a compilation gave: the evaluations' rules and the parameter tables (each null after an error; the
     * parameters also when there are none), whether everything came from the cache, whether the rules are kept there
     * (from it or compiled into it), and what puts the compiled alpha networks in place (to be run before the first
     * session; it gives the fact types whose network runs compiled).
     */
    record Compiled(KieBase regels, KieBase parameters, boolean uitCache, boolean bewaard, Supplier<Set<String>> alfanetwerk) {}

    /**
     * One part's own KieModule, so the two never share a KieBase; {@code name} is null for the rules. {@code files}:
     * for each resource written, the rule file it is the DRL of.
     */
    private record Part(String name, ReleaseId releaseId, KieFileSystem kfs, Map<String, String> files) {}

    private RuleCompiler() {}

    /**
     * The rule set from the cache, when every part is there and proved to be this machine's own compilation of these
     * files by this engine; null otherwise. Only a rule set that passed the checks is ever compiled, and the
     * engine's fingerprint covers the checking code, so a proved entry also proves the rule set passed them.
     */
    static Compiled cached(ParsedRuleSet parsed, CompiledRuleSetCache cache, boolean alfanetwerk) {
        List<Part> parts = parts(parsed);
        if (parts.isEmpty()) {
            return null;
        }
        List<KieBase> containers = fromCache(parsed, parts, cache);
        if (containers == null) {
            return null;
        }
        return new Compiled(containers.get(0), containers.size() > 1 ? containers.get(1) : null, true, true,
                alphaNetwork(parsed.hash(), containers.get(0), cache, alfanetwerk));
    }

    /**
     * Only the rules every evaluation runs, from the cache (see {@link #cached}); null when they are not there. For a
     * rule set whose description is kept too ({@link RuleSetDescription}): the parameter tables are never fired, and
     * what they hold is in the description.
     */
    static Compiled cachedRules(String hash, CompiledRuleSetCache cache, boolean alfanetwerk) {
        return cache.load(KieServices.get(), releaseId(hash, null), hash, null)
                .map(rules -> new Compiled(rules, null, true, true, alphaNetwork(hash, rules, cache, alfanetwerk)))
                .orElse(null);
    }

    /**
     * What puts the rules' alpha networks in place, compiled: from the cache when they are there (and made from this
     * very network), and otherwise compiled then and kept there. Only with a cache, and only for a process that
     * advises more than once: compiling them takes longer than the rules save in a process that does not keep them,
     * and even putting them back (Drools generates each network's source again to check it) costs a process that
     * advises once more than it gains. It runs at the rule set's first advice, not at loading: a service is ready
     * sooner, and an engine that never advises on this rule set (another period) never pays for it.
     */
    private static Supplier<Set<String>> alphaNetwork(String hash, KieBase kieBase, CompiledRuleSetCache cache,
                                                      boolean alfanetwerk) {
        if (!alfanetwerk) {
            return Set::of;
        }
        return () -> {
            try {
                Map<String, AlphaNetwork.Compiled> networks = cache.bytes(hash, ALPHA_NETWORK).map(kept -> read(hash, kept)).orElse(null);
                if (networks == null) {
                    networks = AlphaNetwork.compile(kieBase, AlphaNetwork.MAX_SOURCE);
                    cache.store(AlphaNetwork.write(networks), hash, ALPHA_NETWORK);
                }
                return AlphaNetwork.attach(kieBase, networks);
            } catch (RuntimeException e) {
                // Drools' own network gives the same advice, only slower.
                LOG.warn("De alfanetwerken van regelset {} blijven die van Drools ({})", hash, e.toString());
                return Set.of();
            }
        };
    }

    private static Map<String, AlphaNetwork.Compiled> read(String hash, byte[] kept) {
        try {
            return AlphaNetwork.read(kept);
        } catch (IOException e) {
            LOG.warn("De gecompileerde alfanetwerken van regelset {} zijn niet te lezen ({}); opnieuw gecompileerd", hash, e.getMessage());
            return null;
        }
    }

    /**
     * Compiles every file with DRL; {@code cache} may be null (then nothing is kept). Adds every compile error to
     * {@code problems}. With a cache and {@code alfanetwerk}, the rules' alpha networks are compiled too, at the first advice.
     */
    static Compiled compile(ParsedRuleSet parsed, CompiledRuleSetCache cache, List<LoadProblem> problems, boolean alfanetwerk) {
        List<Part> parts = parts(parsed);
        if (parts.isEmpty()) {
            return new Compiled(null, null, false, false, Set::of);
        }
        // One compiler, with a cache or without: what validate accepts is what a cached load runs.
        List<KieBase> containers = executableModel(parsed, parts, cache, problems);
        if (containers == null) {
            // What the executable model cannot build is a problem, named; it is never built another way instead.
            return new Compiled(null, null, false, false, Set::of);
        }
        return new Compiled(containers.get(0), containers.size() > 1 ? containers.get(1) : null, false, cache != null,
                cache == null ? Set::of : alphaNetwork(parsed.hash(), containers.get(0), cache, alfanetwerk));
    }

    /** The rules every evaluation runs and, when there are any, the parameter tables; none without DRL. */
    private static List<Part> parts(ParsedRuleSet parsed) {
        List<ParsedFile> files = parsed.regelbestanden().stream().filter(f -> f.drl() != null).toList();
        if (files.isEmpty()) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        parts.add(part(parsed, files.stream().filter(f -> !f.parametertabel()).toList(), null));
        List<ParsedFile> parameterFiles = files.stream().filter(ParsedFile::parametertabel).toList();
        if (!parameterFiles.isEmpty()) {
            parts.add(part(parsed, parameterFiles, PARAMETERS));
        }
        return parts;
    }

    private static Part part(ParsedRuleSet parsed, List<ParsedFile> files, String name) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = releaseId(parsed.hash(), name);
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> written = new HashMap<>();
        for (ParsedFile file : files) {
            String resource = resource(file);
            written.put(resource, droolsPath(file));
            kfs.write("src/main/resources/" + resource, file.drl());
        }
        return new Part(name, releaseId, kfs, Map.copyOf(written));
    }

    /** A release id per content hash and part: two different rule sets never share a KieModule. */
    private static ReleaseId releaseId(String hash, String part) {
        return KieServices.get().newReleaseId("nl.afweging.regelset", "r" + hash.substring(7, 23) + (part == null ? "" : "-" + part), "1.0.0");
    }

    /** Every part from the cache; null unless each one is there. */
    private static List<KieBase> fromCache(ParsedRuleSet parsed, List<Part> parts, CompiledRuleSetCache cache) {
        KieServices ks = KieServices.get();
        List<KieBase> containers = new ArrayList<>();
        for (Part part : parts) {
            cache.load(ks, part.releaseId(), parsed.hash(), part.name()).ifPresent(containers::add);
        }
        return containers.size() == parts.size() ? containers : null;
    }

    /**
     * Every part compiled to the executable model and kept in the cache (when there is one); null, with nothing kept and every error added
     * to {@code problems}, when a part does not compile that way, so the cache never holds half a rule set.
     */
    private static List<KieBase> executableModel(ParsedRuleSet parsed, List<Part> parts, CompiledRuleSetCache cache,
                                                      List<LoadProblem> problems) {
        KieServices ks = KieServices.get();
        List<KieBuilder> builders = new ArrayList<>();
        for (Part part : parts) {
            KieBuilder builder;
            try {
                builder = ks.newKieBuilder(part.kfs()).buildAll(ExecutableModelProject.class);
            } catch (RuntimeException e) {
                // The executable model's code generation can stop on code it cannot write as Java (a metadata text
                // over several lines): a compile error like any other, in Drools' words, without its class name.
                String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
                problems.add(new LoadProblem(ProblemCode.COMPILEERFOUT, null, 0, null,
                        "Drools kan de regels niet compileren: " + message));
                parts.forEach(p -> KieBases.forget(p.releaseId()));
                return null;
            }
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                    LoadProblem problem = isAfterParseError(m) ? null : CompileMessages.toProblem(m, parsed, part.files());
                    if (problem != null) {
                        problems.add(problem);
                    }
                }
                parts.forEach(p -> KieBases.forget(p.releaseId()));
                return null;
            }
            builders.add(builder);
        }
        List<KieBase> containers = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (cache != null) {
                cache.store(builders.get(i), parsed.hash(), parts.get(i).name());
            }
            containers.add(KieBases.of(builders.get(i), parts.get(i).releaseId()));
        }
        return containers;
    }

    /** Drools adds this after any parse error in a file; the parse error itself says more. */
    private static boolean isAfterParseError(Message m) {
        return String.valueOf(m.getText()).contains("Parser returned a null Package");
    }

    /**
     * Where a file's DRL goes: a workbook under the name of its CSV form, because Drools' order among rules of equal
     * salience follows their resources, and a table must fire as it does from its CSV (the folder never holds both).
     */
    private static String droolsPath(ParsedFile file) {
        String pad = file.pad();
        return pad.endsWith(DecisionTableFile.XLSX)
                ? pad.substring(0, pad.length() - DecisionTableFile.XLSX.length()) + DecisionTableFile.CSV : pad;
    }

    /**
     * Where a file's DRL goes in Drools' file system: in the folder of the package it declares, as Drools expects
     * (it warns for every file where the two differ), under the file's own path made one name ({@code
     * gemeenten/1728/voorzieningen.drl.csv} as {@code gemeenten~s1728~svoorzieningen.drl.csv.drl}), so files keep their
     * order; a decision table as the DRL made of it, under its own name plus ".drl". The name is one-to-one: a {@code ~}
     * in a file name is written {@code ~~}, so no file named like another's folders takes that file's place.
     */
    private static String resource(ParsedFile file) {
        PackageDescr pkg = DrlRules.parse(file.drl());
        String folder = pkg == null || pkg.getName() == null || pkg.getName().isBlank() ? FOLDER : pkg.getName().replace('.', '/') + "/";
        return folder + droolsPath(file).replace("~", "~~").replace("/", "~s") + (file.isTabel() ? ".drl" : "");
    }

    /** The rule file a compile message is about, from the resource it names; the message's own path when not one of those. */
    static String fileOf(String messagePath, Map<String, String> files) {
        String path = messagePath == null ? "" : messagePath;
        String resource = path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
        return files.getOrDefault(resource, path);
    }
}
