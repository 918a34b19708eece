// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.afweging.impl.ruleset.tables.CsvTable;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Refuses every rule file whose code does more than a rule may, before anything is compiled or run. It reads each
 * file with Drools' own DRL parser, so it sees exactly what Drools would compile (for a decision table: the DRL its
 * cells make), and checks every part that becomes code: imports, declarations, rule attributes and metadata, every
 * condition, every {@code from}, {@code collect} and {@code accumulate}, and every action, against the
 * {@link AllowList}. Each refusal names the file and line (in a table: the row and, where found, the cell) and the
 * forbidden name. A file Drools cannot parse is not checked here: Drools builds nothing from it either, and its
 * compile errors say why.
 */
final class RuleCodeCheck {
    /** Codes Java reads before anything else: a unicode escape can end a string or comment the check sees as whole. */
    private static final Pattern UNSEEN = Pattern.compile("\\\\u|[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.\\-]*");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Set<String> RESERVED_PACKAGES = Set.of("java", "javax", "jdk", "sun", "com.sun", "org.drools",
            "org.kie", "org.mvel2", "nl.afweging.feiten", "nl.afweging.model", "nl.afweging.impl");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet");

    private final ParsedFile file;
    private final List<LoadProblem> problems = new ArrayList<>();
    /** The line of the rule being checked, where a finding about the rule as a whole is placed. */
    private int ruleLine;

    private RuleCodeCheck(ParsedFile file) {
        this.file = file;
    }

    /** Every refusal in the rule set's files, in file order. */
    static List<LoadProblem> check(ParsedRuleSet parsed) {
        List<LoadProblem> problems = new ArrayList<>();
        for (ParsedFile file : parsed.regelbestanden()) {
            if (file.drl() != null) {
                problems.addAll(new RuleCodeCheck(file).run());
            }
        }
        return problems;
    }

    private List<LoadProblem> run() {
        var unseen = UNSEEN.matcher(file.drl());
        if (unseen.find()) {
            int line = lineAt(file.drl(), unseen.start());
            String sign = unseen.group().startsWith("\\") ? "\\u" : String.format("U+%04X", (int) unseen.group().charAt(0));
            refuse(null, line, unseen.group(), "het teken " + sign + " mag niet in een regelbestand: Java leest het anders dan"
                    + " het er staat. Schrijf de letter zelf");
            return problems;
        }
        if (DrlRules.depth(file.drl()) > DrlRules.MAX_DEPTH) {
            refuse(null, 1, "(", "haakjes zijn hier meer dan " + DrlRules.MAX_DEPTH + " diep genest; schrijf de voorwaarde eenvoudiger");
            return problems;
        }
        PackageDescr pkg = DrlRules.parse(file.drl());
        if (pkg != null) {
            checkPackage(pkg);
            for (RuleDescr rule : pkg.getRules()) {
                checkRule(rule);
            }
        }
        return problems;
    }

    private void checkPackage(PackageDescr pkg) {
        String name = pkg.getName() == null ? "" : pkg.getName();
        if (!name.isEmpty() && (!PACKAGE.matcher(name).matches()
                || RESERVED_PACKAGES.stream().anyMatch(r -> name.equals(r) || name.startsWith(r + ".")))) {
            refuse(null, 1, name, "package " + name + " mag niet: kies een eigen naam, zoals nl.afweging.regels");
        }
        for (ImportDescr imp : pkg.getImports()) {
            if (!AllowList.isImport(imp.getTarget())) {
                refuse(null, imp.getLine(), imp.getTarget(), "import " + imp.getTarget() + " mag niet: een regel mag alleen"
                        + " de feiten (nl.afweging.feiten.*), de waarden uit nl.afweging.model en de rekenhulpen uit SECURITY.md gebruiken");
            }
        }
        declared(pkg.getFunctionImports(), "import function", "een functie van buiten de regels");
        declared(pkg.getAccumulateImports(), "import accumulate", "een eigen accumulate-functie");
        declared(pkg.getGlobals(), "global", "een global (een waarde van buiten de regels)");
        declared(pkg.getFunctions(), "function", "een eigen functie (function)");
        declared(pkg.getTypeDeclarations(), "declare", "een eigen type (declare)");
        declared(pkg.getEnumDeclarations(), "declare enum", "een eigen type (declare enum)");
        declared(new ArrayList<>(pkg.getEntryPointDeclarations()), "entry-point", "een entry-point");
        declared(new ArrayList<>(pkg.getWindowDeclarations()), "window", "een window");
        declared(pkg.getAttributes(), "attribuut", "een attribuut voor het hele bestand");
        if (pkg.getUnit() != null) {
            refuse(null, pkg.getUnit().getLine(), "unit", "een rule unit mag niet in een regelset");
        }
    }

