// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

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
import org.drools.mvel.MVELConstraint;
import org.drools.util.ClassUtils;
import org.drools.util.bitmask.BitMask;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * What each rule's conditions read, taken from the rules as Drools compiled them, not from the rule files: every
 * pattern (also inside {@code not}, {@code exists}, {@code accumulate} and {@code collect}) gives the class of the
 * fact it matches, and its constraints give the members of that fact they use, or of a fact bound to a declaration
 * in another pattern ({@code $p.heeftMinstens(waarde, 3)} reads {@code heeftMinstens} of the {@code Profiel} that
 * {@code $p} is bound to). The same on a classic (DRL/MVEL) build and on the executable model.
 *
 * <p>Drools' property reactivity knows which properties a pattern listens to (bound ones, and those other patterns
 * read through a declaration), but not which methods a constraint calls, nor with what: {@code
 * score(Leefgebied.HUISVESTING)} and {@code score(Leefgebied.FINANCIEN)} listen to the same nothing. So each compiled
 * constraint's own expression (MVEL keeps its text, the executable model its predicate information) is read too: its
 * member chains are resolved against the pattern's class and the constraint's declarations. That expression is one
 * constraint's, as Drools split and compiled it: no other pattern, no text of the file around it; its string
 * literals and comments are skipped as such. A constraint without an expression falls back to the properties Drools
 * says it listens to.
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
     * for one bound to a value ({@code $vanaf}).
     */
    static Set<Member> reads(String expression, Class<?> fact, Map<String, Class<?>> declarations) {
        Expression parsed = new Expression(Tokens.of(expression), fact, declarations);
        parsed.scan(0, parsed.tokens.size());
        return parsed.members;
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
            if (expression == null || expression.isBlank()) {
                listenedProperties(pattern, fact, constraint);
            } else {
                members.addAll(reads(expression, fact, declarations(pattern, constraint)));
            }
        }
    }

    /** A compiled constraint's own expression ({@code niveau == Niveau.SOCIALE_BASIS}), on either kind of build; else null. */
    static String expression(Constraint constraint) {
        return constraint instanceof MVELConstraint mvel ? mvel.getExpression()
                : constraint instanceof LambdaConstraint lambda ? lambda.getPredicateInformation().getStringConstraint()
                : null;
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
     * 3)}, {@code $c.wet}), resolved: a name is a declaration, else a property or method of the pattern's fact, else
     * (a type, an operator word like {@code contains}) it reads nothing.
     */
    private static final class Expression {
        final List<Tokens.Token> tokens;
        final Class<?> fact;
        final Map<String, Class<?>> declarations;
        final Set<Member> members = new LinkedHashSet<>();

        Expression(List<Tokens.Token> tokens, Class<?> fact, Map<String, Class<?>> declarations) {
            this.tokens = tokens;
            this.fact = fact;
            this.declarations = declarations;
        }

        void scan(int from, int to) {
            int i = from;
            while (i < to) {
                boolean member = i > 0 && tokens.get(i - 1).is(Tokens.Kind.DOT);
                i = tokens.get(i).is(Tokens.Kind.NAME) && !member ? chain(i, to) : i + 1;
            }
        }

        /** A chain from the name at {@code i}: a head and its {@code .member} and {@code [index]} segments; returns its end. */
        private int chain(int i, int to) {
            String head = tokens.get(i).text();
            i++;
            List<int[]> headArguments = i < to && tokens.get(i).isOpen("(") ? arguments(i, to) : null;
            if (headArguments != null) {
                i = close(i, to) + 1;
            }
            // The fact whose member the next segment is, and the chain so far when it is exactly one property of a fact.
            Class<?> owner = null;
            Member property = null;
            if (headArguments != null) {
                property = call(fact, head, headArguments);
            } else if (head.equals("this")) {
                owner = fact;
            } else if (declarations.containsKey(head)) {
                owner = declarations.get(head);
            } else if (PROPERTIES.get(fact).containsKey(head)) {
                property = Member.property(fact, head);
            }
            List<List<int[]>> nested = new ArrayList<>();
            if (headArguments != null) {
                nested.add(headArguments);
            }
            while (i < to) {
                if (i + 1 < to && tokens.get(i).is(Tokens.Kind.DOT) && tokens.get(i + 1).is(Tokens.Kind.NAME)) {
                    String name = tokens.get(i + 1).text();
                    i += 2;
                    List<int[]> arguments = i < to && tokens.get(i).isOpen("(") ? arguments(i, to) : null;
                    if (arguments != null) {
                        i = close(i, to) + 1;
                        nested.add(arguments);
                    }
                    settle(property);
                    property = null;
                    if (owner != null) {
                        property = arguments != null ? call(owner, name, arguments)
                                : PROPERTIES.get(owner).containsKey(name) ? Member.property(owner, name) : null;
                    }
                    owner = null;
                } else if (tokens.get(i).isOpen("[")) {
                    // persoon[0], an index: what the chain reads so far, then the index's own reads.
                    int end = close(i, to);
                    settle(property);
                    property = null;
                    owner = null;
                    scan(i + 1, end);
                    i = end + 1;
                } else {
                    break;
                }
            }
            if (property != null) {
                // naam == "x": the property with the constant it is compared with.
                String constant = i < to && tokens.get(i).is(Tokens.Kind.EQUALS)
                        ? constantUpTo(i + 1, to, PROPERTIES.get(property.fact()).get(property.name()).getReturnType()) : null;
                members.add(constant == null ? property : new Member(property.fact(), property.name(), List.of(), constant));
            }
            for (List<int[]> arguments : nested) {
                arguments.forEach(range -> scan(range[0], range[1]));
            }
            return i;
        }

        private void settle(Member property) {
            if (property != null) {
                members.add(property);
            }
        }

        /**
         * A call of {@code method} on a fact: a getter is its property ({@code $c.isZvwAanspraak()} reads {@code
         * zvwAanspraak}, returned so a comparison can follow); any other method of the fact is added with its constant
         * arguments. A name the fact has no method for (a DRL function) reads nothing of it.
         */
        private Member call(Class<?> owner, String method, List<int[]> arguments) {
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
                    int[] range = arguments.get(a);
                    String constant = constantUpTo(range[0], range[1], types[a]);
                    constants.add(constant != null && end(range[0], range[1], types[a]) == range[1] ? constant : null);
                }
                members.add(new Member(owner, method, Collections.unmodifiableList(constants), null));
            }
            return null;
        }

        /** The constant at {@code i} when nothing but its end (a comma, a bracket, {@code &&} or {@code ||}) follows it. */
        private String constantUpTo(int i, int to, Class<?> type) {
            int end = end(i, to, type);
            if (end < 0 || end < to && !(tokens.get(end).is(Tokens.Kind.COMMA) || tokens.get(end).is(Tokens.Kind.CLOSE)
                    || tokens.get(end).isOther("&") || tokens.get(end).isOther("|"))) {
                return null;
            }
            Tokens.Token first = tokens.get(i);
            if (first.isOther("-")) {
                return "-" + tokens.get(i + 1).text();
            }
            return first.is(Tokens.Kind.NAME) && type != null && type.isEnum() ? tokens.get(end - 1).text() : first.text();
        }

        /**
         * Where the constant starting at {@code i} ends: a string or number, {@code true} or {@code false}, a negative
         * number, or an enum constant of {@code type} ({@code Leefgebied.HUISVESTING}, qualified or not); -1 if none.
         */
        private int end(int i, int to, Class<?> type) {
            if (i >= to) {
                return -1;
            }
            Tokens.Token first = tokens.get(i);
            if (first.is(Tokens.Kind.STRING) || first.is(Tokens.Kind.NUMBER)) {
                return i + 1;
            }
            if (first.isOther("-")) {
                return i + 1 < to && tokens.get(i + 1).is(Tokens.Kind.NUMBER) ? i + 2 : -1;
            }
            if (first.is(Tokens.Kind.NAME) && (first.text().equals("true") || first.text().equals("false"))) {
                return i + 1;
            }
            if (type == null || !type.isEnum() || !first.is(Tokens.Kind.NAME) || declarations.containsKey(first.text())
                    || PROPERTIES.get(fact).containsKey(first.text())) {
                return -1;
            }
            int last = i;
            while (last + 2 < to && tokens.get(last + 1).is(Tokens.Kind.DOT) && tokens.get(last + 2).is(Tokens.Kind.NAME)) {
                last += 2;
            }
            String name = tokens.get(last).text();
            boolean constant = last > i && Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(name));
            return constant ? last + 1 : -1;
        }

        /** The ranges of the comma-separated arguments in the brackets that open at {@code open}. */
        private List<int[]> arguments(int open, int to) {
            int close = close(open, to);
            List<int[]> ranges = new ArrayList<>();
            int start = open + 1;
            int depth = 0;
            for (int i = open + 1; i < close; i++) {
                Tokens.Token t = tokens.get(i);
                if (t.is(Tokens.Kind.OPEN)) {
                    depth++;
                } else if (t.is(Tokens.Kind.CLOSE)) {
                    depth--;
                } else if (depth == 0 && t.is(Tokens.Kind.COMMA)) {
                    ranges.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            if (close > open + 1) {
                ranges.add(new int[] {start, close});
            }
            return ranges;
        }

        /** The bracket that closes the one at {@code open}; {@code to - 1} at most, should the expression be cut short. */
        private int close(int open, int to) {
            int depth = 0;
            for (int i = open; i < to; i++) {
                if (tokens.get(i).is(Tokens.Kind.OPEN)) {
                    depth++;
                } else if (tokens.get(i).is(Tokens.Kind.CLOSE) && --depth == 0) {
                    return i;
                }
            }
            return to - 1;
        }
    }

    /** The tokens of a Java/MVEL-like constraint expression: names, literals, brackets, dots, commas and operators. */
    static final class Tokens {
        enum Kind { NAME, STRING, NUMBER, DOT, OPEN, CLOSE, COMMA, EQUALS, OTHER }

        record Token(Kind kind, String text) {
            boolean is(Kind k) {
                return kind == k;
            }

            boolean isOpen(String bracket) {
                return kind == Kind.OPEN && text.equals(bracket);
            }

            boolean isOther(String operator) {
                return kind == Kind.OTHER && text.equals(operator);
            }
        }

        private Tokens() {}

        static List<Token> of(String s) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && next == '/') {
                    i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
                } else if (c == '/' && next == '*') {
                    i = s.indexOf("*/", i + 2) < 0 ? s.length() : s.indexOf("*/", i + 2) + 2;
                } else if (c == '"' || c == '\'') {
                    // MVEL takes single quotes for strings too.
                    StringBuilder value = new StringBuilder();
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) != c) {
                        if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                            j++;
                            char e = s.charAt(j);
                            value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
                        } else {
                            value.append(s.charAt(j));
                        }
                        j++;
                    }
                    tokens.add(new Token(Kind.STRING, value.toString()));
                    i = j + 1;
                } else if (Character.isDigit(c) || c == '.' && Character.isDigit(next)) {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '_')) {
                        j++;
                    }
                    tokens.add(new Token(Kind.NUMBER, s.substring(i, j)));
                    i = j;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i;
                    while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
                        j++;
                    }
                    tokens.add(new Token(Kind.NAME, s.substring(i, j)));
                    i = j;
                } else if (c == '.' || (c == '!' || c == '?') && next == '.' && !tokens.isEmpty()
                        && (tokens.get(tokens.size() - 1).is(Kind.NAME) || tokens.get(tokens.size() - 1).is(Kind.CLOSE))) {
                    // $c!.wet and $c?.wet: null-safe member access.
                    tokens.add(new Token(Kind.DOT, "."));
                    i += c == '.' ? 1 : 2;
                } else if (c == '(' || c == '[' || c == '{') {
                    tokens.add(new Token(Kind.OPEN, String.valueOf(c)));
                    i++;
                } else if (c == ')' || c == ']' || c == '}') {
                    tokens.add(new Token(Kind.CLOSE, String.valueOf(c)));
                    i++;
                } else if (c == ',') {
                    tokens.add(new Token(Kind.COMMA, ","));
                    i++;
                } else if (c == '=' && next == '=') {
                    tokens.add(new Token(Kind.EQUALS, "=="));
                    i += 2;
                } else if ((c == '!' || c == '<' || c == '>') && next == '=') {
                    // != >= <=: kept whole, so their '=' is never read as part of an '=='.
                    tokens.add(new Token(Kind.OTHER, s.substring(i, i + 2)));
                    i += 2;
                } else {
                    tokens.add(new Token(Kind.OTHER, String.valueOf(c)));
                    i++;
                }
            }
            return tokens;
        }
    }
}
