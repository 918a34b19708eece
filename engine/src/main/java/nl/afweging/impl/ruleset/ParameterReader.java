package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;

/**
 * The parameter values, read once at load from the parameter tables as data: no rule is fired for them, at load
 * or in {@code validate}. A row's name is its id (the METADATA column {@code id($param)}), its value the cell of
 * the ACTION column that inserts the Parameter, a whole number. The tables are still compiled, so a compile error
 * is still found, but their rules never run: the engine inserts the values read here as facts in every evaluation.
 * A rule elsewhere that inserts a Parameter would fire in every evaluation next to those facts, so it is refused.
 *
 * <p>A row without a name and two rows with the same name are the metadata check's (every rule has an id, and no
 * two share one; {@link MetadataCheck}); this class adds the problems of the table as data: a value that is not a
 * whole number, a row without a value, a condition (the engine reads every row, so a condition would do nothing)
 * and an action that does not insert the cell's value under the row's id.
 */
final class ParameterReader {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");
    /** The one action a parameter table may have, without its spaces: the cell's value under the row's id. */
    private static final Pattern ACTION = Pattern.compile(
            "insert\\(new(?:nl\\.afweging\\.feiten\\.)?Parameter\\(drools\\.getRule\\(\\)\\.getMetaData\\(\\)\\.get\\(\"id\"\\),\\$(?:param|1)\\)\\);?");
    private static final String EXAMPLE = "insert(new Parameter(drools.getRule().getMetaData().get(\"id\"), $param));";

    private ParameterReader() {}

    /** Every parameter's value by name; adds a problem for every cell that is no value and every parameter rule elsewhere. */
    static Map<String, Integer> read(List<ParsedFile> files, List<LoadProblem> problems) {
        Map<String, Integer> parameters = new TreeMap<>();
        for (ParsedFile file : files) {
            if (file.parametertabel()) {
                file.tabellen().forEach(table -> read(file.pad(), table, parameters, problems));
                continue;
            }
            file.regels().stream().filter(r -> r.soort() == Regelsoort.PARAMETER).forEach(r ->
                    problems.add(r.bron().probleem(ProblemCode.PARAMETER_BUITEN_TABEL, "regel '" + r.naam()
                            + "' voegt een Parameter in, maar staat niet in een parametertabel; zet parameters in een"
                            + " beslistabel waarvan elke actie een Parameter invoegt, zoals parameters.drl.csv")));
        }
        return parameters;
    }

    private static void read(String pad, DecisionTable table, Map<String, Integer> parameters, List<LoadProblem> problems) {
        boolean readable = true;
        for (DecisionTable.Column column : table.columns()) {
            Bron header = new Bron(pad, column.isCondition() ? table.row() + 1 : table.row() + 3).inKolom(column.letter());
            if (column.isCondition()) {
                problems.add(header.probleem(ProblemCode.PARAMETER_ONGELDIG, "een parametertabel heeft geen voorwaarden:"
                        + " de engine leest elke rij als een parameter; haal de CONDITION-kolom " + column.letter() + " weg"));
                readable = false;
            } else if (column.isAction() && !ACTION.matcher(column.template().replaceAll("\\s", "")).matches()) {
                problems.add(header.probleem(ProblemCode.PARAMETER_ONGELDIG, "de actie '" + column.template()
                        + "' zet niet de waarde uit de cel als parameter; de engine leest de waarde uit de tabel, dus schrijf: "
                        + EXAMPLE));
                readable = false;
            }
        }
        if (!readable) {
            return;
        }
        DecisionTable.Column id = table.metadata("id");
        List<DecisionTable.Column> values = table.columns().stream().filter(DecisionTable.Column::isAction).toList();
        for (DecisionTable.Row row : table.rows()) {
            // A row without a name is the metadata check's: it has no id.
            String naam = id == null ? "" : row.cell(id);
            String wie = naam.isEmpty() ? "de parameter op rij " + row.number() : "parameter " + naam;
            List<DecisionTable.Column> filled = values.stream().filter(c -> !row.cell(c).isEmpty()).toList();
            if (filled.isEmpty()) {
                problems.add(new Bron(pad, row.number()).inKolom(values.get(0).letter()).probleem(ProblemCode.PARAMETER_ONGELDIG,
                        wie + " heeft geen waarde; schrijf een geheel getal, zoals 3"));
                continue;
            }
            for (DecisionTable.Column column : filled.subList(1, filled.size())) {
                problems.add(new Bron(pad, row.number()).inKolom(column.letter()).probleem(ProblemCode.PARAMETER_ONGELDIG,
                        wie + " heeft al een waarde in kolom " + filled.get(0).letter() + "; laat één waarde staan"));
            }
            String cell = row.cell(filled.get(0));
            Bron at = new Bron(pad, row.number()).inKolom(filled.get(0).letter());
            if (!WHOLE_NUMBER.matcher(cell).matches()) {
                problems.add(at.probleem(ProblemCode.PARAMETER_ONGELDIG, wie + ": de waarde '" + cell + "' is geen geheel"
                        + " getal; schrijf alleen cijfers, eventueel met een min ervoor, zoals 3 of -1"));
                continue;
            }
            int waarde;
            try {
                waarde = Integer.parseInt(cell);
            } catch (NumberFormatException tooLarge) {
                problems.add(at.probleem(ProblemCode.PARAMETER_ONGELDIG, wie + ": de waarde " + cell + " is te groot;"
                        + " een parameter ligt tussen " + Integer.MIN_VALUE + " en " + Integer.MAX_VALUE));
                continue;
            }
            if (!naam.isEmpty()) {
                parameters.putIfAbsent(naam, waarde);
            }
        }
    }
}
