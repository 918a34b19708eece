// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.ProblemCode;
import org.drools.base.RuleBase;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.PropertySpecificUtil;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.constraint.Constraint;
import org.drools.util.ClassUtils;
import org.drools.mvel.parser.ast.expr.ModifyStatement;
import org.drools.mvel.parser.printer.PrintUtil;
import org.drools.util.bitmask.BitMask;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A rule that can fire itself forever ({@code validate} only): its actions change, with {@code modify($x) {...}} or
 * {@code update($x)}, a fact its own conditions match ({@code $x : Type(...)}), on a property that pattern listens
 * to, and it has neither {@code no-loop} nor {@code lock-on-active}. Drools is property-reactive: a change wakes a
 * pattern only on a property it reads (in its constraints, a binding, or another pattern through {@code $x.prop});
 * which ones it reads is taken from the compiled pattern, as Drools itself decides. {@code modify} changes the
 * properties whose setters it calls (any other call in its block: everything); {@code update} changes everything,
 * and wakes even a pattern without constraints.
 *
 * <p>Not a finding: a {@code modify} that makes the pattern's own condition false, which ends the loop after one
 * firing: a constraint {@code prop == A} while the modify sets {@code setProp(B)}, B another constant (a literal
 * or an enum constant), or {@code prop != A} while it sets A. E2 of the default rules is such a rule.
 */
public final class LoopCheck {
    private static final Pattern SETTER = Pattern.compile("set[A-Z]\\w*");

    private LoopCheck() {}

    /** What the actions of one rule change of one fact, by the name it is bound to. */
    private static final class Change {
        final int line;
        boolean update;
        /** A call in a modify block that is not a setter: the check cannot tell what it changes. */
        boolean unknown;
        int times;
        /** Every property a modify sets, with the value as written; null when set more than once. */
        final Map<String, String> values = new LinkedHashMap<>();

        Change(int line) {
            this.line = line;
        }

        boolean everything() {
            return update || unknown;
        }
    }

    /** The properties a pattern listens to; {@code all} when Drools cannot tell (or the type is not property-reactive). */
    private record Listened(Set<String> properties, boolean all) {}