    private void declared(List<? extends BaseDescr> found, String wat, String omschrijving) {
        for (BaseDescr d : found) {
            // In a table the word global is not written (a Variables row holds "type name"): find it by its type.
            String where = d instanceof GlobalDescr g ? g.getType() : wat;
            refuse(null, d.getLine(), where, omschrijving + " mag niet in een regelset");
        }
    }

    private void checkRule(RuleDescr rule) {
        String naam = rule.getName();
        ruleLine = rule.getLine();
        if (naam.contains("\"") || naam.contains("\\")) {
            // Drools' executable model writes the name into Java as it is, where the quote ends the text.
            refuse(naam, rule.getLine(), "rule", "een regelnaam mag geen aanhalingsteken (\") of backslash bevatten: Drools kan"
                    + " de regel dan niet compileren; laat het teken weg of schrijf ' in plaats van \"");
        }
        if (rule.isQuery()) {
            refuse(naam, rule.getLine(), "query", "een query mag niet in een regelset");
            return;
        }
        if (rule.getParentName() != null) {
            refuse(naam, rule.getLine(), "extends", "een regel mag niet van een andere regel erven (extends)");
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(naam, rule.getLine(), "then[...]", "een regel mag maar één then hebben");
        }
        for (Map.Entry<String, AttributeDescr> a : rule.getAttributes().entrySet()) {
            checkAttribute(naam, a.getKey(), a.getValue());
        }
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            checkMetadata(naam, annotation, lineOf("@" + annotation.getName(), rule.getLine()));
        }
        Map<String, Class<?>> bound = new LinkedHashMap<>();
        checkConditions(naam, rule.getLhs(), bound, rule.getLine());
        checkCost(naam, rule);
        Object consequence = rule.getConsequence();
        String then = consequence == null ? "" : consequence.toString();
        int first = lineOf(then.strip().lines().findFirst().orElse(""), Math.max(rule.getConsequenceLine(), rule.getLine()));
        report(naam, ConsequenceCheck.check(then, bound), then, first);
    }

    /**
     * What a rule may cost is bounded by the facts of one aanvraag: at most {@value #MAX_PATTERNS} patterns in all, and
     * at most {@value #MAX_MANY} joined at the top over facts an aanvraag can hold many of (huisgenoten, trajecten,
     * vragen, or a {@code from} over a list), so the join is at most the cube of the largest list (100 trajecten).
     */
    private void checkCost(String naam, RuleDescr rule) {
        List<PatternDescr> all = new ArrayList<>();
        patterns(rule.getLhs(), all, true);
        if (all.size() > MAX_PATTERNS) {
            refuse(naam, rule.getLine(), "when", "de regel heeft " + all.size() + " patronen; een regel heeft er hoogstens "
                    + MAX_PATTERNS + ". Splits de regel");
        }
        List<PatternDescr> top = new ArrayList<>();
        patterns(rule.getLhs(), top, false);
        long many = top.stream().filter(p -> p.getSource() instanceof FromDescr || MANY.contains(simpleName(p.getObjectType()))).count();
        if (many > MAX_MANY) {
            refuse(naam, rule.getLine(), "when", "de regel combineert " + many + " patronen over huisgenoten, trajecten, vragen of"
                    + " een from; hoogstens " + MAX_MANY + ", anders groeit het werk met een te hoge macht van het aantal feiten");
        }
    }

    private static final int MAX_PATTERNS = 10;
    private static final int MAX_MANY = 3;
    /** Facts one aanvraag can hold many of: each of its huisgenoten (at most 25), trajecten (100) and soorten. */
    private static final Set<String> MANY = Set.of("Huisgenoot", "Traject", "Vraag", "VraagOpNiveau");

    /** The patterns of a condition: all of them, or ({@code nested} false) those joined at the top only. */
    private static void patterns(BaseDescr descr, List<PatternDescr> found, boolean nested) {
        if (descr instanceof PatternDescr p) {
            found.add(p);
            if (nested && p.getSource() instanceof CollectDescr c) {
                patterns(c.getInputPattern(), found, true);
            } else if (nested && p.getSource() instanceof AccumulateDescr a) {
                patterns(a.getInput(), found, true);
            }
        } else if (descr instanceof AndDescr || descr instanceof OrDescr
                || nested && (descr instanceof NotDescr || descr instanceof ExistsDescr || descr instanceof ForallDescr)) {
            ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs().forEach(d -> patterns((BaseDescr) d, found, nested));
        }
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    private void checkAttribute(String naam, String key, AttributeDescr attribute) {
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        String unquoted = value.replaceAll("^\"(.*)\"$", "$1");
        boolean allowed = switch (key) {
            case "salience" -> WHOLE_NUMBER.matcher(value).matches();
            case "no-loop", "lock-on-active" -> value.isEmpty() || value.equals("true") || value.equals("false");
            case "dialect" -> unquoted.equals("java") || unquoted.equals("mvel");
            default -> false;
        };
        if (!allowed) {
            refuse(naam, attribute.getLine(), key, "het attribuut " + key + (value.isEmpty() ? "" : " " + value)
                    + " mag niet; een regel mag alleen salience (een geheel getal), no-loop, lock-on-active en dialect hebben");
        }
    }

    private void checkMetadata(String naam, AnnotationDescr annotation, int line) {
        Object value = annotation.getValue();
        boolean plain = value == null || value instanceof String s && (isQuoted(s) || WORD.matcher(s).matches());
        if (!WORD.matcher(annotation.getName()).matches() || !plain) {
            refuse(naam, line, "@" + annotation.getName(), "de waarde van @" + annotation.getName()
                    + " moet tekst tussen aanhalingstekens zijn, of één woord; Drools zou er code van maken");
        }
    }

    /**
     * A text in double quotes in which a quote is only ever escaped and no unicode escape stands; read in one pass,
     * so a grondslag of any length is checked in time and stack that grow with it linearly.
     */
    static boolean isQuoted(String s) {
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                return false;
            }
            if (c == '\\') {
                if (i + 1 >= s.length() - 1 || s.charAt(i + 1) == 'u') {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** Checks the conditions in the order Drools reads them, adding what each binds, with its type, to {@code bound}. */
    private void checkConditions(String naam, BaseDescr descr, Map<String, Class<?>> bound, int line) {
        int at = descr.getLine() > 0 ? descr.getLine() : line;
        if (descr instanceof PatternDescr p) {
            checkPattern(naam, p, bound, at);
        } else if (descr instanceof EvalDescr e) {
            condition(naam, String.valueOf(e.getContent()), null, false, bound, at);
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            for (BaseDescr d : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                checkConditions(naam, d, bound, at);
            }
        } else {
            refuse(naam, at, kind(descr), "deze vorm van voorwaarde (" + kind(descr) + ") mag niet in een regelset");
        }
    }

    private void checkPattern(String naam, PatternDescr p, Map<String, Class<?>> bound, int line) {
        String type = p.getObjectType() == null ? "" : p.getObjectType();
        Class<?> fact = AllowList.isPatternType(simpleName(type)) ? AllowList.type(type).orElse(null) : null;
        if (fact == null) {
            refuse(naam, line, type, "een regel mag alleen de feiten van de engine zoeken, niet " + type);
            // The rest is checked all the same, so every refusal is named at once.
            fact = Object.class;
        }
        if (p.isQuery() || !p.getBehaviors().isEmpty() || !p.getAnnotations().isEmpty()) {
            refuse(naam, line, type, "een patroon mag geen query, window of annotatie hebben");
        }
        if (p.getSource() instanceof FromDescr from) {
            Class<?> list = condition(naam, from.getExpression(), null, false, bound, line);
            if (!RuleExpressions.isListOfABoundFact(from.getExpression(), list, bound)) {
                refuse(naam, line, "from", "from leest alleen een lijst van een feit uit de voorwaarden, zoals from $casus.soorten;"
                        + " niet " + from.getExpression());
            }
        } else if (p.getSource() instanceof CollectDescr collect) {
            checkPattern(naam, collect.getInputPattern(), bound, line);
        } else if (p.getSource() instanceof AccumulateDescr acc && !(acc instanceof GroupByDescr)) {
            checkAccumulate(naam, acc, bound, line);
        } else if (p.getSource() != null) {
            refuse(naam, line, kind(p.getSource()), "deze bron van feiten (" + kind(p.getSource()) + ") mag niet in een regelset");
        }
        if (p.getIdentifier() != null) {
            bound.put(p.getIdentifier(), fact);
        }
        for (BaseDescr c : p.getDescrs()) {
            int at = c.getLine() > 0 ? c.getLine() : line;
            if (c instanceof ExprConstraintDescr e) {
                condition(naam, e.getExpression(), fact, true, bound, at);
            } else if (c instanceof BindingDescr b) {
                Class<?> value = condition(naam, b.getExpression(), fact, false, bound, at);
                bound.put(b.getVariable(), value == null ? Object.class : value);
            } else {
                refuse(naam, at, kind(c), "deze vorm van voorwaarde (" + kind(c) + ") mag niet in een regelset");
            }
        }
    }

    private void checkAccumulate(String naam, AccumulateDescr acc, Map<String, Class<?>> bound, int line) {
        boolean ownCode = Stream.of(acc.getInitCode(), acc.getActionCode(), acc.getReverseCode(), acc.getResultCode())
                .anyMatch(code -> code != null && !code.isBlank());
        if (ownCode) {
            refuse(naam, line, "accumulate", "een accumulate met eigen code (init, action, result) mag niet; gebruik "
                    + String.join(", ", ACCUMULATE_FUNCTIONS));
        }
        checkConditions(naam, acc.getInput(), bound, line);
        for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                refuse(naam, line, f.getFunction(), "de functie " + f.getFunction() + " mag niet in een accumulate; gebruik "
                        + String.join(", ", ACCUMULATE_FUNCTIONS));
            }
            for (String param : f.getParams()) {
                condition(naam, param, null, false, bound, line);
            }
            if (f.getBind() != null) {
                bound.put(f.getBind(), switch (f.getFunction()) {
                    case "collectList" -> List.class;
                    case "collectSet" -> Set.class;
                    default -> Number.class;
                });
            }
        }
    }

    /** One condition of a pattern over {@code fact} (null: an eval, from or accumulate argument); the type of its value. */
    private Class<?> condition(String naam, String code, Class<?> fact, boolean constraint, Map<String, Class<?>> bound, int line) {
        List<RuleExpressions.Finding> findings = new ArrayList<>();
        Class<?> type = RuleExpressions.condition(code, fact, constraint, bound, findings);
        report(naam, findings, code == null ? "" : code, line);
        return type;
    }

    /**
     * The refusals in one piece of code that starts on {@code line} of the file's DRL, one per line, naming each name.
     * Drools' parsers keep no positions, so a refusal is placed at the first line where what it names is written.
     */
    private void report(String naam, List<RuleExpressions.Finding> findings, String code, int line) {
        Map<Integer, List<RuleExpressions.Finding>> byLine = new TreeMap<>();
        for (RuleExpressions.Finding f : findings) {
            if (f.code() != ProblemCode.NIET_TOEGESTAAN) {
                // About the rule as a whole, as the rule's other checks say it.
                addProblem(naam, ruleLine, f.wat(), f.code(), "regel '" + naam + "' " + f.waarom());
                continue;
            }
            byLine.computeIfAbsent(Math.max(line, 1) + lineIn(code, f.wat()), k -> new ArrayList<>()).add(f);
        }
        byLine.forEach((at, found) -> {
            Set<String> names = found.stream().map(RuleExpressions.Finding::wat).collect(Collectors.toCollection(LinkedHashSet::new));
            String waarom = found.size() == 1 ? found.get(0).waarom()
                    : names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + " mogen niet in een regel: "
                    + found.stream().map(RuleExpressions.Finding::waarom).distinct().collect(Collectors.joining("; "));
            refuse(naam, at, names.iterator().next(), found.size() == 1 && !waarom.contains("'" + found.get(0).wat() + "'")
                    ? "'" + found.get(0).wat() + "': " + waarom : waarom);
        });
    }

    /** The line, counted from 0, on which {@code word} is first written in {@code code} as a whole word; 0 when it is not. */
    private static int lineIn(String code, String word) {
        for (int at = code.indexOf(word); at >= 0 && !word.isEmpty(); at = code.indexOf(word, at + 1)) {
            boolean before = at == 0 || !Character.isJavaIdentifierPart(code.charAt(at - 1));
            int end = at + word.length();
            boolean after = end >= code.length() || !Character.isJavaIdentifierPart(code.charAt(end));
            if (before && after) {
                return (int) code.substring(0, at).chars().filter(c -> c == '\n').count();
            }
        }
        return 0;
    }

    private static String kind(BaseDescr descr) {
        return descr.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * One refusal, placed: in a DRL file at its line; in a decision table at the row of the rule (or the first row
     * whose cells hold {@code wat}) and the cell that holds it.
     */
    private void refuse(String regel, int line, String wat, String melding) {
        addProblem(regel, line, wat, ProblemCode.NIET_TOEGESTAAN, (regel == null ? "" : "regel '" + regel + "': ") + melding);
    }

    private void addProblem(String regel, int line, String wat, ProblemCode code, String tekst) {
        if (!file.isTabel()) {
            problems.add(new Bron(file.pad(), Math.max(line, 1)).probleem(code, tekst));
            return;
        }
        ParsedRule rule = regel == null ? null : file.regel(regel);
        Bron bron = cellWith(file.csv(), rule == null ? 0 : rule.bron().regelnummer(), wat);
        if (bron == null && rule != null) {
            bron = rule.bron();
        }
        problems.add((bron == null ? new Bron(file.pad(), 0) : bron).probleem(code, tekst));
    }

    /** The cell of this row (0: of any row, first match) that holds {@code wat}; null when none does. */
    private Bron cellWith(CsvTable csv, int row, String wat) {
        int last = row > 0 ? row : csv.size();
        for (int r = Math.max(row, 1); r <= last; r++) {
            List<String> cells = csv.row(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).contains(wat)) {
                    return new Bron(file.pad(), r).inKolom(CsvTable.columnLetter(c + 1));
                }
            }
        }
        return null;
    }

    /** The line where {@code text} first appears on or after line {@code from} of the DRL (Drools does not give it). */
    private int lineOf(String text, int from) {
        String drl = file.drl();
        int start = 0;
        for (int l = 1; l < from; l++) {
            int next = drl.indexOf('\n', start);
            if (next < 0) {
                break;
            }
            start = next + 1;
        }
        int at = text.isEmpty() ? -1 : drl.indexOf(text, start);
        return at == -1 ? from : lineAt(drl, at);
    }

    private static int lineAt(String text, int offset) {
        return 1 + (int) text.chars().limit(offset).filter(c -> c == '\n').count();
    }
}
