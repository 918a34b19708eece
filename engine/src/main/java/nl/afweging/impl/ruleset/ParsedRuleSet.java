// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * A rule set as written, read once from its {@link RuleSource}: the manifest, every rule file with its rules (each
 * with its metadata, conditions, actions, kind and {@link Bron}) and every decision table with its rows and cells.
 * Loading compiles it, {@code validate} checks its tables, the documentation shows it; none of them reads a rule
 * file again. What could not be read is in {@link #problemen()}, with its place; the rest is read as far as it can be.
 */
public final class ParsedRuleSet {
    private final String beschrijving;
    private final String hash;
    private final List<String> bestanden;
    private final Manifest manifest;
    private final GemeenteManifest gemeente;
    private final String gemeenteHash;
    private final List<ParsedFile> regelbestanden;
    private final List<LoadProblem> problemen;

    private ParsedRuleSet(String beschrijving, String hash, List<String> bestanden, Manifest manifest, GemeenteManifest gemeente,
                          String gemeenteHash, List<ParsedFile> regelbestanden, List<LoadProblem> problemen) {
        this.beschrijving = beschrijving;
        this.hash = hash;
        this.bestanden = List.copyOf(bestanden);
        this.manifest = manifest;
        this.gemeente = gemeente;
        this.gemeenteHash = gemeenteHash;
        this.regelbestanden = List.copyOf(regelbestanden);
        this.problemen = List.copyOf(problemen);
    }

    /** A version on its own, or with a gemeente's regels on top ({@link RuleSource#withGemeente}). */
    public static ParsedRuleSet of(RuleSource source) {
        List<LoadProblem> problems = new ArrayList<>(source.problemen());
        Manifest manifest = Manifest.read(source, problems);
        String code = gemeenteCode(source);
        GemeenteManifest gemeente = code == null ? null : GemeenteManifest.read(source, code, problems);
        List<ParsedFile> files = new ArrayList<>();
        for (String path : source.files().keySet()) {
            if (path.endsWith(".drl")) {
                files.add(ParsedFile.drl(path, source.text(path)));
            } else if (path.endsWith(DecisionTableFile.CSV)) {
                files.add(DecisionTableFile.read(path, source.files().get(path), problems));
            } else if (path.endsWith(DecisionTableFile.XLSX)) {
                String csv = path.substring(0, path.length() - DecisionTableFile.XLSX.length()) + DecisionTableFile.CSV;
                if (source.files().containsKey(csv)) {
                    // Which of the two decides would depend on the order of reading: neither is read.
                    problems.add(new LoadProblem(ProblemCode.TABEL_DUBBEL, path, 0, null, "de tabel staat twee keer in de map: als "
                            + csv + " en als " + path + "; bewaar er één (in git: " + csv + ", maak hem met ./afweging tabellen import)"));
                } else {
                    files.add(DecisionTableFile.read(path, source.files().get(path), problems));
                }
            }
        }
        if (files.isEmpty()) {
            problems.add(new LoadProblem(ProblemCode.GEEN_REGELS, null, 0, null,
                    "geen .drl-, .drl.csv- of .drl.xlsx-bestanden gevonden in " + source.beschrijving()));
        }
        if (code != null) {
            files = GemeenteOverlay.apply(files, code, problems);
        }
        return new ParsedRuleSet(source.beschrijving(), source.hash(), List.copyOf(source.files().keySet()), manifest, gemeente,
                code == null ? null : RuleSource.hash(source.gemeenteFiles(code)), files, problems);
    }

    /** The gemeente whose regels a combined source holds, or null. */
    private static String gemeenteCode(RuleSource source) {
        String prefix = RuleFolder.GEMEENTEN + "/";
        return source.files().keySet().stream().filter(p -> p.startsWith(prefix)).map(p -> p.substring(prefix.length()))
                .map(p -> p.substring(0, p.indexOf('/'))).findFirst().orElse(null);
    }

    /** Where the rules came from, for messages. */
    public String beschrijving() {
        return beschrijving;
    }

    /** The SHA-256 over every file (see {@link RuleSource#hash()}). */
    public String hash() {
        return hash;
    }

    /** Every file of the rule set, the manifest too, in path order. */
    public List<String> bestanden() {
        return bestanden;
    }

    /** The manifest; null when it is missing or incomplete (then {@link #problemen()} says why). */
    public Manifest manifest() {
        return manifest;
    }

    /** The gemeente's manifest when this is a version with gemeenteregels; else (or when it is not right) null. */
    public GemeenteManifest gemeente() {
        return gemeente;
    }

    /** The SHA-256 over the gemeente's own files (as its folder would hash on its own); null without gemeenteregels. */
    public String gemeenteHash() {
        return gemeenteHash;
    }

    /** The {@code .drl} and {@code .drl.csv} files, in path order (a gemeente's after the version's). */
    public List<ParsedFile> regelbestanden() {
        return regelbestanden;
    }

    /** What could not be read: the manifest, a quote left open, a decision table Drools cannot read, no rules at all. */
    public List<LoadProblem> problemen() {
        return problemen;
    }

    /** Every rule, by file in path order, then in the order written. */
    public List<ParsedRule> regels() {
        return regelbestanden.stream().flatMap(f -> f.regels().stream()).toList();
    }

    /** The rule tables of every decision-table file, by file in path order. */
    public Map<String, List<DecisionTable>> tabellen() {
        Map<String, List<DecisionTable>> tables = new LinkedHashMap<>();
        regelbestanden.stream().filter(ParsedFile::isTabel).forEach(f -> tables.put(f.pad(), f.tabellen()));
        return tables;
    }

    /** The rule file at this path, or null. */
    ParsedFile bestand(String pad) {
        return regelbestanden.stream().filter(f -> f.pad().equals(pad)).findFirst().orElse(null);
    }
}
