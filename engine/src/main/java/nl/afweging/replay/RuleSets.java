package nl.afweging.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.afweging.Engine;
import nl.afweging.impl.ruleset.RuleSource;

/**
 * The rule sets a replay may use, found by content hash: the folders given (each a rule set, or a folder of
 * rule-set folders, e.g. an archive of every version that was ever in force) and the default built into the
 * library. Hashing a folder is cheap; a rule set is compiled only when a case needs it, and once.
 */
public final class RuleSets {
    private record Candidate(Path folder, String hash) {
        String describe() {
            return (folder == null ? "ingebouwd" : folder.toString()) + " (" + hash + ")";
        }
    }

    private final List<Candidate> candidates;
    private final Path cache;
    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    private RuleSets(List<Candidate> candidates, Path cache) {
        this.candidates = List.copyOf(candidates);
        this.cache = cache;
    }

    /** The folders first, in the order given, then the built-in default. */
    public static RuleSets of(List<Path> folders) {
        return of(folders, null);
    }

    /** The same, loading each rule set through this cache of compiled rule sets (see {@link Engine.Builder#cache}); null: none. */
    public static RuleSets of(List<Path> folders, Path cache) {
        List<Candidate> candidates = new ArrayList<>();
        for (Path folder : folders) {
            for (Path ruleSet : ruleSetsIn(folder)) {
                candidates.add(new Candidate(ruleSet, RuleSource.fromDirectory(ruleSet).hash()));
            }
        }
        candidates.add(new Candidate(null, RuleSource.fromClasspath(RuleSource.DEFAULT_CLASSPATH_ROOT).hash()));
        return new RuleSets(candidates, cache);
    }

    /** The rule set to replay fixtures with: the first folder given, else the default. */
    public Engine primary() {
        return engine(candidates.get(0));
    }

    /** The engine for the rule set with this content hash; null when none of the candidates has it. */
    public Engine forHash(String hash) {
        return candidates.stream().filter(c -> c.hash().equals(hash)).findFirst().map(this::engine).orElse(null);
    }

    /** The rule sets on offer, for a message that says what was looked for and what was there. */
    public String describe() {
        return candidates.stream().map(Candidate::describe).collect(Collectors.joining(", "));
    }

    private Engine engine(Candidate c) {
        return engines.computeIfAbsent(c.hash(), h -> {
            Engine.Builder builder = Engine.builder();
            if (c.folder() != null) {
                builder.rules(c.folder());
            }
            if (cache != null) {
                builder.cache(cache);
            }
            return builder.build();
        });
    }

    private static List<Path> ruleSetsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Geen map met regels: " + folder);
        }
        if (Files.exists(folder.resolve(RuleSource.MANIFEST))) {
            return List.of(folder);
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> ruleSets = children.filter(p -> Files.exists(p.resolve(RuleSource.MANIFEST))).sorted().toList();
            if (ruleSets.isEmpty()) {
                throw new IllegalArgumentException("Geen regelset in " + folder + ": geen " + RuleSource.MANIFEST
                        + " in de map of in een map daaronder");
            }
            return ruleSets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
