// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.afweging.feiten.Parameters;
import nl.afweging.impl.ruleset.tables.DecisionTable;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

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
 *
 * <p>A parameter table may bound its values with the METADATA columns {@code minimum($param)} and
 * {@code maximum($param)} (whole numbers; an empty cell is no bound): a value outside them is
 * {@link ProblemCode#PARAMETER_BUITEN_GRENZEN}. Every parameter is read by some rule, as
 * {@code Parameter(naam == "x", ...)} or {@code $parameters.waarde("x")} in a rule's conditions or a table's template
 * ({@link ProblemCode#PARAMETER_ONGEBRUIKT} otherwise), and every name a rule reads is in a parameter table
 * ({@link ProblemCode#PARAMETER_ONBEKEND} otherwise: such a rule would never fire). Every message about a row
 * names the row by its id ({@code rij meervoudigVanaf: ...}).
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
        Map<String, Bron> defined = new LinkedHashMap<>();
        boolean readable = true;
        for (ParsedFile file : files) {
            if (file.parametertabel()) {
                for (DecisionTable table : file.tabellen()) {
                    readable &= read(file.pad(), table, parameters, defined, problems);
                }
                continue;
            }
            file.regels().stream().filter(r -> r.soort() == Regelsoort.PARAMETER).forEach(r ->
                    problems.add(r.bron().probleem(ProblemCode.PARAMETER_BUITEN_TABEL, "regel '" + r.naam()
                            + "' voegt een Parameter in, maar staat niet in een parametertabel; zet parameters in een"
                            + " beslistabel waarvan elke actie een Parameter invoegt, zoals parameters.drl.csv")));
        }
        // A table the engine cannot read has no names to compare, and a DRL file Drools cannot parse reads unknown
        // parameters: its problem is said already.
        readable &= files.stream().filter(f -> !f.isTabel() && f.drl() != null).allMatch(f -> DrlRules.parse(f.drl()) != null);
        if (readable) {
            checkNames(files, defined, problems);
        }
        return parameters;
    }

    /** Every parameter is read by some rule, and every parameter a rule reads is in a parameter table. */
    private static void checkNames(List<ParsedFile> files, Map<String, Bron> defined, List<LoadProblem> problems) {
        if (files.stream().noneMatch(ParsedFile::parametertabel)) {
            return;
        }
        Map<String, List<Bron>> reads = reads(files);
        for (Map.Entry<String, List<Bron>> read : reads.entrySet()) {
            if (!defined.containsKey(read.getKey())) {
                String suggestie = nearest(read.getKey(), defined.keySet());
                for (Bron bron : read.getValue()) {
                    problems.add(bron.probleem(ProblemCode.PARAMETER_ONBEKEND, "deze regel leest parameter '" + read.getKey()
                            + "', maar die staat in geen parametertabel; zo geldt de regel nooit."
                            + (suggestie == null ? "" : " Bedoelt u " + suggestie + "?")
                            + " De parameters zijn: " + String.join(", ", defined.keySet())));
                }
            }
        }
        for (Map.Entry<String, Bron> parameter : defined.entrySet()) {
            if (!reads.containsKey(parameter.getKey())) {
                Set<String> unknown = new TreeSet<>(reads.keySet());
                unknown.removeAll(defined.keySet());
                // A gemeente's row names a parameter of the version: then the nearest name read is the one meant.
                String suggestie = nearest(parameter.getKey(), unknown.isEmpty() ? reads.keySet() : unknown);
                problems.add(parameter.getValue().probleem(ProblemCode.PARAMETER_ONGEBRUIKT, "rij " + parameter.getKey()
                        + ": geen regel leest parameter '" + parameter.getKey() + "'"
                        + (suggestie == null ? "; haal de rij weg of controleer de naam"
                                : "; bedoelt u " + suggestie + "? Een regel leest die naam")));
            }
        }
    }

    /**
     * Where each parameter name is read, as Drools parses the rules: {@code Parameter(naam == "x", ...)} and
     * {@code waarde("x")} of the Parameters fact, in any condition. A DRL rule's read is placed at the line of its
     * condition; a table rule's at the template cell that holds the name (else the rule's row).
     */
    private static Map<String, List<Bron>> reads(List<ParsedFile> files) {
        Map<String, List<Bron>> reads = new TreeMap<>();
        for (ParsedFile file : files) {
            PackageDescr pkg = file.parametertabel() || file.drl() == null ? null : DrlRules.parse(file.drl());
            if (pkg == null) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                Map<String, Integer> names = new LinkedHashMap<>();
                namesRead(rule.getLhs(), null, rule.getLine(), names);
                names.forEach((naam, line) -> {
                    Bron bron = file.isTabel() ? templateWith(file, naam, file.regel(rule.getName())) : new Bron(file.pad(), line);
                    List<Bron> at = reads.computeIfAbsent(naam, n -> new ArrayList<>());
                    if (bron != null && !at.contains(bron)) {
                        at.add(bron);
                    }
                });
            }
        }
        return reads;
    }

    /** The names a rule's conditions read, each with the line of its first read. */
    private static void namesRead(BaseDescr descr, String type, int line, Map<String, Integer> names) {
        int at = descr.getLine() > 0 ? descr.getLine() : line;
        if (descr instanceof PatternDescr p) {
            String object = p.getObjectType() == null ? "" : p.getObjectType();
            for (BaseDescr d : p.getDescrs()) {
                String code = d instanceof ExprConstraintDescr e ? e.getExpression() : d instanceof BindingDescr b ? b.getExpression() : null;
                namesIn(code, object.substring(object.lastIndexOf('.') + 1), d.getLine() > 0 ? d.getLine() : at, names);
            }
            if (p.getSource() instanceof FromDescr from) {
                namesIn(from.getExpression(), null, at, names);
            } else if (p.getSource() instanceof CollectDescr collect) {
                namesRead(collect.getInputPattern(), null, at, names);
            } else if (p.getSource() instanceof AccumulateDescr acc) {
                namesRead(acc.getInput(), null, at, names);
                acc.getFunctions().forEach(f -> java.util.Arrays.stream(f.getParams()).forEach(param -> namesIn(param, null, at, names)));
            }
        } else if (descr instanceof EvalDescr e) {
            namesIn(String.valueOf(e.getContent()), null, at, names);
        } else if (descr instanceof ConditionalElementDescr c) {
            c.getDescrs().forEach(d -> namesRead((BaseDescr) d, type, at, names));
        }
    }

    /** The names one condition reads: {@code naam == "x"} of a Parameter, or a call {@code waarde("x")}. */
    private static void namesIn(String code, String type, int line, Map<String, Integer> names) {
        Expression parsed;
        try {
            parsed = DrlxParseUtil.parseExpression(code == null ? "" : code).getExpr();
        } catch (RuntimeException | StackOverflowError unreadable) {
            return; // Drools' compile error names it
        }
        if ("Parameter".equals(type) && parsed instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS) {
            String naam = b.getLeft() instanceof NameExpr n && n.getNameAsString().equals("naam") ? text(b.getRight())
                    : b.getRight() instanceof NameExpr n && n.getNameAsString().equals("naam") ? text(b.getLeft()) : null;
            if (naam != null) {
                names.putIfAbsent(naam, line);
            }
        }
        calls(parsed, call -> {
            if (call.getNameAsString().equals("waarde") && call.getArguments().size() == 1 && text(call.getArgument(0)) != null) {
                names.putIfAbsent(text(call.getArgument(0)), line);
            }
        });
    }

    private static String text(Expression e) {
        return e instanceof StringLiteralExpr s ? s.getValue() : null;
    }

    /** Every call in a condition, also inside Drools' own forms ({@code x in (...)}, {@code > 1 && < 5}). */
    private static void calls(Node node, Consumer<MethodCallExpr> found) {
        if (node instanceof MethodCallExpr m) {
            found.accept(m);
        }
        List<? extends Node> children = node instanceof PointFreeExpr p ? concat(p.getLeft(), p.getRight())
                : node instanceof HalfPointFreeExpr h ? h.getRight()
                : node instanceof HalfBinaryExpr h ? List.of(h.getRight()) : node.getChildNodes();
        children.forEach(c -> calls(c, found));
    }

    private static List<Node> concat(Node first, List<? extends Node> rest) {
        List<Node> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The template cell of a table that holds {@code "naam"} (where policy staff see the read); else the rule's row. */
    private static Bron templateWith(ParsedFile file, String naam, ParsedRule rule) {
        for (DecisionTable table : file.tabellen()) {
            for (DecisionTable.Column column : table.columns()) {
                if (column.template().contains("\"" + naam + "\"")) {
                    return new Bron(file.pad(), table.row() + 3).inKolom(column.letter());
                }
            }
        }
        return rule == null ? null : rule.bron();
    }

    /**
     * What a rule that reads a parameter where the engine cannot see which is told: only a constant name in a pattern's
     * condition ({@code $parameters.waarde("meervoudigVanaf")}) shows in the compiled rule; else its {@code gelezen}
     * could not name the parameter, and the check of names above could not see it. Refused for that when the rule's
     * code is checked ({@link RuleExpressions}): a bound value ({@code Parameters($v : waarde("x"))}), a name put
     * together, a read in an {@code eval} or in the actions.
     */
    static final String ONZICHTBAAR = "leest een parameter zonder dat de engine kan zien welke; zo kan het advies niet"
            + " laten zien wat de regel las. Schrijf $parameters : Parameters() bij de voorwaarden en lees de waarde in de"
            + " voorwaarde die hem gebruikt (niet in een eval of in de actie), met de naam tussen aanhalingstekens:"
            + " Profiel(aantalTotEnMet(3) >= $parameters.waarde(\"meervoudigVanaf\"))";

    /** A read the compiled rule shows without its name: refused as {@link #ONZICHTBAAR}. */
    static void checkNamesSeen(ParsedRule rule, CompiledReads.Reads reads, List<LoadProblem> problems) {
        boolean unseen = reads.members().stream().anyMatch(m -> m.fact() == Parameters.class && m.name().equals("waarde")
                && (m.arguments().size() != 1 || m.arguments().get(0) == null));
        if (unseen) {
            problems.add(rule.bron().probleem(ProblemCode.PARAMETER_ONBEKEND, "regel '" + rule.naam() + "' " + ONZICHTBAAR));
        }
    }

    /** The name nearest to {@code naam} (ignoring case) within a small edit distance, or null. */
    private static String nearest(String naam, Set<String> names) {
        String lower = naam.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestAfstand = Integer.MAX_VALUE;
        for (String name : names) {
            int afstand = CellCheck.afstand(lower, name.toLowerCase(java.util.Locale.ROOT));
            if (afstand <= Math.max(1, Math.min(3, name.length() / 4)) && afstand < bestAfstand) {
                best = name;
                bestAfstand = afstand;
            }
        }
        return best;
    }

    /** A whole number in a bound column, or null when the cell is empty or (a problem added) no whole number. */
    private static Integer bound(DecisionTable.Column column, DecisionTable.Row row, String rij, String pad,
                                 List<LoadProblem> problems) {
        String cell = column == null ? "" : row.cell(column);
        if (cell.isEmpty()) {
            return null;
        }
        if (WHOLE_NUMBER.matcher(cell).matches() && cell.length() <= 10) {
            try {
                return Integer.parseInt(cell);
            } catch (NumberFormatException tooLarge) {
                // below
            }
        }
        problems.add(new Bron(pad, row.number()).inKolom(column.letter()).probleem(ProblemCode.PARAMETER_ONGELDIG,
                rij + ": het " + column.label() + " '" + cell + "' is geen heel getal; schrijf een heel getal, zoals 3,"
                        + " of laat de cel leeg voor geen grens"));
        return null;
    }

    private static String grenzen(Integer min, Integer max) {
        return min != null && max != null ? "van " + min + " tot en met " + max
                : min != null ? "van " + min + " of meer" : "van " + max + " of minder";
    }

    /** Reads one table's rows; false when its header makes it unreadable as data. */
    private static boolean read(String pad, DecisionTable table, Map<String, Integer> parameters, Map<String, Bron> defined,
                                List<LoadProblem> problems) {
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
            return false;
        }
        DecisionTable.Column id = table.metadata("id");
        DecisionTable.Column minimum = table.metadata("minimum");
        DecisionTable.Column maximum = table.metadata("maximum");
        List<DecisionTable.Column> values = table.columns().stream().filter(DecisionTable.Column::isAction).toList();
        for (DecisionTable.Row row : table.rows()) {
            // A row without a name is the metadata check's: it has no id.
            String naam = id == null ? "" : row.cell(id);
            String rij = CellCheck.rij(table, id, row);
            String wie = rij + (naam.isEmpty() ? ": de parameter" : ": parameter " + naam);
            if (!naam.isEmpty()) {
                defined.putIfAbsent(naam, new Bron(pad, row.number()).inKolom(id.letter()));
            }
            Integer min = bound(minimum, row, rij, pad, problems);
            Integer max = bound(maximum, row, rij, pad, problems);
            if (min != null && max != null && min > max) {
                problems.add(new Bron(pad, row.number()).inKolom(minimum.letter()).probleem(ProblemCode.PARAMETER_ONGELDIG,
                        rij + ": het minimum " + min + " is groter dan het maximum " + max + "; draai ze om"));
                min = null;
                max = null;
            }
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
                problems.add(at.probleem(ProblemCode.PARAMETER_ONGELDIG, rij + ": de waarde '" + cell + "' is geen geheel"
                        + " getal" + (cell.matches("-?\\d+[.,]\\d+") ? " (een parameter is een heel getal)" : "")
                        + "; schrijf alleen cijfers, eventueel met een min ervoor, zoals 3 of -1"));
                continue;
            }
            int waarde;
            try {
                waarde = Integer.parseInt(cell);
            } catch (NumberFormatException tooLarge) {
                problems.add(at.probleem(ProblemCode.PARAMETER_ONGELDIG, rij + ": de waarde " + cell + " is te groot;"
                        + " een parameter ligt tussen " + Integer.MIN_VALUE + " en " + Integer.MAX_VALUE));
                continue;
            }
            if ((min != null && waarde < min) || (max != null && waarde > max)) {
                problems.add(at.probleem(ProblemCode.PARAMETER_BUITEN_GRENZEN, rij + ": de waarde " + waarde
                        + (min != null && waarde < min ? " is kleiner dan het minimum " + min : " is groter dan het maximum " + max)
                        + "; kies een waarde " + grenzen(min, max) + " (of pas de grenzen in de kolommen "
                        + (minimum == null ? "" : minimum.letter()) + (minimum != null && maximum != null ? " en " : "")
                        + (maximum == null ? "" : maximum.letter()) + " aan, als het beleid dat zegt)"));
                continue;
            }
            if (!naam.isEmpty()) {
                parameters.putIfAbsent(naam, waarde);
            }
        }
        return true;
    }
}
