// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ast.expr.ModifyStatement;

/**
 * A rule's actions as Drools' own parser reads them (the parser the executable model compiles them with), each name
 * resolved to what it is: a variable, a type, a constructor or a method with the type that declares it. Only a few
 * forms of statement are allowed, so every action ends and costs no more than the facts it loops over: insert, update
 * or delete a fact, {@code modify} a bound fact with its setters, a local variable, {@code if}/{@code else}, and one
 * {@code for} over a list the conditions bound, never nested. No label, class, lambda, method reference, array,
 * loop of another kind, or text built with {@code +}. Every constructor and method is checked on the type that
 * declares it ({@link AllowList#isAllowedMember}), so a spelling ({@code new <String>Parameter(...)}, a qualified
 * name, a cast) cannot hide what is made or called.
 */
final class ConsequenceCheck {
    static final Set<String> WORKING_MEMORY = Set.of("insert", "insertLogical", "update", "delete", "retract");

    private final List<RuleExpressions.Finding> findings = new ArrayList<>();
    private final RuleExpressions expressions;
    private int loops;

    private ConsequenceCheck(Map<String, Class<?>> bound) {
        this.expressions = RuleExpressions.forActions(bound, findings);
    }

    /**
     * Checks the actions of one rule; {@code bound} holds what its conditions bind, by name, with the type each has
     * (Object where it cannot be known).
     */
    static List<RuleExpressions.Finding> check(String actions, Map<String, Class<?>> bound) {
        String key = bound + "\n" + actions;
        List<RuleExpressions.Finding> known = CHECKED.get(key);
        if (known == null) {
            known = checkAnew(actions, bound);
            if (CHECKED.size() < MAX_CHECKED) {
                CHECKED.put(key, known);
            }
        }
        return known;
    }

    /**
     * What the actions checked so far gave, by their text and what the conditions bind: every version with every
     * gemeente holds the same rules again, and a service reloads them. Bounded, as the texts come from rule files.
     */
    private static final Map<String, List<RuleExpressions.Finding>> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CHECKED = 10_000;

    /**
     * {@link #check} without its memo. The tests of the checks call this, so each sees the code as it is: mutation
     * testing changes the code between tests in one JVM, and a memo would answer with what the code said before.
     */
    static List<RuleExpressions.Finding> checkAnew(String actions, Map<String, Class<?>> bound) {
        ConsequenceCheck check = new ConsequenceCheck(bound);
        Optional<BlockStmt> block = parse(actions);
        if (block.isEmpty()) {
            check.findings.add(new RuleExpressions.Finding("then", "de acties zijn niet te lezen als Java; schrijf elke actie als"
                    + " insert(new Feit(...)); of modify($feit) { setX(...) }"));
        } else {
            block.get().getStatements().forEach(check::statement);
        }
        return List.copyOf(check.findings);
    }

    /** What the actions construct, whatever else they do (for the kind of a rule, before any check). */
    static Set<Class<?>> made(String actions) {
        Set<Class<?>> made = new LinkedHashSet<>();
        parse(actions).ifPresent(b -> {
            b.findAll(ObjectCreationExpr.class).forEach(n -> AllowList.type(n.getType().getNameWithScope())
                    .or(() -> AllowList.type(n.getType().getNameAsString())).ifPresent(made::add));
            b.findAll(MethodCallExpr.class).forEach(m -> made.addAll(AllowList.factsMadeBy(m.getNameAsString())));
            // Parameters::new makes one too, when it is called.
            b.findAll(MethodReferenceExpr.class).stream().filter(r -> r.getIdentifier().equals("new")).forEach(r -> {
                String scope = r.getScope() instanceof TypeExpr t ? t.getType().asString() : RuleExpressions.dotted(r.getScope());
                AllowList.type(scope == null ? "" : scope).ifPresent(made::add);
            });
        });
        return Set.copyOf(made);
    }