    /** A finding for every rule of the loaded rule set that can fire itself forever, in the order of the files. */
    public static List<LoadProblem> check(ParsedRuleSet parsed, LoadedRuleSet loaded) {
        Map<String, ParsedRule> byName = new HashMap<>();
        parsed.regels().forEach(r -> byName.put(r.naam(), r));
        KieBase kieBase = loaded.kieBase();
        List<LoadProblem> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                ParsedRule written = byName.get(rule.getName());
                if (written != null) {
                    check((RuleBase) kieBase, (RuleImpl) rule, written, problems);
                }
            }
        }
        problems.sort(Comparator.comparing(LoadProblem::bestand).thenComparingInt(LoadProblem::regelnummer));
        return problems;
    }

    private static void check(RuleBase ruleBase, RuleImpl rule, ParsedRule written, List<LoadProblem> problems) {
        if (rule.isNoLoop() || rule.isLockOnActive()) {
            return;
        }
        for (Map.Entry<String, Change> changed : changes(written).entrySet()) {
            Declaration declaration = rule.getDeclarations().get(changed.getKey());
            if (declaration == null || !declaration.isPatternDeclaration() || declaration.getPattern() == null
                    || !(declaration.getPattern().getObjectType() instanceof ClassObjectType type)) {
                continue;
            }
            org.drools.base.rule.Pattern pattern = declaration.getPattern();
            Class<?> fact = type.getClassType();
            Change change = changed.getValue();
            Listened listened = listened(ruleBase, pattern, fact);
            Set<String> woken;
            if (change.everything()) {
                woken = listened.all() ? Set.of() : listened.properties();
            } else {
                woken = new LinkedHashSet<>(change.values.keySet());
                if (!listened.all()) {
                    woken.retainAll(listened.properties());
                }
                if (woken.isEmpty() || change.times == 1 && becomesFalse(pattern, fact, change.values)) {
                    continue;
                }
            }
            Bron at = change.line > 0 ? new Bron(written.bron().bestand(), change.line) : written.bron();
            problems.add(at.probleem(ProblemCode.REGEL_KAN_HERHALEN, message(written, changed.getKey(), fact, change, woken)));
        }
    }

    private static String message(ParsedRule rule, String name, Class<?> fact, Change change, Set<String> woken) {
        String id = rule.meta("id") == null || rule.meta("id").isBlank() ? rule.naam() : rule.meta("id");
        String properties = (woken.size() == 1 ? "de eigenschap " : "de eigenschappen ") + String.join(", ", woken);
        String read = woken.isEmpty() ? "" : ", ook " + properties + " die de voorwaarden van de regel lezen";
        String how;
        if (change.update) {
            how = "update(" + name + ") meldt elke eigenschap van " + fact.getSimpleName() + " als veranderd" + read;
        } else if (change.unknown) {
            how = "modify(" + name + ") roept iets anders aan dan een setter, dus elke eigenschap van " + fact.getSimpleName()
                    + " kan veranderd zijn" + read;
        } else {
            how = "modify(" + name + ") verandert " + properties + " van " + fact.getSimpleName()
                    + ", en de voorwaarden van de regel lezen " + (woken.size() == 1 ? "die eigenschap" : "die eigenschappen");
        }
        return "regel " + id + " kan zichzelf steeds opnieuw laten vuren: " + how + ". Zet no-loop bij de regel (in DRL:"
                + " no-loop true; in een beslistabel: een kolom NO-LOOP), " + (change.everything() ? "verander met modify"
                + " alleen wat echt verandert, " : "") + "of maak een voorwaarde die na de wijziging niet meer waar is";
    }

    /**
     * Every fact the actions change, by the name it is bound to, as Drools' parser reads the actions: the setters of
     * each {@code modify} block with their values as written, and each {@code update}. For a DRL rule with the line
     * of its first change.
     */
    private static Map<String, Change> changes(ParsedRule rule) {
        String text = rule.then() == null ? "" : rule.then();
        Map<String, Change> changes = new LinkedHashMap<>();
        BlockStmt block = ConsequenceCheck.parse(text).orElse(null);
        if (block == null) {
            return changes;
        }
        int firstLine = firstLineOfActions(rule);
        int modifies = 0;
        for (ModifyStatement m : block.findAll(ModifyStatement.class)) {
            int at = line(firstLine, text, "modify", modifies++);
            if (!(m.getModifyObject() instanceof NameExpr target)) {
                continue;
            }
            Change change = changes.computeIfAbsent(target.getNameAsString(), k -> new Change(at));
            change.times++;
            for (Statement item : m.getExpressions()) {
                Expression e = item instanceof ExpressionStmt es ? es.getExpression() : null;
                if (e instanceof MethodCallExpr call && call.getScope().isEmpty() && call.getArguments().size() == 1
                        && SETTER.matcher(call.getNameAsString()).matches()) {
                    String property = ClassUtils.setter2property(call.getNameAsString());
                    String value = PrintUtil.printNode(call.getArgument(0));
                    change.values.put(property, change.values.containsKey(property) ? null : value);
                } else {
                    change.unknown = true;
                }
            }
        }
        int updates = 0;
        for (MethodCallExpr call : block.findAll(MethodCallExpr.class)) {
            boolean fromRule = call.getScope().isEmpty()
                    || call.getScope().get() instanceof NameExpr d && d.getNameAsString().equals("drools");
            if (!call.getNameAsString().equals("update") || !fromRule || call.getArguments().isEmpty()) {
                continue;
            }
            int at = line(firstLine, text, "update", updates++);
            if (call.getArgument(0) instanceof NameExpr target) {
                Change change = changes.computeIfAbsent(target.getNameAsString(), k -> new Change(at));
                change.update = true;
                change.times++;
            }
        }
        return changes;
    }

    /**
     * The line in its file of the first line of a DRL rule's actions: where their text stands in the rule's text
     * (which runs from its when line to its end line); 0 for a table rule.
     */
    private static int firstLineOfActions(ParsedRule rule) {
        if (rule.tekst() == null || rule.then() == null) {
            return 0;
        }
        int at = rule.tekst().lastIndexOf(rule.then());
        if (at < 0) {
            return 0;
        }
        int whenLine = rule.laatsteDrlRegel() - (int) rule.tekst().chars().filter(c -> c == '\n').count();
        return whenLine + (int) rule.tekst().substring(0, at).chars().filter(c -> c == '\n').count();
    }

    /**
     * The line of the {@code nth} {@code word} in the actions, to place a finding (Drools' parser keeps no positions);
     * 0 for a table rule.
     */
    private static int line(int firstLine, String text, String word, int nth) {
        if (firstLine == 0) {
            return 0;
        }
        Matcher m = Pattern.compile("(?<![\\w$.])" + word + "\\b").matcher(text);
        int offset = 0;
        for (int k = 0; k <= nth && m.find(); k++) {
            offset = m.start();
        }
        return firstLine + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    /**
     * What a pattern listens to, as Drools decides it: what its constraints read, what is bound from it and what
     * other patterns read of it through its declaration ({@code @watch} too), less what it says not to watch.
     */
    private static Listened listened(RuleBase ruleBase, org.drools.base.rule.Pattern pattern, Class<?> fact) {
        if (!PropertySpecificUtil.isPropertyReactive(ruleBase, pattern.getObjectType())) {
            return new Listened(Set.of(), true);
        }
        List<String> names = PropertySpecificUtil.getAccessibleProperties(ruleBase, fact);
        List<BitMask> masks = new ArrayList<>();
        masks.add(pattern.getPositiveWatchMask(names));
        for (Constraint constraint : pattern.getConstraints()) {
            masks.add(constraint.getListenedPropertyMask(Optional.of(pattern), pattern.getObjectType(), names));
        }
        BitMask negative = pattern.getNegativeWatchMask(names);
        Set<String> properties = new LinkedHashSet<>();
        for (BitMask mask : masks) {
            if (mask.isAllSet() || PropertySpecificUtil.isAllSetPropertyReactiveMask(mask)) {
                return new Listened(Set.of(), true);
            }
            for (int i = 0; i < names.size(); i++) {
                boolean unwatched = negative != null && PropertySpecificUtil.isPropertySetOnMask(negative, i);
                if (!names.get(i).equals("this") && PropertySpecificUtil.isPropertySetOnMask(mask, i) && !unwatched) {
                    properties.add(names.get(i));
                }
            }
        }
        return new Listened(properties, false);
    }

    /**
     * Whether the values a modify sets make one of the pattern's own constraints false: {@code prop == A} with prop
     * set to another constant, or {@code prop != A} with prop set to A.
     */
    private static boolean becomesFalse(org.drools.base.rule.Pattern pattern, Class<?> fact, Map<String, String> values) {
        for (Constraint constraint : pattern.getConstraints()) {
            String expression = CompiledReads.expression(constraint);
            Expression parsed = expression == null ? null : CompiledReads.parse(expression);
            if (!(parsed instanceof BinaryExpr comparison) || comparison.getOperator() != BinaryExpr.Operator.EQUALS
                    && comparison.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
                continue;
            }
            boolean equals = comparison.getOperator() == BinaryExpr.Operator.EQUALS;
            for (boolean propertyFirst : new boolean[] {true, false}) {
                Expression property = propertyFirst ? comparison.getLeft() : comparison.getRight();
                Expression other = propertyFirst ? comparison.getRight() : comparison.getLeft();
                String value = property instanceof NameExpr name ? values.get(name.getNameAsString()) : null;
                if (value == null) {
                    continue;
                }
                Class<?> type = propertyType(fact, ((NameExpr) property).getNameAsString());
                String compared = constant(other, type);
                String set = constant(CompiledReads.parse(value), type);
                if (compared != null && set != null && compared.equals(set) != equals) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The type of a property of the fact, from its getter; null when it has none. */
    private static Class<?> propertyType(Class<?> fact, String property) {
        return Arrays.stream(fact.getMethods())
                .filter(m -> m.getParameterCount() == 0 && property.equals(ClassUtils.getter2property(m.getName())))
                .map(Method::getReturnType).findFirst().orElse(null);
    }

    /**
     * The expression as one constant, in a form where equal constants are equal strings: a string, a number (3 and 3.0
     * alike), true, false, null, or an enum constant of {@code type} written with its type ({@code Niveau.LOKAAL_TEAM});
     * null when it is anything else (a variable, a call, a sum).
     */
    private static String constant(Expression e, Class<?> type) {
        if (e instanceof StringLiteralExpr s) {
            return "\"" + s.asString();
        }
        boolean negative = e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS;
        Expression number = negative ? ((UnaryExpr) e).getExpression() : e;
        if (number instanceof LiteralStringValueExpr literal && !(number instanceof StringLiteralExpr || number instanceof CharLiteralExpr)) {
            try {
                BigDecimal n = new BigDecimal(literal.getValue().replace("_", "").replaceAll("[lLfFdDB]$", ""));
                return "#" + (negative ? n.negate() : n).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notADecimal) {
                return null;
            }
        }
        if (e instanceof BooleanLiteralExpr || e instanceof NullLiteralExpr) {
            return e.toString();
        }
        if (type == null || !type.isEnum() || !(e instanceof FieldAccessExpr f) || !isName(f.getScope())) {
            return null;
        }
        String qualifier = f.getScope() instanceof FieldAccessExpr q ? q.getNameAsString() : ((NameExpr) f.getScope()).getNameAsString();
        String name = f.getNameAsString();
        boolean constant = Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(name));
        return constant && qualifier.equals(type.getSimpleName()) ? type.getName() + "." + name : null;
    }

    /** A name or a dotted name ({@code Niveau}, {@code nl.afweging.model.Niveau}). */
    private static boolean isName(Expression e) {
        return e instanceof NameExpr || e instanceof FieldAccessExpr f && isName(f.getScope());
    }
}
