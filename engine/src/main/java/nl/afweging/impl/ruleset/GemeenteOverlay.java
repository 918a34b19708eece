package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lays a gemeente's own regels over a version, by id: a rule (a parameter row, a catalogue row, a DRL rule) whose id
 * the version has too replaces the version's; a new id is added. So a gemeente writes only what differs, never a copy
 * of the whole afwegingskader. Its rules are renamed {@code "1728 <name>"}, so they never clash with the version's.
 */
final class GemeenteOverlay {
    private GemeenteOverlay() {}

    static List<ParsedFile> apply(List<ParsedFile> files, String code) {
        String prefix = RuleSource.gemeentePrefix(code);
        List<ParsedFile> own = files.stream().filter(f -> f.pad().startsWith(prefix)).map(f -> f.renamed(code + " ")).toList();
        Set<String> ownIds = own.stream().flatMap(f -> f.regels().stream()).map(r -> r.meta("id")).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<ParsedFile> combined = new ArrayList<>();
        for (ParsedFile file : files) {
            if (!file.pad().startsWith(prefix)) {
                Set<String> replaced = file.regels().stream().filter(r -> ownIds.contains(r.meta("id"))).map(ParsedRule::naam)
                        .collect(Collectors.toSet());
                combined.add(file.without(replaced));
            }
        }
        combined.addAll(own);
        return combined;
    }
}