    static Optional<BlockStmt> parse(String actions) {
        try {
            return Optional.of(MvelParser.parseBlock("{\n" + (actions == null ? "" : actions) + "\n}"));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private void statement(Statement s) {
        if (s instanceof BlockStmt b) {
            b.getStatements().forEach(this::statement);
        } else if (s instanceof EmptyStmt) {
            // nothing to do
        } else if (s instanceof ExpressionStmt e) {
            expressionStatement(e.getExpression());
        } else if (s instanceof IfStmt i) {
            expressions.expect(i.getCondition(), boolean.class, "de voorwaarde van if");
            statement(i.getThenStmt());
            i.getElseStmt().ifPresent(this::statement);
        } else if (s instanceof ForEachStmt f) {
            forEach(f);
        } else if (s instanceof ModifyStatement m) {
            modify(m);
        } else {
            expressions.refuse(RuleExpressions.kind(s), "een actie mag alleen feiten invoegen, wijzigen of verwijderen, met if/else, variabelen en"
                    + " één for over een lijst uit de voorwaarden; " + RuleExpressions.kind(s) + " mag niet");
        }
    }

    private void expressionStatement(Expression e) {
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                if (expressions.isDeclared(d.getNameAsString())) {
                    expressions.refuse(d.getNameAsString(), "de naam " + d.getNameAsString() + " bestaat al in deze regel; kies een andere");
                }
                // Drools' parser reads var as a type's name, so it is refused as one.
                Class<?> declared = expressions.type(d.getType());
                Class<?> value = d.getInitializer().map(expressions::type).orElse(null);
                if (d.getInitializer().isEmpty()) {
                    expressions.refuse(d.getNameAsString(), "een variabele krijgt meteen een waarde");
                }
                expressions.declare(d.getNameAsString(), declared != null ? declared : value);
            }
        } else if (e instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN
                && a.getTarget() instanceof NameExpr n && expressions.isLocal(n.getNameAsString())) {
            expressions.type(a.getValue());
        } else if (e instanceof MethodCallExpr m) {
            expressions.type(m);
        } else {
            expressions.refuse(RuleExpressions.kind(e), "dit is geen actie; een actie voegt een feit in, wijzigt of verwijdert het");
        }
    }

    /** One loop, over a list the conditions bound ({@code $vragen : List() from collect(Vraag())}), never nested. */
    private void forEach(ForEachStmt f) {
        if (loops > 0) {
            expressions.refuse("for", "een for in een for mag niet: dat kost het kwadraat van de feiten");
            return;
        }
        String over = f.getIterable() instanceof NameExpr n ? n.getNameAsString() : null;
        Class<?> list = over == null || expressions.isLocal(over) ? null : expressions.bound(over);
        if (list == null || !Iterable.class.isAssignableFrom(list)) {
            expressions.refuse("for", "een for loopt alleen over een lijst die de voorwaarden binden, zoals $vragen : List() from collect(Vraag())");
            return;
        }
        VariableDeclarator variable = f.getVariable().getVariables().get(0);
        Class<?> element = expressions.type(variable.getType());
        if (expressions.isDeclared(variable.getNameAsString())) {
            expressions.refuse(variable.getNameAsString(), "de naam " + variable.getNameAsString() + " bestaat al in deze regel; kies een andere");
        }
        expressions.declare(variable.getNameAsString(), element);
        loops++;
        statement(f.getBody());
        loops--;
    }

    private void modify(ModifyStatement m) {
        Class<?> target = m.getModifyObject() instanceof NameExpr n ? expressions.bound(n.getNameAsString()) : null;
        if (target == null || !AllowList.FEITEN.contains(target)) {
            expressions.refuse("modify", "modify wijzigt een feit dat de voorwaarden binden, zoals modify($basis) { setNiveau(...) }");
            return;
        }
        for (Statement s : m.getExpressions()) {
            Expression e = s instanceof ExpressionStmt es ? es.getExpression() : null;
            if (e instanceof MethodCallExpr call && call.getScope().isEmpty()) {
                expressions.call(call, target, false, false);
            } else {
                expressions.refuse(RuleExpressions.kind(s), "in modify staan alleen setters van het feit, zoals setNiveau(Niveau.LOKAAL_TEAM)");
            }
        }
    }

}
