// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;

/**
 * Lays a gemeente's own regels over a version, by id: a rule (a parameter row, a catalogue row, a DRL rule) whose id
 * the version has too replaces the version's; a new id is added. So a gemeente writes only what differs, never a copy
 * of the whole afwegingskader. Its rules are renamed {@code "1728 <name>"}, so they never clash with the version's.
 * A gemeente may change a parameter's value, not the bounds policy sets for it: its row keeps the version's
 * {@code minimum} and {@code maximum}, so its value is checked against the version's bounds.
 */
final class GemeenteOverlay {
    private GemeenteOverlay() {}

    static List<ParsedFile> apply(List<ParsedFile> files, String code, List<LoadProblem> problems) {
        String prefix = RuleSource.gemeentePrefix(code);
        List<ParsedFile> own = files.stream().filter(f -> f.pad().startsWith(prefix)).map(f -> f.renamed(code + " ")).toList();
        checkBounds(files.stream().filter(f -> !f.pad().startsWith(prefix)).toList(), own, problems);
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

    /** Each gemeente parameter row's bounds must be those of the version's row of that name. */
    private static void checkBounds(List<ParsedFile> version, List<ParsedFile> own, List<LoadProblem> problems) {
        Map<String, Map<String, String>> bounds = new HashMap<>();
        for (ParsedFile file : version) {
            if (file.parametertabel()) {
                for (DecisionTable table : file.tabellen()) {
                    rows(table, (id, row) -> bounds.put(id, Map.of(MINIMUM, cell(table, MINIMUM, row), MAXIMUM, cell(table, MAXIMUM, row))));
                }
            }
        }
        for (ParsedFile file : own) {
            if (!file.parametertabel()) {
                continue;
            }
            for (DecisionTable table : file.tabellen()) {
                rows(table, (id, row) -> {
                    Map<String, String> allowed = bounds.get(id);
                    for (String bound : List.of(MINIMUM, MAXIMUM)) {
                        DecisionTable.Column column = table.metadata(bound);
                        if (allowed != null && !allowed.get(bound).equals(cell(table, bound, row))) {
                            problems.add(new Bron(file.pad(), row.number()).inKolom(column == null ? null : column.letter())
                                    .probleem(ProblemCode.PARAMETER_BUITEN_GRENZEN, "rij " + id + ": een gemeente verandert de waarde,"
                                            + " niet de grenzen van de versie; zet het " + bound + " op '" + allowed.get(bound) + "'"
                                            + " (nu: '" + cell(table, bound, row) + "')"));
                        }
                    }
                });
            }
        }
    }

    private static final String MINIMUM = "minimum";
    private static final String MAXIMUM = "maximum";

    private static void rows(DecisionTable table, java.util.function.BiConsumer<String, DecisionTable.Row> each) {
        DecisionTable.Column id = table.metadata("id");
        if (id != null) {
            table.rows().forEach(row -> each.accept(row.cell(id).strip(), row));
        }
    }

    private static String cell(DecisionTable table, String key, DecisionTable.Row row) {
        DecisionTable.Column column = table.metadata(key);
        return column == null ? "" : row.cell(column).strip();
    }
}
