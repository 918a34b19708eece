// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.model.Aanvraag;

/** The project's rules and fixtures, for the tests of loading and caching rule sets. */
final class FixtureRuleSets {
    static final Path ROOT = root();

    private FixtureRuleSets() {}

    /** The aanvraag of every fixture, in file order. */
    static List<Aanvraag> fixtures() throws IOException {
        List<Aanvraag> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode aanvraag = JsonSupport.readTree(f.toFile()).get("aanvraag");
                result.add(JsonSupport.treeToValue(aanvraag, Aanvraag.class));
            }
        }
        return result;
    }

    /** A copy of version 2026.1's files in {@code target}, to change one of them. */
    static void copyRules(Path target) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("rules/2026.1"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    static ParsedRuleSet rules(Path folder) {
        return ParsedRuleSet.of(RuleSource.fromDirectory(folder));
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("fixtures"))) {
                return p;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }
}
