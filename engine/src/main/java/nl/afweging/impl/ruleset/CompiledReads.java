// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.afweging.feiten.Parameters;
import org.drools.base.RuleBase;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.PropertySpecificUtil;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.drools.util.ClassUtils;
import org.drools.util.bitmask.BitMask;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * What each rule's conditions read, taken from the rules as Drools compiled them, not from the rule files: every
 * pattern (also inside {@code not}, {@code exists}, {@code accumulate} and {@code collect}) gives the class of the
 * fact it matches, and its constraints give the members of that fact they use, or of a fact bound to a declaration
 * in another pattern ({@code $p.heeftMinstens(waarde, 3)} reads {@code heeftMinstens} of the {@code Profiel} that
 * {@code $p} is bound to), on the executable model (the only build there is).
 *
 * <p>Drools' property reactivity knows which properties a pattern listens to (bound ones, and those other patterns
 * read through a declaration), but not which methods a constraint calls, nor with what: {@code
 * score(Leefgebied.HUISVESTING)} and {@code score(Leefgebied.FINANCIEN)} listen to the same nothing. So each compiled
 * constraint's own expression (the executable model keeps its text as predicate information) is read too, by the
 * parser that compiled it ({@link DrlxParseUtil}): its member chains are resolved against the pattern's class and the
 * constraint's declarations. That expression is one constraint's, as Drools split and compiled it: no other pattern,
 * no text of the file around it. A constraint without an expression falls back to the properties Drools says it
 * listens to.
 *
 * <p>Not seen: a binding to a method call ({@code $s : score(Leefgebied.FINANCIEN)}), which the executable model keeps
 * only as a lambda; {@code eval(...)}, {@code from} expressions and accumulate functions, which are no patterns.
 */
final class CompiledReads {

    /**
     * One member of a fact that a condition uses: a property ({@code wet}, {@code laagsteScore}) or a method
     * ({@code score}, {@code heeftSoort}). {@code arguments} are a method call's arguments where they are constants
     * (an enum constant by its name, a literal by its value), with null for an argument that is not; empty for a
     * property. {@code equalTo} is the constant a property is compared with by {@code ==} ({@code naam == "x"}), or
     * null.
     */
    record Member(Class<?> fact, String name, List<String> arguments, String equalTo) {
        static Member property(Class<?> fact, String name) {
            return new Member(fact, name, List.of(), null);
        }
    }

    /** One rule's reads: the class of every fact a pattern matches, and every member its constraints use. */
    record Reads(Set<Class<?>> facts, Set<Member> members) {}

