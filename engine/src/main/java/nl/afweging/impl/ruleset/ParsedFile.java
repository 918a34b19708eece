package nl.afweging.impl.ruleset;

import java.util.List;
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
