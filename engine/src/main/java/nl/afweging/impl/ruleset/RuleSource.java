// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.afweging.impl.support.Sha256;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of one rule set, read into memory once: the manifest ({@value #MANIFEST}), DRL files and
 * {@code .drl.csv} decision tables, keyed by their path relative to the rule set's folder (with '/').
 * Other files (a README, a pom) are ignored, so the repository's own {@code rules/} folder is a valid source.
 */
public final class RuleSource {
    public static final String MANIFEST = "regelset.json";

    /** A rule file larger than this is refused before it is read: no policy table comes near it. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(RuleSource.class);

    private final String beschrijving;
    private final SortedMap<String, byte[]> files;
    private final List<LoadProblem> problemen;
    /** {@link #hash()}, worked out on first use: a load asks before parsing and parsing asks again. */
    private volatile String hash;

    private RuleSource(String beschrijving, SortedMap<String, byte[]> files, List<LoadProblem> problemen) {
        this.beschrijving = beschrijving;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.problemen = List.copyOf(problemen);
    }

    /** What reading a folder gave: the rule files by name, and what was refused. */
    private static final class Folder {
        final SortedMap<String, byte[]> files = new TreeMap<>();
        final List<LoadProblem> problemen = new ArrayList<>();
    }

    private static RuleSource of(String beschrijving, Folder folder) {
        return new RuleSource(beschrijving, folder.files, folder.problemen);
    }

    /**
     * A version with a gemeente's own regels on top: the version's files as they are, the gemeente's under
     * {@code gemeenten/CODE/}, so every rule keeps its own place and one hash covers exactly what runs together.
     */
    public static RuleSource withGemeente(RuleSource version, String code, RuleSource gemeente) {
        SortedMap<String, byte[]> files = new TreeMap<>(version.files);
        String prefix = gemeentePrefix(code);
        gemeente.files.forEach((name, bytes) -> files.put(prefix + name, bytes));
        List<LoadProblem> problemen = new ArrayList<>(version.problemen);
        gemeente.problemen.forEach(p -> problemen.add(new LoadProblem(p.code(), p.bestand() == null ? null : prefix + p.bestand(),
                p.regelnummer(), p.kolom(), p.melding())));
        return new RuleSource(version.beschrijving + " met " + gemeente.beschrijving, files, problemen);
    }

    /** Where a gemeente's files are in a combined source: {@code gemeenten/1728/}. */
    static String gemeentePrefix(String code) {
        return RuleFolder.GEMEENTEN + "/" + code + "/";
    }

    public static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx") || name.equals(MANIFEST);
    }

    public static RuleSource fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Geen map met regels: " + dir);
        }
        return of(dir.toString(), read(RuleTree.of(dir), Set.of()));
    }

    /** Reads one version's folder (on disk or in a jar), allowing these subfolders (they are read apart). */
    static RuleSource read(String beschrijving, RuleTree dir, Set<String> subfolders) {
        return of(beschrijving, read(dir, subfolders));
    }

    /**
     * Reads the rule files directly in {@code dir}. The folder is exactly what it says: a link (symbolic or hard), a
     * pipe or device, a name with a control or direction sign, a file over {@value #MAX_FILE_BYTES} bytes and a
     * subfolder other than {@code subfolders} are refused (named as problems, never read); another kind of file is
     * left out with a warning that names it. A file is read with that bound, not after a size check, so a file that
     * grows between the two is never read whole ({@link RuleTree}).
     */
    private static Folder read(RuleTree dir, Set<String> subfolders) {
        Folder folder = new Folder();
        List<String> ignored = new ArrayList<>();
        try {
            for (RuleTree p : dir.kinderen()) {
                String name = p.naam();
                LoadProblem badName = FileNames.probleem("", name);
                if (badName != null) {
                    folder.problemen.add(badName);
                } else if (p.isKoppeling()) {
                    folder.problemen.add(new LoadProblem(ProblemCode.KOPPELING_BUITEN_MAP, name, 0, null,
                            "is een koppeling; zet het bestand of de map zelf in de regelmap, niet een verwijzing naar elders"));
                } else if (p.isMap()) {
                    if (!name.startsWith(".") && !subfolders.contains(name)) {
                        folder.problemen.add(new LoadProblem(ProblemCode.SUBMAP, name + "/", 0, null,
                                "submap " + name + "/ hoort niet in een regelmap; verplaats hem"));
                    }
                } else if (!isRuleFile(name)) {
                    ignored.add(name);
                } else {
                    readFile(p, folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de regels in " + dir + " niet lezen", e);
        }
        if (!ignored.isEmpty()) {
            LOG.warn("{}: niet gelezen, want geen regelbestand (.drl, .drl.csv, .drl.xlsx of {}): {}", dir, MANIFEST, String.join(", ", ignored));
        }
        return folder;
    }

    private static void readFile(RuleTree p, Folder folder) throws IOException {
        String name = p.naam();
        try {
            byte[] bytes = p.leesHoogstens(MAX_FILE_BYTES);
            if (bytes == null) {
                folder.problemen.add(new LoadProblem(ProblemCode.BESTAND_TE_GROOT, name, 0, null,
                        "het bestand is " + p.grootte() + " bytes; een regelbestand mag hoogstens 5 MB zijn"));
            } else {
                folder.files.put(name, bytes);
            }
        } catch (RuleTree.Refused refused) {
            folder.problemen.add(new LoadProblem(refused.code, name, 0, null, refused.getMessage()));
        }
    }

    /** The files under {@code gemeenten/CODE/} of a combined source, by their name in that folder. */
    SortedMap<String, byte[]> gemeenteFiles(String code) {
        String prefix = gemeentePrefix(code);
        SortedMap<String, byte[]> own = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith(prefix)) {
                own.put(name.substring(prefix.length()), bytes);
            }
        });
        return own;
    }

    /** What the folder refused: links out of it, files too large, subfolders. */
    public List<LoadProblem> problemen() {
        return problemen;
    }

    /** Where the rules came from, for messages. */
    public String beschrijving() {
        return beschrijving;
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /**
     * SHA-256 over every file's relative path, length and bytes, in path order: the same rule set gives the
     * same hash from a folder, a copy of it or the jar. Unambiguous because no name holds a line break
     * ({@link FileNames}): each name ends at the first one, its length at the next, and the bytes are that long.
     */
    public String hash() {
        String own = hash;
        if (own == null) {
            // The files never change: two threads that both work it out get the same value.
            own = hash(files);
            hash = own;
        }
        return own;
    }

    /** {@link #hash()} over these files: a gemeente's own files hash as its folder would on its own. */
    static String hash(SortedMap<String, byte[]> files) {
        MessageDigest sha = Sha256.digest();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (FileNames.probleem("", file.getKey()) != null) {
                throw new IllegalArgumentException("Geen veilige bestandsnaam in een regelset: " + FileNames.escaped(file.getKey()));
            }
            sha.update((file.getKey() + "\n" + file.getValue().length + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(file.getValue());
        }
        return "sha256:" + Sha256.hex(sha);
    }
}
