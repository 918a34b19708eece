// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.kie.api.builder.Message;

/**
 * A Drools compile error as a problem where policy staff can find it: in a DRL file at the line Drools names; in
 * a decision table at the row of the rule Drools names (or whose DRL holds the failing expression or line), and
 * the column whose cell the message quotes. The message itself is Drools' own.
 */
final class CompileMessages {
    private static final Pattern RULE_NAME_IN_MESSAGE = Pattern.compile("Rule name='([^']+)'");
    /** Some MVEL errors carry neither a line nor a rule name, only the expression that failed. */
    private static final Pattern EXPRESSION_IN_MESSAGE = Pattern.compile("Unable to Analyse Expression (.+?):\\s*$", Pattern.MULTILINE);

    private CompileMessages() {}

    /** The problem a message is, or null for one that only shows the Java source an error below it is in. */
    static LoadProblem toProblem(Message m, ParsedRuleSet parsed, Map<String, String> files) {
        String file = RuleCompiler.fileOf(m.getPath(), files);
        String said = m.getText() == null ? "" : m.getText().strip();
        if (file.endsWith(".java")) {
            // In the Java the executable model writes of the rules: no file or line of the rule set to name.
            return said.startsWith("Java source of") ? null : new LoadProblem(ProblemCode.COMPILEERFOUT, null, 0, null,
                    "Drools kan de code die het van de regels maakt niet compileren: " + said);
        }
        if (parsed.bestand(file) == null && file.endsWith(DecisionTableFile.CSV)) {
            // A workbook is compiled under its CSV's name (RuleCompiler); the message names the workbook.
            String workbook = file.substring(0, file.length() - DecisionTableFile.CSV.length()) + DecisionTableFile.XLSX;
            file = parsed.bestand(workbook) != null ? workbook : file;
        }
        String text = m.getText() == null ? "" : m.getText().strip();
        ParsedFile parsedFile = parsed.bestand(file);
        if (parsedFile == null || !parsedFile.isTabel()) {
            return new LoadProblem(ProblemCode.COMPILEERFOUT, file, m.getLine(), null, text);
        }
        Matcher named = RULE_NAME_IN_MESSAGE.matcher(text);
        Matcher expression = EXPRESSION_IN_MESSAGE.matcher(text);
        ParsedRule rule = named.find() ? parsedFile.regel(named.group(1))
                : expression.find() ? parsedFile.regelMet(expression.group(1).strip())
                : parsedFile.regelOp(m.getLine());
        if (rule == null) {
            return new LoadProblem(ProblemCode.COMPILEERFOUT, file, 0, null, text);
        }
        int row = rule.bron().regelnummer();
        return rule.bron().inKolom(columnMentioned(parsedFile.csv(), row, text)).probleem(ProblemCode.COMPILEERFOUT, text);
    }

    /** The table column whose cell in this row the message quotes (the longest match); null if none. */
    private static String columnMentioned(CsvTable csv, int row, String message) {
        List<String> cells = csv.row(row);
        int best = -1;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            if (!cell.isEmpty() && message.contains(cell) && (best < 0 || cell.length() > cells.get(best).strip().length())) {
                best = c;
            }
        }
        return best < 0 ? null : CsvTable.columnLetter(best + 1);
    }
}
