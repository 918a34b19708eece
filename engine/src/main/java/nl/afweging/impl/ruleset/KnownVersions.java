// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.afweging.impl.contract.JsonSupport;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelset;

/**
 * The rule sets used before, by naam and versie, as audit records and saved advices name them (each with its hash):
 * so {@code validate} can say when a changed rule set keeps a name that already stands for other content.
 */
public final class KnownVersions {
    private final Map<String, Set<String>> versies = new HashMap<>();
    private final Map<String, Set<String>> gemeenten = new HashMap<>();

    private KnownVersions() {}

    /** Reads every {@code .json} and {@code .jsonl} file given or in a folder given; a line that is no such record is passed over. */
    public static KnownVersions read(List<Path> paths) {
        KnownVersions known = new KnownVersions();
        for (Path path : paths) {
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    known.readFile(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Kan " + path + " niet lezen", e);
            }
        }
        return known;
    }

    /** A {@code .json} file is one record (a saved advies); other files are read a line at a time, so a long log is streamed. */
    private void readFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            try {
                add(JsonSupport.readTree(Files.readAllBytes(file)));
            } catch (IOException e) {
                // not a record: nothing to learn from it
            }
        } else if (name.endsWith(".jsonl") || name.endsWith(".log")) {
            // A reader that replaces bytes that are no UTF-8, so a damaged log costs that line, not the check.
            try (java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    try {
                        add(JsonSupport.readTree(line));
                    } catch (IOException e) {
                        // not a record: nothing to learn from it
                    }
                }
            }
        }
    }

    private void add(JsonNode node) {
        if (node == null) {
            return;
        }
        for (JsonNode regelset : List.of(node.path("regelset"), node.path("advies").path("regelset"))) {
            if (regelset.hasNonNull("hash")) {
                versies.computeIfAbsent(key(regelset.path("naam").asText(), regelset.path("versie").asText()), k -> new TreeSet<>())
                        .add(regelset.path("hash").asText());
                JsonNode gemeente = regelset.path("gemeente");
                if (gemeente.hasNonNull("hash")) {
                    gemeenten.computeIfAbsent(key(gemeente.path("code").asText(), gemeente.path("naam").asText(),
                            gemeente.path("versie").asText()), k -> new TreeSet<>()).add(gemeente.path("hash").asText());
                }
            }
        }
    }

    private static String key(String... parts) {
        return String.join("\n", parts);
    }

    /** A finding for every rule set of the plan whose naam and versie were used before for other content. */
    public List<LoadProblem> check(VersionPlan plan, List<Regelset> loaded) {
        Set<LoadProblem> findings = new java.util.LinkedHashSet<>();
        for (Regelset r : loaded) {
            VersionPlan.Combination c = plan.combinations().stream().filter(x -> x.parsed().hash().equals(r.hash())).findFirst().orElseThrow();
            if (r.gemeente() == null) {
                Set<String> hashes = versies.getOrDefault(key(r.naam(), r.versie()), Set.of());
                if (!hashes.isEmpty() && !hashes.contains(r.hash())) {
                    findings.add(new LoadProblem(ProblemCode.VERSIE_NAAM_HERGEBRUIKT, c.version().plaats(RuleSource.MANIFEST), 0, null,
                            "de regels zijn veranderd, maar heten nog steeds " + r.naam() + " " + r.versie() + ": eerder gebruikt met "
                                    + String.join(", ", hashes) + ", nu " + r.hash() + "; geef deze inhoud een nieuwe versie in "
                                    + RuleSource.MANIFEST + " (zet de vorige versie ernaast als die nog moet gelden)"));
                }
            } else {
                Set<String> hashes = gemeenten.getOrDefault(key(r.gemeente().code(), r.gemeente().naam(), r.gemeente().versie()), Set.of());
                if (!hashes.isEmpty() && !hashes.contains(r.gemeente().hash())) {
                    findings.add(new LoadProblem(ProblemCode.VERSIE_NAAM_HERGEBRUIKT,
                            RuleSource.gemeentePrefix(r.gemeente().code()) + RuleSource.MANIFEST, 0, null,
                            "de regels van gemeente " + r.gemeente().code() + " zijn veranderd, maar heten nog steeds " + r.gemeente().naam()
                                    + " " + r.gemeente().versie() + ": eerder gebruikt met " + String.join(", ", hashes) + ", nu "
                                    + r.gemeente().hash() + "; geef ze een nieuwe versie in " + RuleSource.MANIFEST));
                }
            }
        }
        return List.copyOf(findings);
    }
}
