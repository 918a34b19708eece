package nl.afweging.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.afweging.impl.ruleset.CsvTable;
import nl.afweging.impl.ruleset.LoadedRuleSet;
import nl.afweging.impl.ruleset.RuleSource;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelset;
import nl.afweging.model.Regelsoort;

/**
 * What the documentation is made of, all read from one loaded rule set: the manifest and hash, every rule as
 * {@code Engine.regels()} gives it, the parameter values, and the files themselves (decision-table rows and DRL
 * text), so a rule's conditions can be shown as they are written.
 */
record DocumentedRuleSet(Regelset regelset, String beschrijving, List<Regel> regels, Map<String, Integer> parameters,
                         List<String> bestanden, Map<String, List<DecisionTable>> tabellen, Map<String, String> teksten) {

    /** One rule of a decision table: the table and the rule's row. */
    record TableRule(DecisionTable table, DecisionTable.Row row) {}

    static DocumentedRuleSet of(RuleSource source, LoadedRuleSet loaded) {
        Map<String, List<DecisionTable>> tables = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : source.files().keySet()) {
            texts.put(file, source.text(file));
            if (file.endsWith(".drl.csv")) {
                tables.put(file, DecisionTable.in(file, CsvTable.parse(source.text(file))));
            }
        }
        return new DocumentedRuleSet(loaded.regelset(), loaded.beschrijving(), loaded.regelsInBronvolgorde(),
                Map.copyOf(loaded.parameters()), List.copyOf(source.files().keySet()), tables, texts);
    }

    List<Regel> vanSoort(Regelsoort soort) {
        return regels.stream().filter(r -> r.soort() == soort).toList();
    }

    /** The file part of a rule's bron ("ladder.drl.csv" for "ladder.drl.csv:12"). */
    static String bestand(Regel regel) {
        return regel.bron().replaceFirst(":\\d+$", "");
    }

    /** The line (or table row) part of a rule's bron; 0 when it has none. */
    static int regelnummer(Regel regel) {
        return regel.bron().matches(".*:\\d+$") ? Integer.parseInt(regel.bron().replaceFirst(".*:", "")) : 0;
    }

    /** The decision-table row a rule was generated from; empty for a DRL rule. */
    Optional<TableRule> tabelregel(Regel regel) {
        int row = regelnummer(regel);
        for (DecisionTable table : tabellen.getOrDefault(bestand(regel), List.of())) {
            for (DecisionTable.Row r : table.rows()) {
                if (r.number() == row) {
                    return Optional.of(new TableRule(table, r));
                }
            }
        }
        return Optional.empty();
    }

    /** The conditions and actions of a DRL rule as written, from its {@code when} up to its {@code end}; empty for a table rule. */
    Optional<String> drlTekst(Regel regel) {
        String text = teksten.get(bestand(regel));
        int line = regelnummer(regel);
        if (text == null || !bestand(regel).endsWith(".drl") || line <= 0) {
            return Optional.empty();
        }
        String[] lines = text.split("\r?\n", -1);
        List<String> body = new ArrayList<>();
        boolean inBody = false;
        for (int i = line - 1; i < lines.length; i++) {
            inBody = inBody || lines[i].strip().matches("when\\b.*");
            if (inBody) {
                body.add(lines[i]);
            }
            if (inBody && lines[i].strip().equals("end")) {
                return Optional.of(String.join("\n", body));
            }
        }
        return Optional.empty();
    }

    /** The parameters a rule reads, by name, in its {@code leest} order. */
    static List<String> gelezenParameters(Regel regel) {
        return regel.leest().stream().filter(p -> p.startsWith("parameter.")).map(p -> p.substring("parameter.".length())).toList();
    }

    /** The aanvraag fields a rule reads (its {@code leest} without the parameters). */
    static List<String> gelezenVelden(Regel regel) {
        return regel.leest().stream().filter(p -> !p.startsWith("parameter.")).toList();
    }
}
