// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.DecisionTable;

/**
 * One rule file as read: its path, the DRL Drools compiles from it (the file itself, or for a decision table the
 * DRL Drools makes of it; null when Drools cannot read the table), and its rules in the order written. A decision
 * table also has its cells ({@code csv}) and its rule tables; a DRL file has neither (null and empty). A
 * {@code parametertabel} only sets parameters: it is compiled apart (to find compile errors) and never fired; the
 * engine reads its cells as data ({@link ParameterReader}).
 */
public record ParsedFile(String pad, String drl, CsvTable csv, List<DecisionTable> tabellen, List<ParsedRule> regels,
                         boolean parametertabel) {

    public ParsedFile {
        tabellen = List.copyOf(tabellen);
        regels = List.copyOf(regels);
    }

    /** A DRL file: its rules at their lines; what each is for follows from what its actions insert. */
    static ParsedFile drl(String pad, String text) {
        List<ParsedRule> regels = DrlRules.in(text).stream()
                .map(r -> new ParsedRule(r.naam(), new Bron(pad, r.regel()), r.metadata(), r.when(), r.then(), r.tekst(),
                        RuleKind.of(r.then()), null, null, r.regel(), r.laatsteRegel()))
                .toList();
        return new ParsedFile(pad, text, null, List.of(), regels, false);
    }

    /**
     * This file without the rules named (a gemeente replaces them): their lines in the DRL are emptied, so every other
     * rule keeps its line numbers, and their table rows are no longer read as data.
     */
    ParsedFile without(Set<String> names) {
        List<ParsedRule> gone = regels.stream().filter(r -> names.contains(r.naam())).toList();
        if (gone.isEmpty()) {
            return this;
        }
        String[] lines = drl.split("\n", -1);
        for (ParsedRule rule : gone) {
            for (int line = rule.eersteDrlRegel(); line <= rule.laatsteDrlRegel() && line <= lines.length; line++) {
                lines[line - 1] = "";
            }
        }
        Set<Integer> rows = gone.stream().filter(ParsedRule::isTabelregel).map(r -> r.rij().number()).collect(Collectors.toSet());
        return new ParsedFile(pad, String.join("\n", lines), csv, tabellen.stream().map(t -> t.withoutRows(rows)).toList(),
                regels.stream().filter(r -> !names.contains(r.naam())).toList(), parametertabel);
    }

    /**
     * This file with {@code prefix} before every rule name, in the DRL too: a gemeente's table numbers its rules by
     * row like the version's ({@code Voorzieningen_12}), and two rules of one package may not share a name.
     */
    ParsedFile renamed(String prefix) {
        String[] lines = drl == null ? new String[0] : drl.split("\n", -1);
        List<ParsedRule> renamed = new java.util.ArrayList<>();
        for (ParsedRule rule : regels) {
            int at = rule.eersteDrlRegel() - 1;
            Matcher header = RULE_HEADER.matcher(lines[at]);
            if (!header.lookingAt()) {
                throw new IllegalStateException("Regel " + rule.naam() + " begint niet op regel " + rule.eersteDrlRegel() + " van " + pad);
            }
            String naam = prefix + rule.naam();
            // Written back as a DRL string literal: a quote or backslash in the name stays part of it.
            lines[at] = header.group(1) + '"' + naam.replace("\\", "\\\\").replace("\"", "\\\"") + '"' + lines[at].substring(header.end());
            renamed.add(rule.named(naam));
        }
        return new ParsedFile(pad, drl == null ? null : String.join("\n", lines), csv, tabellen, renamed, parametertabel);
    }

    /** A rule's opening: {@code rule "name"}, {@code rule 'name'} or {@code rule name}. */
    private static final Pattern RULE_HEADER = Pattern.compile("(\\s*rule\\s+)(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)");

    public boolean isTabel() {
        return csv != null;
    }

    /** The rule with this Drools name in this file, or null. */
    ParsedRule regel(String naam) {
        return regels.stream().filter(r -> r.naam().equals(naam)).findFirst().orElse(null);
    }

    /** The rule whose text holds this line of the compiled DRL, or null. */
    ParsedRule regelOp(int drlRegel) {
        return regels.stream().filter(r -> drlRegel >= r.eersteDrlRegel() && drlRegel <= r.laatsteDrlRegel())
                .findFirst().orElse(null);
    }

    /** The one rule whose conditions or actions contain {@code fragment}; null when none or several do. */
    ParsedRule regelMet(String fragment) {
        List<ParsedRule> found = regels.stream().filter(r -> r.when().contains(fragment) || r.then().contains(fragment)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }
}
