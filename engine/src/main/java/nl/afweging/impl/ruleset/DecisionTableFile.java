// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.impl.ruleset.tables.CsvText;
import nl.afweging.impl.ruleset.tables.CsvWriter;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.impl.ruleset.tables.WorkbookReader;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Reads a decision-table file ({@code .drl.csv}, or {@code .drl.xlsx}: the same cells in an Excel sheet) both ways it is used: as policy staff wrote it (its cells and its
 * rule tables) and as Drools compiles it (the DRL Drools' SpreadsheetCompiler makes of it, one rule per row,
 * named {@code <Table>_<row>}). Each rule is placed at its row and is of the kind its row's actions make it.
 *
 * <p>Every cell is checked against its column ({@link CellCheck}) before anything uses the DRL. A parameter table
 * (every action inserts a Parameter) is compiled without its {@code Agenda-Group} line, in a KieBase of its own that
 * is never fired (its values are read from the cells), so it needs no agenda group (a mechanism Drools 10 deprecates).
 */
final class DecisionTableFile {
    private static final Pattern ROW_OF_RULE = Pattern.compile("_(\\d+)$");
    private static final String AGENDA_GROUP = "Agenda-Group";
    static final String CSV = ".drl.csv";
    static final String XLSX = ".drl.xlsx";

    private DecisionTableFile() {}

    static ParsedFile read(String pad, byte[] bytes, List<LoadProblem> problems) {
        CsvTable csv;
        byte[] forDrools;
        if (pad.endsWith(XLSX)) {
            WorkbookReader reader = WorkbookReaders.installed().orElse(null);
            if (reader == null) {
                problems.add(new Bron(pad, 0).probleem(ProblemCode.TABEL_ONLEESBAAR, WorkbookReaders.missing()));
                return new ParsedFile(pad, null, CsvTable.of(List.of()), List.of(), List.of(), false);
            }
            WorkbookReader.Read sheet = reader.read(pad, bytes);
            problems.addAll(sheet.problems());
            if (sheet.table() == null) {
                return new ParsedFile(pad, null, CsvTable.of(List.of()), List.of(), List.of(), false);
            }
            csv = sheet.table();
            // Drools is given the sheet's cells as the comma form, row for row, so its rows are the sheet's rows.
            forDrools = CsvWriter.write(csv.rows()).getBytes(StandardCharsets.UTF_8);
        } else {
            String text = CsvText.decode(pad, bytes, problems);
            if (text == null) {
                return new ParsedFile(pad, null, CsvTable.of(List.of()), List.of(), List.of(), false);
            }
            csv = CsvTable.parse(text);
            // Drools' CSV reader knows only the comma: a semicolon table (Excel with Dutch settings) is given to it as
            // the comma form, row for row. Without a byte order mark, for the same reason.
            forDrools = csv.delimiter() == ',' ? text.getBytes(StandardCharsets.UTF_8)
                    : CsvWriter.write(csv.rows()).getBytes(StandardCharsets.UTF_8);
        }
        if (csv.unclosedQuoteRow() > 0) {
            problems.add(new Bron(pad, csv.unclosedQuoteRow()).probleem(ProblemCode.AANHALINGSTEKEN_OPEN,
                    "een aanhalingsteken (\") opent hier een cel die nergens wordt gesloten; sluit de cel met een aanhalingsteken"));
        }
        // Excel's TRUE/WAAR/ONWAAR in a true/false cell are read, and given to Drools, as true/false.
        CellCheck.Checked checked = CellCheck.checkAndNormalise(pad, DecisionTable.in(pad, csv));
        problems.addAll(checked.problems());
        List<DecisionTable> tables = checked.tables();
        boolean parameters = isParameterTable(tables);
        Set<Integer> leftOut = parameters ? agendaGroupRows(tables) : Set.of();
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(forDrools), InputType.CSV,
                    new RowsLeftOut(leftOut, checked.replacements()));
        } catch (RuntimeException e) {
            problems.add(new Bron(pad, 0).probleem(ProblemCode.TABEL_ONLEESBAAR, "de beslistabel is niet te lezen: " + e.getMessage()));
            return new ParsedFile(pad, null, csv, tables, List.of(), parameters);
        }
        List<ParsedRule> rules = new ArrayList<>();
        for (DrlRules.Rule rule : DrlRules.in(drl)) {
            Matcher row = ROW_OF_RULE.matcher(rule.naam());
            int number = row.find() ? Integer.parseInt(row.group(1)) : 0;
            DecisionTable table = tables.stream().filter(t -> t.rows().stream().anyMatch(r -> r.number() == number))
                    .findFirst().orElse(null);
            DecisionTable.Row at = table == null ? null
                    : table.rows().stream().filter(r -> r.number() == number).findFirst().orElseThrow();
            // The row's own actions, as the table's header writes them, say what the rule is for.
            String actions = table == null ? rule.then() : actions(table, at);
            rules.add(new ParsedRule(rule.naam(), new Bron(pad, number), rule.metadata(), rule.when(), rule.then(), null,
                    RuleKind.of(actions), table, at, rule.regel(), rule.laatsteRegel()));
        }
        return new ParsedFile(pad, drl, csv, tables, rules, parameters);
    }

    /** Whether the file's tables have actions and every one of them inserts a Parameter. */
    private static boolean isParameterTable(List<DecisionTable> tables) {
        List<DecisionTable.Column> actions = tables.stream().flatMap(t -> t.columns().stream())
                .filter(DecisionTable.Column::isAction).toList();
        return !actions.isEmpty() && actions.stream().allMatch(c -> RuleKind.of(c.template()) == Regelsoort.PARAMETER);
    }

    /** The rows with an {@code Agenda-Group} line above a table. */
    private static Set<Integer> agendaGroupRows(List<DecisionTable> tables) {
        return tables.stream().map(t -> t.keyword(AGENDA_GROUP)).filter(Objects::nonNull).map(DecisionTable.Keyword::row)
                .collect(Collectors.toSet());
    }

    /** The code templates of the ACTION columns this row fills in; Drools leaves out an action whose cell is empty. */
    private static String actions(DecisionTable table, DecisionTable.Row row) {
        return table.columns().stream().filter(DecisionTable.Column::isAction).filter(c -> !row.cell(c).isEmpty())
                .map(DecisionTable.Column::template).collect(Collectors.joining("\n"));
    }
}
