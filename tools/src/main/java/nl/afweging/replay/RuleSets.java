// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.afweging.Engine;
import nl.afweging.impl.ruleset.RuleFolder;
import nl.afweging.impl.ruleset.RuleSource;

/**
 * The rule sets a replay may use, found by content hash: the rules folders given (each one version, or a folder of
 * versions, e.g. an archive of every version that was ever in force, either with gemeenteregels) and the default
 * built into the library. Every version, and every version with each gemeente's regels, is a candidate. Hashing a
 * folder is cheap; a rule set is compiled only when a case needs it, and once.
 */
public final class RuleSets {
    /** A rule set by hash, and the folder that loads it ({@code null}: the built-in default). */
    private record Candidate(Path folder, String hash) {
        String describe() {
            return (folder == null ? "ingebouwd" : folder.toString()) + " (" + hash + ")";
        }
    }

    private final List<Candidate> candidates;
    private final Path primary;
    private final Path cache;
    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    private RuleSets(List<Candidate> candidates, Path primary, Path cache) {
        this.candidates = List.copyOf(candidates);
        this.primary = primary;
        this.cache = cache;
    }

    /**
     * The folders first, in the order given, then the built-in default.
     *
     * @param folders the rules folders
     * @return the rule sets
     */
    public static RuleSets of(List<Path> folders) {
        return of(folders, null);
    }

    /**
     * The same, loading each rule set through this cache of compiled rule sets (see {@link Engine.Builder#cache});
     * null: none.
     *
     * @param folders the rules folders
     * @param cache the cache folder, or null
     * @return the rule sets
     */
    public static RuleSets of(List<Path> folders, Path cache) {
        List<Candidate> candidates = new ArrayList<>();
        for (Path folder : folders) {
            candidates.addAll(candidates(folder, RuleFolder.fromDirectory(folder)));
        }
        candidates.addAll(candidates(null, RuleFolder.fromClasspath(RuleFolder.DEFAULT_CLASSPATH_ROOT)));
        return new RuleSets(candidates, folders.isEmpty() ? null : folders.get(0), cache);
    }

    /**
     * Each version on its own (so an archive may hold versions whose periods overlap), and each version with each
     * gemeente's regels, through the whole folder (the peildatum of the record chooses the version again).
     */
    private static List<Candidate> candidates(Path folder, RuleFolder rules) {
        List<Candidate> candidates = new ArrayList<>();
        for (RuleFolder.Version version : rules.versies()) {
            Path alone = folder == null || version.map().isEmpty() ? folder : folder.resolve(version.map());
            candidates.add(new Candidate(alone, version.source().hash()));
            for (RuleFolder.Gemeente gemeente : rules.gemeenten()) {
                candidates.add(new Candidate(folder, RuleSource.withGemeente(version.source(), gemeente.code(), gemeente.source()).hash()));
            }
        }
        return candidates;
    }

    /**
     * The rules to replay fixtures with: the first folder given (every version in it), else the default.
     *
     * @return the engine for fixtures
     */
    public Engine primary() {
        return engine(new Candidate(primary, primary == null ? "ingebouwd" : "map:" + primary));
    }

    /**
     * The engine for the rule set with this content hash; null when none of the candidates has it.
     *
     * @param hash a rule set's content hash
     * @return its engine, or null
     */
    public Engine forHash(String hash) {
        return candidates.stream().filter(c -> c.hash().equals(hash)).findFirst().map(this::engine).orElse(null);
    }

    /**
     * The rule sets on offer, for a message that says what was looked for and what was there.
     *
     * @return a description in words
     */
    public String describe() {
        return candidates.stream().map(Candidate::describe).collect(Collectors.joining(", "));
    }

    private Engine engine(Candidate c) {
        return engines.computeIfAbsent(c.folder() == null ? "ingebouwd" : c.folder().toAbsolutePath().normalize().toString(), key -> {
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
}
