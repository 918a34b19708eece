// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * A rules folder read and parsed, before anything is compiled: every version, and every version with each gemeente's
 * regels on top (a {@link Combination} each), and when each version is in force. A version runs from its
 * {@code geldigVanaf} up to and including its {@code geldigTot}, or without one until the day before the next version
 * starts (so a version's files need not change when the next one is added, and its hash stays what audit records say).
 */
public final class VersionPlan {

    /**
     * What runs for one version and (unless null) one gemeente: its files, parsed on first use (and once), so an
     * engine that needs one combination reads no other.
     */
    public static final class Combination {
        private final RuleFolder.Version version;
        private final String gemeente;
        private final RuleSource source;
        private ParsedRuleSet parsed;

        Combination(RuleFolder.Version version, String gemeente, RuleSource source) {
            this.version = version;
            this.gemeente = gemeente;
            this.source = source;
        }

        public RuleFolder.Version version() {
            return version;
        }

        public String gemeente() {
            return gemeente;
        }

        /** Its files as read, before parsing. */
        public RuleSource source() {
            return source;
        }

        public synchronized ParsedRuleSet parsed() {
            if (parsed == null) {
                parsed = ParsedRuleSet.of(source);
            }
            return parsed;
        }

        /** A problem as a person finds it in the rules folder: under the version's folder, a gemeente's file as it is. */
        public LoadProblem located(LoadProblem p) {
            String bestand = p.bestand() == null || p.bestand().startsWith(RuleFolder.GEMEENTEN + "/") ? p.bestand()
                    : version.plaats(p.bestand());
            return Objects.equals(bestand, p.bestand()) ? p : new LoadProblem(p.code(), bestand, p.regelnummer(), p.kolom(), p.melding());
        }
    }

    /** A version with a manifest, and the days it is in force ({@code tot} null: with no end). */
    public record Period(Combination basis, Manifest manifest, LocalDate vanaf, LocalDate tot) {
        public String naam() {
            return manifest.versie();
        }

        public boolean covers(LocalDate dag) {
            return !dag.isBefore(vanaf) && (tot == null || !dag.isAfter(tot));
        }

        String beschrijving() {
            return naam() + " (" + (tot == null ? "vanaf " + vanaf : vanaf + " t/m " + tot) + ")";
        }
    }

    private final RuleFolder folder;
    private final List<Combination> combinations;
    private final List<Period> periods;

    private VersionPlan(RuleFolder folder, List<Combination> combinations, List<Period> periods) {
        this.folder = folder;
        this.combinations = List.copyOf(combinations);
        this.periods = List.copyOf(periods);
    }

    public static VersionPlan of(RuleFolder folder) {
        List<Combination> combinations = new ArrayList<>();
        Map<Combination, Manifest> manifests = new LinkedHashMap<>();
        for (RuleFolder.Version version : folder.versies()) {
            Combination basis = new Combination(version, null, version.source());
            combinations.add(basis);
            // Only the manifest is read here; a manifest that cannot be read is named when the version is parsed.
            Manifest manifest = Manifest.read(version.source(), new ArrayList<>());
            if (manifest != null) {
                manifests.put(basis, manifest);
            }
            for (RuleFolder.Gemeente gemeente : folder.gemeenten()) {
                combinations.add(new Combination(version, gemeente.code(),
                        RuleSource.withGemeente(version.source(), gemeente.code(), gemeente.source())));
            }
        }
        List<Period> periods = new ArrayList<>();
        List<Map.Entry<Combination, Manifest>> dated = manifests.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Combination, Manifest> e) -> e.getValue().geldigVanaf())).toList();
        for (int i = 0; i < dated.size(); i++) {
            Manifest m = dated.get(i).getValue();
            LocalDate tot = m.geldigTot() != null ? m.geldigTot()
                    : i + 1 < dated.size() ? dated.get(i + 1).getValue().geldigVanaf().minusDays(1) : null;
            periods.add(new Period(dated.get(i).getKey(), m, m.geldigVanaf(), tot));
        }
        return new VersionPlan(folder, combinations, periods);
    }

    public String beschrijving() {
        return folder.beschrijving();
    }

    public List<Combination> combinations() {
        return combinations;
    }

    /**
     * This plan with one version only, in force on every day (to compare two versions on one population): the
     * peildatum no longer chooses. {@link IllegalArgumentException} naming the versions when it is not here.
     */
    public VersionPlan pinned(String versie) {
        Period period = periods.stream().filter(p -> p.naam().equals(versie)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("Versie " + versie + " staat niet in " + beschrijving() + "; er zijn: " + geldigheid()));
        return new VersionPlan(folder, combinations.stream().filter(c -> c.version().equals(period.basis().version())).toList(),
                List.of(new Period(period.basis(), period.manifest(), LocalDate.MIN, null)));
    }

    /**
     * This plan with the regels of one gemeente only (every aanvraag gets them, whatever its own gemeente);
     * {@link IllegalArgumentException} naming the gemeenten there are when it has none.
     */
    public VersionPlan withOnly(String gemeente) {
        if (folder.gemeenten().stream().noneMatch(g -> g.code().equals(gemeente))) {
            throw new IllegalArgumentException("Gemeente " + gemeente + " heeft geen eigen regels in " + beschrijving() + "; wel: "
                    + (folder.gemeenten().isEmpty() ? "geen enkele gemeente"
                    : String.join(", ", folder.gemeenten().stream().map(RuleFolder.Gemeente::code).toList())));
        }
        return new VersionPlan(folder, combinations.stream().filter(c -> c.gemeente() == null || c.gemeente().equals(gemeente)).toList(),
                periods);
    }

    /** The combinations one aanvraag with this peildatum and gemeente runs on: none when no version is in force that day. */
    public List<Combination> voor(LocalDate peildatum, String gemeente) {
        return periods.stream().filter(p -> p.covers(peildatum)).findFirst().map(p -> combinations.stream()
                .filter(c -> c.version().equals(p.basis().version()))
                .filter(c -> c.gemeente() == null || c.gemeente().equals(gemeente)).toList()).orElse(List.of());
    }

    /** Every version with a manifest, by the day it starts. */
    public List<Period> periods() {
        return periods;
    }

    /**
     * What stops the folder from loading, before compiling: its layout, and versions in force on the same day (the
     * peildatum could not choose). A version that starts on the same day as another overlaps it too.
     */
    public List<LoadProblem> problemen() {
        List<LoadProblem> problems = new ArrayList<>(folder.problemen());
        for (int i = 0; i + 1 < periods.size(); i++) {
            Period a = periods.get(i);
            Period b = periods.get(i + 1);
            if (a.vanaf().equals(b.vanaf())) {
                problems.add(new LoadProblem(ProblemCode.VERSIES_OVERLAPPEN, b.basis().version().plaats(RuleSource.MANIFEST), 0, null,
                        "versie " + b.naam() + " en versie " + a.naam() + " beginnen allebei op " + b.vanaf()
                                + "; geef de nieuwe versie een latere geldigVanaf"));
            } else if (!a.tot().isBefore(b.vanaf())) {
                problems.add(new LoadProblem(ProblemCode.VERSIES_OVERLAPPEN, b.basis().version().plaats(RuleSource.MANIFEST), 0, null,
                        "versie " + b.naam() + " geldt vanaf " + b.vanaf() + ", maar versie " + a.naam() + " geldt dan nog (t/m "
                                + a.tot() + "); laat geldigTot van " + a.naam() + " eindigen op " + b.vanaf().minusDays(1)
                                + " of haal het weg"));
            }
        }
        return problems;
    }

    /** Days between two versions on which none is in force: for {@code validate}, not a reason to refuse loading. */
    public List<LoadProblem> gaten() {
        List<LoadProblem> problems = new ArrayList<>();
        for (int i = 0; i + 1 < periods.size(); i++) {
            Period a = periods.get(i);
            Period b = periods.get(i + 1);
            if (a.tot() != null && a.tot().plusDays(1).isBefore(b.vanaf())) {
                problems.add(new LoadProblem(ProblemCode.VERSIES_GAT, a.basis().version().plaats(RuleSource.MANIFEST), 0, null,
                        "van " + a.tot().plusDays(1) + " t/m " + b.vanaf().minusDays(1) + " geldt geen versie: " + a.naam()
                                + " eindigt op " + a.tot() + ", " + b.naam() + " begint op " + b.vanaf()
                                + "; een aanvraag met een peildatum daartussen krijgt geen advies"));
            }
        }
        return problems;
    }

    /**
     * The rule set of one version ({@code versie} null: the one that starts last) with one gemeente's regels (null:
     * without); {@link IllegalArgumentException} naming the versions and gemeenten there are when it is not here.
     */
    public ParsedRuleSet chosen(String versie, String gemeente) {
        if (periods.isEmpty()) {
            // Nothing has a manifest: the first version, so loading it names what is wrong.
            return combinations.get(0).parsed();
        }
        Period period = versie == null ? periods.get(periods.size() - 1)
                : periods.stream().filter(p -> p.naam().equals(versie)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "Versie " + versie + " staat niet in " + beschrijving() + "; er zijn: " + geldigheid()));
        if (gemeente == null) {
            return period.basis().parsed();
        }
        return withOnly(gemeente).combinations.stream()
                .filter(c -> c.version().equals(period.basis().version()) && gemeente.equals(c.gemeente()))
                .findFirst().orElseThrow().parsed();
    }

    /**
     * The rule set in force on {@code peildatum}, with one gemeente's regels (null: without); {@link
     * IllegalArgumentException} naming the versions and their days when none is in force that day.
     */
    public ParsedRuleSet chosenOn(LocalDate peildatum, String gemeente) {
        if (periods.isEmpty()) {
            return chosen(null, gemeente);
        }
        Period period = periods.stream().filter(p -> p.covers(peildatum)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "Op " + peildatum + " geldt geen versie van " + beschrijving() + "; er zijn: " + geldigheid()));
        return chosen(period.naam(), gemeente);
    }

    /** Every version and when it is in force, for a message: {@code 2026.1 (2026-01-01 t/m 2026-12-31), 2027.1 (vanaf 2027-01-01)}. */
    public String geldigheid() {
        return periods.stream().map(Period::beschrijving).collect(Collectors.joining(", "));
    }

    /**
     * Problems of many combinations, each said once and where a person finds it: one that every version gives with a
     * gemeente's regels is the gemeente's; one only some versions give names them.
     */
    public static List<LoadProblem> merged(Map<Combination, List<LoadProblem>> found) {
        Map<LoadProblem, List<String>> versions = new LinkedHashMap<>();
        long versionCount = found.keySet().stream().map(c -> c.version().map()).distinct().count();
        found.forEach((c, problems) -> problems.forEach(p -> versions.computeIfAbsent(c.located(p), k -> new ArrayList<>())
                .add(c.version().map())));
        List<LoadProblem> merged = new ArrayList<>();
        versions.forEach((p, in) -> {
            List<String> distinct = in.stream().distinct().filter(v -> !v.isEmpty()).toList();
            boolean everywhere = distinct.size() == versionCount || distinct.isEmpty()
                    || p.bestand() == null || !p.bestand().startsWith(RuleFolder.GEMEENTEN + "/");
            merged.add(everywhere ? p : new LoadProblem(p.code(), p.bestand(), p.regelnummer(), p.kolom(),
                    p.melding() + " (met versie " + String.join(", ", distinct) + ")"));
        });
        return merged;
    }
}
