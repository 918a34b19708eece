// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Set;
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
     * This file without the rules named (a gemeente replaces them): the characters Drools' parser gives for each of them
     * are blanked, line breaks kept, so every other rule keeps its lines; their table rows are no longer read as data.
     * Drools' parse of the result must hold exactly the other rules, in their order, or the load stops.
     */
    ParsedFile without(Set<String> names) {
        List<ParsedRule> gone = regels.stream().filter(r -> names.contains(r.naam())).toList();
        if (gone.isEmpty()) {
            return this;
        }
        char[] text = drl.toCharArray();
        for (DrlRules.Rule rule : DrlRules.in(drl)) {
            if (names.contains(rule.naam())) {
                for (int i = rule.begin(); i < rule.eind(); i++) {
                    text[i] = text[i] == '\n' || text[i] == '\r' ? text[i] : ' ';
                }
            }
        }
        String left = new String(text);
        List<ParsedRule> kept = regels.stream().filter(r -> !names.contains(r.naam())).toList();
        requireRules(left, kept.stream().map(ParsedRule::naam).toList());
        Set<Integer> rows = gone.stream().filter(ParsedRule::isTabelregel).map(r -> r.rij().number()).collect(Collectors.toSet());
        return new ParsedFile(pad, left, csv, tabellen.stream().map(t -> t.withoutRows(rows)).toList(), kept, parametertabel);
    }

    /**
     * This file with {@code prefix} before every rule name, in the DRL too: a gemeente's table numbers its rules by
     * row like the version's ({@code Voorzieningen_12}), and two rules of one package may not share a name. Each name
     * is written where Drools' parser says its rule begins; Drools' parse of the result must give exactly the new
     * names, in their order, or the load stops.
     */
    ParsedFile renamed(String prefix) {
        List<ParsedRule> renamed = regels.stream().map(r -> r.named(prefix + r.naam())).toList();
        if (drl == null) {
            return new ParsedFile(pad, null, csv, tabellen, renamed, parametertabel);
        }
        StringBuilder text = new StringBuilder(drl);
        List<DrlRules.Rule> rules = DrlRules.in(drl);
        // From the last rule to the first, so the places of the earlier ones stay where the parse found them.
        for (int k = rules.size() - 1; k >= 0; k--) {
            DrlRules.Rule rule = rules.get(k);
            int[] name = nameAt(rule);
            // Written back as a DRL string literal: a quote or backslash in the name stays part of it.
            text.replace(name[0], name[1], '"' + (prefix + rule.naam()).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        String result = text.toString();
        requireRules(result, rules.stream().map(r -> prefix + r.naam()).toList());
        return new ParsedFile(pad, result, csv, tabellen, renamed, parametertabel);
    }

    /** Where the name of a rule stands: after its keyword {@code rule}, a quoted text or one word. */
    private int[] nameAt(DrlRules.Rule rule) {
        int i = rule.begin();
        if (!drl.startsWith("rule", i)) {
            throw new IllegalStateException("Regel " + rule.naam() + " in " + pad + " begint niet met 'rule'");
        }
        i += "rule".length();
        while (i < drl.length() && Character.isWhitespace(drl.charAt(i))) {
            i++;
        }
        int end = i;
        char open = i < drl.length() ? drl.charAt(i) : ' ';
        if (open == '"' || open == '\'') {
            end++;
            while (end < drl.length() && drl.charAt(end) != open) {
                end += drl.charAt(end) == '\\' ? 2 : 1;
            }
            end++;
        } else {
            while (end < drl.length() && !Character.isWhitespace(drl.charAt(end))) {
                end++;
            }
        }
        return new int[] {i, Math.min(end, drl.length())};
    }

    /** Drools' parse of {@code text} must give exactly these rule names, in this order. */
    private void requireRules(String text, List<String> names) {
        List<String> parsed = DrlRules.in(text).stream().map(DrlRules.Rule::naam).toList();
        if (!parsed.equals(names)) {
            throw new IllegalStateException("De regels van " + pad + " zijn na het aanpassen voor de gemeente niet meer te lezen zoals"
                    + " bedoeld: verwacht " + names + ", gelezen " + parsed);
        }
    }

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