    /** A class's properties as Drools names them ({@code isHeeftScores} is {@code heeftScores}), with their getters. */
    private static final ClassValue<Map<String, Method>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> getters = new HashMap<>();
            for (Method m : type.getMethods()) {
                String property = ClassUtils.getter2property(m.getName());
                if (property != null && m.getParameterCount() == 0 && m.getReturnType() != void.class
                        && !Modifier.isStatic(m.getModifiers()) && !property.equals("class")) {
                    getters.put(property, m);
                }
            }
            return Map.copyOf(getters);
        }
    };

    private final RuleBase ruleBase;
    private final Set<Class<?>> facts = new LinkedHashSet<>();
    private final Set<Member> members = new LinkedHashSet<>();

    private CompiledReads(KieBase kieBase) {
        this.ruleBase = (RuleBase) kieBase;
    }

    /** One rule of {@code kieBase}. */
    static Reads of(KieBase kieBase, Rule rule) {
        CompiledReads reads = new CompiledReads(kieBase);
        reads.element(((RuleImpl) rule).getLhs());
        return new Reads(Collections.unmodifiableSet(reads.facts), Collections.unmodifiableSet(reads.members));
    }

    /**
     * The members one constraint expression reads, on a pattern of {@code fact}. {@code declarations} holds every
     * declaration the expression may use: the class of the fact for one bound to a whole pattern ({@code $p}), null
     * for one bound to a value ({@code $vanaf}). Null when Drools' expression parser cannot read it.
     */
    static Set<Member> reads(String expression, Class<?> fact, Map<String, Class<?>> declarations) {
        Expression parsed = parse(expression);
        if (parsed == null) {
            return null;
        }
        ExpressionReads reads = new ExpressionReads(fact, declarations);
        reads.visit(parsed);
        return reads.members;
    }

    /** The expression as the executable model's compiler parses it; null if it cannot. */
    static Expression parse(String expression) {
        try {
            return DrlxParseUtil.parseExpression(expression).getExpr();
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Patterns anywhere below: in and/or/not/exists/forall, and as the source of an accumulate or collect. */
    private void element(RuleConditionElement element) {
        if (element instanceof Pattern pattern) {
            pattern(pattern);
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            element(nested);
        }
    }

    private void pattern(Pattern pattern) {
        Class<?> fact = classOf(pattern.getObjectType());
        if (fact == null) {
            return;
        }
        facts.add(fact);
        if (fact == Parameters.class && pattern.getDeclarations().values().stream().anyMatch(d -> !d.isPatternDeclaration())) {
            // Parameters has no properties: a value bound on it ($vanaf : waarde("x")) is a call the executable model
            // keeps only as a lambda. Read as a parameter whose name is not seen, which loading refuses.
            members.add(new Member(Parameters.class, "waarde", Collections.singletonList(null), null));
        }
        // Bound properties ($vanaf : waarde), properties other patterns read through a declaration ($c.wet), @watch.
        for (String listened : pattern.getListenedProperties()) {
            if (PROPERTIES.get(fact).containsKey(listened)) {
                members.add(Member.property(fact, listened));
            }
        }
        for (Constraint constraint : pattern.getConstraints()) {
            String expression = expression(constraint);
            Set<Member> read = expression == null || expression.isBlank() ? null : reads(expression, fact, declarations(pattern, constraint));
            if (read == null) {
                listenedProperties(pattern, fact, constraint);
            } else {
                members.addAll(read);
            }
        }
    }

    /** A compiled constraint's own expression ({@code niveau == Niveau.SOCIALE_BASIS}), as the executable model keeps it; else null. */
    static String expression(Constraint constraint) {
        return constraint instanceof LambdaConstraint lambda ? lambda.getPredicateInformation().getStringConstraint() : null;
    }

    private static Map<String, Class<?>> declarations(Pattern pattern, Constraint constraint) {
        Map<String, Class<?>> declarations = new HashMap<>();
        List<Declaration> all = new ArrayList<>(pattern.getDeclarations().values());
        all.addAll(Arrays.asList(constraint.getRequiredDeclarations()));
        for (Declaration declaration : all) {
            boolean wholeFact = declaration.isPatternDeclaration() && declaration.getPattern() != null;
            declarations.put(declaration.getIdentifier(), wholeFact ? classOf(declaration.getPattern().getObjectType()) : null);
        }
        return declarations;
    }

    /** The properties Drools' property reactivity says this constraint listens to; no methods, no arguments. */
    private void listenedProperties(Pattern pattern, Class<?> fact, Constraint constraint) {
        List<String> names = PropertySpecificUtil.getAccessibleProperties(ruleBase, fact);
        BitMask mask = constraint.getListenedPropertyMask(Optional.of(pattern), pattern.getObjectType(), names);
        for (int i = 0; i < names.size(); i++) {
            if (PropertySpecificUtil.isPropertySetOnMask(mask, i)) {
                members.add(Member.property(fact, names.get(i)));
            }
        }
    }

    private static Class<?> classOf(ObjectType type) {
        return type instanceof ClassObjectType classType ? classType.getClassType() : null;
    }

    /**
     * One constraint expression's member chains ({@code naam}, {@code score(Leefgebied.X)}, {@code $p.heeftMinstens(waarde,
     * 3)}, {@code $c.wet}), resolved on its parse: a name is a declaration, else a property or method of the pattern's
     * fact, else (a type, a DRL function) it reads nothing. Only a chain's first member of a fact is read: {@code
     * $c.soorten.size()} reads {@code soorten}.
     */
    private static final class ExpressionReads {
        /** What a chain so far reaches: the fact whose member the next segment is, or exactly one property of a fact. */
        private record Reached(Class<?> owner, Member property) {
            static final Reached NOTHING = new Reached(null, null);
        }

        final Class<?> fact;
        final Map<String, Class<?>> declarations;
        final Set<Member> members = new LinkedHashSet<>();

        ExpressionReads(Class<?> fact, Map<String, Class<?>> declarations) {
            this.fact = fact;
            this.declarations = declarations;
        }

        void visit(Node node) {
            if (isChain(node)) {
                settle(chain((Expression) node));
            } else if (node instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS && isChain(b.getLeft())) {
                // naam == "x": the property with the constant it is compared with.
                Member property = chain(b.getLeft()).property();
                if (property != null) {
                    String constant = constant(b.getRight(), PROPERTIES.get(property.fact()).get(property.name()).getReturnType());
                    members.add(constant == null ? property : new Member(property.fact(), property.name(), List.of(), constant));
                }
                visit(b.getRight());
            } else {
                children(node).forEach(this::visit);
            }
        }

        /** The nodes below; Drools' own operators ({@code contains}, {@code > 10 && < 20}) do not list theirs as children. */
        private static List<? extends Node> children(Node node) {
            if (node instanceof PointFreeExpr p) {
                List<Node> operands = new ArrayList<>(p.getRight());
                operands.add(0, p.getLeft());
                return operands;
            }
            return node instanceof HalfPointFreeExpr h ? h.getRight()
                    : node instanceof HalfBinaryExpr h ? List.of(h.getRight())
                    : node instanceof InlineCastExpr c ? List.of(c.getExpression())
                    : node.getChildNodes();
        }

        private static boolean isChain(Node node) {
            return node instanceof NameExpr || node instanceof ThisExpr || node instanceof FieldAccessExpr
                    || node instanceof NullSafeFieldAccessExpr || node instanceof MethodCallExpr
                    || node instanceof NullSafeMethodCallExpr || node instanceof ArrayAccessExpr;
        }

        /** What the chain reaches; the members it reads on the way, and its arguments' reads, are added. */
        private Reached chain(Expression e) {
            if (e instanceof ThisExpr) {
                return new Reached(fact, null);
            }
            if (e instanceof NameExpr n) {
                String name = n.getNameAsString();
                return declarations.containsKey(name) ? new Reached(declarations.get(name), null)
                        : PROPERTIES.get(fact).containsKey(name) ? new Reached(null, Member.property(fact, name)) : Reached.NOTHING;
            }
            if (e instanceof FieldAccessExpr f) {
                return member(f.getScope(), f.getNameAsString(), null);
            }
            if (e instanceof NullSafeFieldAccessExpr f) {
                return member(f.getScope(), f.getNameAsString(), null);
            }
            if (e instanceof MethodCallExpr m) {
                return member(m.getScope().orElse(null), m.getNameAsString(), m.getArguments());
            }
            if (e instanceof NullSafeMethodCallExpr m) {
                return member(m.getScope().orElse(null), m.getNameAsString(), m.getArguments());
            }
            if (e instanceof ArrayAccessExpr a) {
                // persoon[0], an index: what the chain reads so far, then the index's own reads.
                settle(isChain(a.getName()) ? chain(a.getName()) : visited(a.getName()));
                visit(a.getIndex());
            }
            return Reached.NOTHING;
        }

        /** The member {@code name} (a call when it has {@code arguments}) of what {@code scope} reaches; no scope: the fact's. */
        private Reached member(Expression scope, String name, List<Expression> arguments) {
            Class<?> owner = fact;
            if (scope != null) {
                Reached reached = isChain(scope) ? chain(scope) : visited(scope);
                settle(reached);
                owner = reached.owner();
            }
            Reached result = Reached.NOTHING;
            if (owner != null) {
                Member property = arguments != null ? call(owner, name, arguments)
                        : PROPERTIES.get(owner).containsKey(name) ? Member.property(owner, name) : null;
                result = new Reached(null, property);
            }
            if (arguments != null) {
                arguments.forEach(this::visit);
            }
            return result;
        }

        private Reached visited(Node node) {
            visit(node);
            return Reached.NOTHING;
        }

        private void settle(Reached reached) {
            if (reached.property() != null) {
                members.add(reached.property());
            }
        }

        /**
         * A call of {@code method} on a fact: a getter is its property ({@code $c.isZvwAanspraak()} reads {@code
         * zvwAanspraak}, returned so a comparison can follow); any other method of the fact is added with its constant
         * arguments. A name the fact has no method for (a DRL function) reads nothing of it.
         */
        private Member call(Class<?> owner, String method, List<Expression> arguments) {
            String getter = ClassUtils.getter2property(method);
            if (arguments.isEmpty() && getter != null && PROPERTIES.get(owner).containsKey(getter)) {
                return Member.property(owner, getter);
            }
            List<Method> candidates = Arrays.stream(owner.getMethods())
                    .filter(m -> m.getName().equals(method) && m.getParameterCount() == arguments.size() && !Modifier.isStatic(m.getModifiers()))
                    .toList();
            if (!candidates.isEmpty()) {
                // The parameter types tell an enum constant from a name; with overloads, only literals are known.
                Class<?>[] types = candidates.size() == 1 ? candidates.get(0).getParameterTypes() : new Class<?>[arguments.size()];
                List<String> constants = new ArrayList<>();
                for (int a = 0; a < arguments.size(); a++) {
                    constants.add(constant(arguments.get(a), types[a]));
                }
                members.add(new Member(owner, method, Collections.unmodifiableList(constants), null));
            }
            return null;
        }

        /**
         * The constant {@code e} is, as a string: a string's value, a number as written, {@code true} or {@code false},
         * a negative number, or the name of an enum constant of {@code type} written with its type ({@code
         * Leefgebied.HUISVESTING}, qualified or not); null if none.
         */
        private String constant(Expression e, Class<?> type) {
            if (e instanceof StringLiteralExpr s) {
                return s.asString();
            }
            if (e instanceof LiteralStringValueExpr literal && !(e instanceof CharLiteralExpr)) {
                return literal.getValue();
            }
            if (e instanceof BooleanLiteralExpr b) {
                return String.valueOf(b.getValue());
            }
            if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS
                    && u.getExpression() instanceof LiteralStringValueExpr number && !(number instanceof StringLiteralExpr)) {
                return "-" + number.getValue();
            }
            boolean enumConstant = type != null && type.isEnum() && e instanceof FieldAccessExpr f && isTypeName(f.getScope())
                    && Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(f.getNameAsString()));
            return enumConstant ? ((FieldAccessExpr) e).getNameAsString() : null;
        }

        /** A (qualified) name that is neither a declaration nor a property of the fact. */
        private boolean isTypeName(Expression e) {
            if (e instanceof FieldAccessExpr f) {
                return isTypeName(f.getScope());
            }
            return e instanceof NameExpr n && !declarations.containsKey(n.getNameAsString())
                    && !PROPERTIES.get(fact).containsKey(n.getNameAsString());
        }
    }
}
