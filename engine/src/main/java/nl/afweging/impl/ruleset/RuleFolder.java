// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * A rules folder as policy staff keep it: one version of the afwegingskader ({@value RuleSource#MANIFEST} at the top,
 * as the repository's {@code rules/} was before versions), or a folder of versions (one folder each, e.g.
 * {@code 2026.1/} and {@code 2027.1/}, each with its own manifest and every rule file); either with a folder
 * {@code gemeenten/} holding a gemeente's own regels per CBS code ({@code gemeenten/1728/}), which apply on top of
 * whichever version is in force. Every folder is read with the same strictness as one version ({@link RuleSource}).
 */
public final class RuleFolder {
    public static final String GEMEENTEN = "gemeenten";
    public static final String DEFAULT_CLASSPATH_ROOT = "nl/afweging/standaard";
    private static final Pattern CBS_CODE = Pattern.compile("[0-9]{4}");

    /** One version: its folder's name in the rules folder ({@code ""} when the rules folder is the version) and files. */
    public record Version(String map, RuleSource source) {
        /** A file of this version as a person finds it in the rules folder: {@code 2027.1/ladder.drl.csv}. */
        public String plaats(String bestand) {
            return map.isEmpty() || bestand == null ? bestand : map + "/" + bestand;
        }
    }

    /** A gemeente's own regels: its CBS code and the files of {@code gemeenten/CODE/}. */
    public record Gemeente(String code, RuleSource source) {}

    private final String beschrijving;
    private final List<Version> versies;
    private final List<Gemeente> gemeenten;
    private final List<LoadProblem> problemen;

    private RuleFolder(String beschrijving, List<Version> versies, List<Gemeente> gemeenten, List<LoadProblem> problemen) {
        this.beschrijving = beschrijving;
        this.versies = List.copyOf(versies);
        this.gemeenten = List.copyOf(gemeenten);
        this.problemen = List.copyOf(problemen);
    }

    public static RuleFolder fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Geen map met regels: " + dir);
        }
        return read(dir.toString(), dir);
    }

    /**
     * The afwegingskader packaged with the library, read from this library's own jar (or classes folder): a folder
     * of versions cannot be found by one resource name, and the rules must come from this library, not from whatever
     * else is on the class path.
     */
    public static RuleFolder fromClasspath(String root) {
        try {
            Path location = Path.of(RuleFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return read("classpath:" + root, location.resolve(root));
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return read("classpath:" + root, jar.getPath(root));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Kan de ingebouwde regelset " + root + " niet lezen", e);
        }
    }

    private static RuleFolder read(String beschrijving, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Geen map met regels: " + beschrijving);
        }
        List<LoadProblem> problemen = new ArrayList<>();
        List<Version> versies = new ArrayList<>();
        // A folder is exactly what it says: a version or gemeente folder that is a link to elsewhere is not read.
        List<Path> folders = children(dir).stream().filter(Files::isDirectory)
                .filter(p -> !name(p).startsWith(".") && !name(p).equals(GEMEENTEN))
                .filter(p -> inside(dir, p, "", problemen)).toList();
        if (Files.exists(dir.resolve(RuleSource.MANIFEST)) || folders.isEmpty()) {
            versies.add(new Version("", RuleSource.read(beschrijving, dir, Set.of(GEMEENTEN))));
        } else {
            children(dir).stream().filter(Files::isRegularFile).map(RuleFolder::name).filter(RuleSource::isRuleFile).forEach(file ->
                    problemen.add(new LoadProblem(ProblemCode.INDELING_ONGELDIG, file, 0, null, "dit regelbestand staat naast de"
                            + " versiemappen (" + String.join(", ", folders.stream().map(RuleFolder::name).toList())
                            + "); zet het in de map van de versie waar het bij hoort")));
            for (Path folder : folders) {
                versies.add(new Version(name(folder), RuleSource.read(beschrijving + "/" + name(folder), folder, Set.of())));
            }
        }
        List<Gemeente> gemeenten = new ArrayList<>();
        Path gemeenteMap = dir.resolve(GEMEENTEN);
        if (Files.isDirectory(gemeenteMap) && inside(dir, gemeenteMap, "", problemen)) {
            for (Path folder : children(gemeenteMap)) {
                String code = name(folder);
                if (code.startsWith(".")) {
                    continue;
                }
                if (!inside(dir, folder, GEMEENTEN + "/", problemen)) {
                    continue;
                }
                if (!Files.isDirectory(folder) || !CBS_CODE.matcher(code).matches()) {
                    problemen.add(new LoadProblem(ProblemCode.GEMEENTEMAP_ONGELDIG, GEMEENTEN + "/" + code, 0, null,
                            "onder " + GEMEENTEN + "/ staat per gemeente een map met de CBS-gemeentecode van vier cijfers als"
                                    + " naam, zoals " + GEMEENTEN + "/0840/; " + code + " is dat niet"));
                    continue;
                }
                gemeenten.add(new Gemeente(code, RuleSource.read(beschrijving + "/" + GEMEENTEN + "/" + code, folder, Set.of())));
            }
        }
        return new RuleFolder(beschrijving, versies, gemeenten, problemen);
    }

    /** Whether a subfolder is really in the rules folder; a link to a folder elsewhere is a problem, named. */
    private static boolean inside(Path dir, Path folder, String prefix, List<LoadProblem> problemen) {
        if (!Files.isSymbolicLink(folder)) {
            return true;
        }
        try {
            if (folder.toRealPath().startsWith(dir.toRealPath())) {
                return true;
            }
        } catch (IOException e) {
            // a link to nothing: refused like one to elsewhere
        }
        problemen.add(new LoadProblem(ProblemCode.KOPPELING_BUITEN_MAP, prefix + name(folder), 0, null,
                "verwijst naar een map buiten de regelmap; zet de map zelf in de regelmap"));
        return false;
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de regels in " + dir + " niet lezen", e);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString().replace("/", "");
    }

    /** Where the rules came from, for messages. */
    public String beschrijving() {
        return beschrijving;
    }

    /** Every version, in the order of their folders (a single version: one, with map {@code ""}). */
    public List<Version> versies() {
        return versies;
    }

    /** Every gemeente with its own regels, by code. */
    public List<Gemeente> gemeenten() {
        return gemeenten;
    }

    /** What the folder's layout refused (each version's own refusals are in its source). */
    public List<LoadProblem> problemen() {
        return problemen;
    }
}
