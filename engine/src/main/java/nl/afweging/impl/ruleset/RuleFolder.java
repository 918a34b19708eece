// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
        return read(dir.toString(), RuleTree.of(dir));
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
                return read("classpath:" + root, RuleTree.of(location.resolve(root)));
            }
            return fromJar(location, root);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Kan de ingebouwde regelset " + root + " niet lezen", e);
        }
    }

    /** The rules folder {@code root} in a jar, as {@link #fromClasspath} reads it from the library's own. */
    static RuleFolder fromJar(Path jar, String root) throws IOException {
        return read("classpath:" + root, RuleTree.inJar(jar, root));
    }

    private static RuleFolder read(String beschrijving, RuleTree dir) {
        if (!dir.isMap()) {
            throw new IllegalArgumentException("Geen map met regels: " + beschrijving);
        }
        List<LoadProblem> problemen = new ArrayList<>();
        List<Version> versies = new ArrayList<>();
        // A folder is exactly what it says: a version or gemeente folder that is a link to elsewhere is not read.
        List<RuleTree> folders = children(dir).stream().filter(RuleTree::isMap)
                .filter(p -> !p.naam().startsWith(".") && !p.naam().equals(GEMEENTEN))
                .filter(p -> inside(p, "", problemen)).toList();
        if (dir.kind(RuleSource.MANIFEST).bestaat() || folders.isEmpty()) {
            versies.add(new Version("", RuleSource.read(beschrijving, dir, Set.of(GEMEENTEN))));
        } else {
            children(dir).stream().filter(RuleTree::isBestand).map(RuleTree::naam).filter(RuleSource::isRuleFile).forEach(file ->
                    problemen.add(new LoadProblem(ProblemCode.INDELING_ONGELDIG, file, 0, null, "dit regelbestand staat naast de"
                            + " versiemappen (" + String.join(", ", folders.stream().map(RuleTree::naam).toList())
                            + "); zet het in de map van de versie waar het bij hoort")));
            for (RuleTree folder : folders) {
                versies.add(new Version(folder.naam(), RuleSource.read(beschrijving + "/" + folder.naam(), folder, Set.of())));
            }
        }
        List<Gemeente> gemeenten = new ArrayList<>();
        RuleTree gemeenteMap = dir.kind(GEMEENTEN);
        if (gemeenteMap.isMap() && inside(gemeenteMap, "", problemen)) {
            for (RuleTree folder : children(gemeenteMap)) {
                String code = folder.naam();
                if (code.startsWith(".")) {
                    continue;
                }
                if (!inside(folder, GEMEENTEN + "/", problemen)) {
                    continue;
                }
                if (!folder.isMap() || !CBS_CODE.matcher(code).matches()) {
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

    /** Whether a subfolder is really in the rules folder; a link (wherever it leads) or an unsafe name is a problem, named. */
    private static boolean inside(RuleTree folder, String prefix, List<LoadProblem> problemen) {
        LoadProblem badName = FileNames.probleem(prefix, folder.naam());
        if (badName != null) {
            problemen.add(badName);
            return false;
        }
        if (!folder.isKoppeling()) {
            return true;
        }
        problemen.add(new LoadProblem(ProblemCode.KOPPELING_BUITEN_MAP, prefix + folder.naam(), 0, null,
                "is een koppeling; zet de map zelf in de regelmap, niet een verwijzing naar elders"));
        return false;
    }

    private static List<RuleTree> children(RuleTree dir) {
        try {
            return dir.kinderen();
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de regels in " + dir + " niet lezen", e);
        }
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
