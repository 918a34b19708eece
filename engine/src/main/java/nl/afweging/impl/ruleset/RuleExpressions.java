// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.afweging.feiten.Parameters;
import nl.afweging.model.ProblemCode;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * The expressions of one rule as Drools' own parsers read them (a condition as the executable model parses a
 * constraint, an action as it parses a consequence), each name resolved to what it is: a variable the rule binds or
 * declares, a property or method of the fact a condition is about, an allowed type, a constructor, or a method with
 * the type that declares it ({@link AllowList#isAllowedMember}). So a spelling (a qualified name, a cast, a type
 * argument) cannot hide what is called, and what cannot be resolved is refused. Text is never built with {@code +}:
 * in a loop it would grow without a bound the facts set.
 */
final class RuleExpressions {
    /** One refusal: what was refused, why (for the message), and as what problem. */
    record Finding(String wat, String waarom, ProblemCode code) {
        Finding(String wat, String waarom) {
            this(wat, waarom, ProblemCode.NIET_TOEGESTAAN);
        }
    }

    /** The operators a condition may use between a value and others; matches and soundslike cost what their text asks. */
    private static final Set<String> POINT_FREE = Set.of("in", "contains", "excludes", "memberOf");

    private final Map<String, Class<?>> bound;
    private final Map<String, Class<?>> locals = new HashMap<>();
    /** The fact a condition is about, whose properties and methods it names without a dot; null in an action. */
    private final Class<?> self;
    /** In a condition a value's property is read by its name ({@code $casus.leeftijd}); in an action by its getter. */
    private final boolean condition;
    /** Whether a parameter may be read here: only in a pattern's constraint, where the compiled rule shows which. */
    private final boolean readsParameters;
    private final List<Finding> findings;

    private RuleExpressions(Map<String, Class<?>> bound, Class<?> self, boolean condition, boolean readsParameters,
                            List<Finding> findings) {
        this.bound = bound;
        this.self = self;
        this.condition = condition;
        this.readsParameters = readsParameters;
        this.findings = findings;
    }

    /** For the actions of a rule whose conditions bind {@code bound}. */
    static RuleExpressions forActions(Map<String, Class<?>> bound, List<Finding> findings) {
        return new RuleExpressions(bound, null, false, false, findings);
    }

    /**
     * Checks one condition of a pattern over {@code self} (null: an eval, a from or an accumulate's argument) and
     * gives the type of its value, or null after a refusal; what it binds inline ({@code $x : naam == "a"}) is added to
     * {@code bound}. {@code constraint}: a pattern's constraint, not a binding, where a parameter may be read.
     */
    static Class<?> condition(String text, Class<?> self, boolean constraint, Map<String, Class<?>> bound, List<Finding> findings) {
        DrlxExpression parsed;
        try {
            parsed = DrlxParseUtil.parseExpression(text == null ? "" : text);
        } catch (RuntimeException | StackOverflowError e) {
            findings.add(new Finding(text, "de voorwaarde '" + text + "' is niet te lezen"));
            return null;
        }
        Class<?> type = new RuleExpressions(bound, self, true, constraint, findings).type(parsed.getExpr());
        if (parsed.getBind() != null) {
            bound.put(parsed.getBind().asString(), type == null ? Object.class : type);
        }
        return type;
    }

    /**
     * Whether a from reads a list of a fact the conditions bound ({@code $casus.soorten}, {@code $c.getSoorten()}):
     * a bound name followed by properties or calls without arguments, giving a collection. {@code type} is what
     * {@link #condition} gave for it, so it is typed once.
     */
    static boolean isListOfABoundFact(String text, Class<?> type, Map<String, Class<?>> bound) {
        if (type == null || !Iterable.class.isAssignableFrom(type)) {
            return false;
        }
        try {
            return isPath(DrlxParseUtil.parseExpression(text == null ? "" : text).getExpr(), bound, true);
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    private static boolean isPath(Expression e, Map<String, Class<?>> bound, boolean top) {
        if (e instanceof NameExpr n) {
            return !top && bound.containsKey(n.getNameAsString());
        }
        if (e instanceof FieldAccessExpr f) {
            return isPath(f.getScope(), bound, false);
        }
        return e instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getTypeArguments().isEmpty()
                && m.getScope().isPresent() && isPath(m.getScope().get(), bound, false);
    }

    boolean isDeclared(String name) {
        return bound.containsKey(name) || locals.containsKey(name);
    }

    boolean isLocal(String name) {
        return locals.containsKey(name);
    }

    void declare(String name, Class<?> type) {
        locals.put(name, type == null ? Object.class : type);
    }

    Class<?> bound(String name) {
        return bound.get(name);
    }

    void refuse(String wat, String waarom) {
        findings.add(new Finding(wat, waarom));
    }

    /** The static type of a value; null (after a refusal) when it is not allowed, or names a type instead of a value. */
    Class<?> type(Expression e) {
        Typed typed = typed(e);
        if (typed != null && typed.typeName()) {
            refuse(text(e), "'" + text(e) + "' is een type, geen waarde");
            return null;
        }
        return typed == null ? null : typed.type();
    }

    void expect(Expression e, Class<?> expected, String what) {
        Class<?> type = type(e);
        if (type != null && box(type) != box(expected)) {
            refuse(what, what + " moet waar of onwaar zijn");
        }
    }

    private Typed typed(Expression e) {
        if (e instanceof EnclosedExpr p) {
            return typed(p.getInner());
        } else if (e instanceof StringLiteralExpr) {
            return Typed.value(String.class);
        } else if (e instanceof IntegerLiteralExpr) {
            return Typed.value(int.class);
        } else if (e instanceof LongLiteralExpr) {
            return Typed.value(long.class);
        } else if (e instanceof DoubleLiteralExpr) {
            return Typed.value(double.class);
        } else if (e instanceof BooleanLiteralExpr) {
            return Typed.value(boolean.class);
        } else if (e instanceof CharLiteralExpr) {
            return Typed.value(char.class);
        } else if (e instanceof NullLiteralExpr) {
            return Typed.value(Object.class);
        } else if (e instanceof ThisExpr && self != null) {
            return Typed.value(self);
        } else if (e instanceof NameExpr n) {
            return name(n);
        } else if (e instanceof FieldAccessExpr f) {
            return field(f);
        } else if (e instanceof MethodCallExpr m) {
            return Typed.value(methodCall(m));
        } else if (e instanceof ObjectCreationExpr o) {
            return Typed.value(creation(o));
        } else if (e instanceof CastExpr c) {
            type(c.getExpression());
            return Typed.value(type(c.getType()));
        } else if (e instanceof InstanceOfExpr i) {
            type(i.getExpression());
            if (i.getPattern().isPresent()) {
                refuse("instanceof", "instanceof met een nieuwe variabele mag niet");
            }
            type(i.getType());
            return Typed.value(boolean.class);
        } else if (e instanceof ConditionalExpr c) {
            expect(c.getCondition(), boolean.class, "de voorwaarde van ? :");
            Class<?> then = type(c.getThenExpr());
            type(c.getElseExpr());
            return Typed.value(then);
        } else if (e instanceof UnaryExpr u) {
            return Typed.value(type(u.getExpression()));
        } else if (e instanceof BinaryExpr b) {
            return Typed.value(binary(b));
        } else if (e instanceof HalfBinaryExpr h && condition) {
            // the second half of "leeftijd > 18 && < 65": compares the same value again
            type(h.getRight());
            return Typed.value(boolean.class);
        } else if (e instanceof PointFreeExpr p && condition) {
            type(p.getLeft());
            return Typed.value(pointFree(p.getOperator().asString(), p.getRight(), p.getArg1() != null));
        } else if (e instanceof HalfPointFreeExpr p && condition) {
            return Typed.value(pointFree(p.getOperator().asString(), p.getRight(), p.getArg1() != null));
        }
        refuse(kind(e), kind(e) + " mag niet in een regel (geen lambda, methodeverwijzing, array, klasse, inline cast of"
                + " pad)");
        return null;
    }

    /** {@code in}, {@code contains}, {@code excludes}, {@code memberOf} (also with not): each value typed. */
    private Class<?> pointFree(String operator, List<Expression> right, boolean temporal) {
        if (!POINT_FREE.contains(operator) || temporal) {
            refuse(operator, "de operator " + operator + " mag niet in een voorwaarde; gebruik ==, <, >, in, contains of"
                    + " memberOf");
            return null;
        }
        right.forEach(this::type);
        return boolean.class;
    }

    private Class<?> binary(BinaryExpr b) {
        Class<?> left = type(b.getLeft());
        Class<?> right = type(b.getRight());
        if (left == null || right == null) {
            return null;
        }
        return switch (b.getOperator()) {
            case PLUS -> {
                if (left == String.class || right == String.class || left == char.class || right == char.class) {
                    refuse("+", "tekst samenvoegen met + mag niet in een regel; gebruik een vaste tekst");
                    yield null;
                }
                yield numeric(left, right);
            }
            case MINUS, MULTIPLY, DIVIDE, REMAINDER -> numeric(left, right);
            default -> boolean.class;
        };
    }

    private static Class<?> numeric(Class<?> left, Class<?> right) {
        return left == double.class || right == double.class || left == Double.class || right == Double.class ? double.class
                : left == long.class || right == long.class || left == Long.class || right == Long.class ? long.class : int.class;
    }

    private Typed name(NameExpr n) {
        String name = n.getNameAsString();
        if (n instanceof DrlNameExpr d && d.getBackReferencesCount() > 0) {
            refuse("../", "een verwijzing terug (../) mag niet in een regel");
            return null;
        }
        if (locals.containsKey(name)) {
            return Typed.value(locals.get(name));
        }
        if (bound.containsKey(name)) {
            return Typed.value(bound.get(name));
        }
        Optional<Class<?>> type = AllowList.type(name);
        if (type.isPresent() && Character.isUpperCase(name.charAt(0))) {
            // Niveau in Niveau.LOKAAL_TEAM is the type, also where the fact has a property niveau.
            return new Typed(type.get(), true);
        }
        if (self != null) {
            Method property = property(self, name);
            if (property != null) {
                return Typed.value(allowed(property, self, name) ? property.getReturnType() : null);
            }
        }
        refuse(name, "'" + name + "' is geen feit uit de voorwaarden, geen variabele" + (self == null ? "" : ", geen eigenschap van "
                + self.getSimpleName()) + " en geen toegestaan type");
        return null;
    }

    /**
     * A static field of an allowed type ({@code Niveau.LOKAAL_TEAM}), a qualified type name, or (in a condition) a
     * property of a value ({@code $casus.leeftijd}: its getter).
     */
    private Typed field(FieldAccessExpr f) {
        String dotted = dotted(f);
        Optional<Class<?>> qualified = dotted == null ? Optional.empty() : AllowList.type(dotted);
        if (qualified.isPresent()) {
            return new Typed(qualified.get(), true);
        }
        if (dotted != null && AllowList.isPackagePrefix(dotted)) {
            // java.util in java.util.List: the type follows.
            return new Typed(Void.class, true);
        }
        if (dotted != null && isUnknownQualifiedName(dotted)) {
            refuse(dotted, "'" + dotted + "' is geen toegestaan type");
            return null;
        }
        Typed scope = typed(f.getScope());
        if (scope == null) {
            return null;
        }
        Class<?> owner = scope.type();
        if (owner == Void.class) {
            // Only a package is typed Void (above), never a value.
            refuse(f.getNameAsString(), "'" + text(f) + "' is geen toegestaan type");
            return null;
        }
        if (!scope.typeName()) {
            Method property = condition ? property(owner, f.getNameAsString()) : null;
            if (property == null) {
                refuse(f.getNameAsString(), condition ? "'" + f.getNameAsString() + "' is geen eigenschap van " + owner.getSimpleName()
                        : "velden van een waarde lees je met hun getter, zoals getNiveau()");
                return null;
            }
            return Typed.value(allowed(property, owner, f.getNameAsString()) ? property.getReturnType() : null);
        }
        try {
            Field field = owner.getField(f.getNameAsString());
            if (Modifier.isStatic(field.getModifiers()) && AllowList.isAllowedMember(owner, field.getName())) {
                return Typed.value(field.getType());
            }
        } catch (NoSuchFieldException e) {
            // refused below
        }
        refuse(f.getNameAsString(), "'" + owner.getSimpleName() + "." + f.getNameAsString() + "' mag niet in een regel");
        return null;
    }

    /** A chain of names that starts with no value and has no allowed type along it: {@code java.nio.file.Files}. */
    private boolean isUnknownQualifiedName(String dotted) {
        String[] parts = dotted.split("\\.");
        if (isDeclared(parts[0]) || self != null && property(self, parts[0]) != null) {
            return false;
        }
        String prefix = "";
        for (String part : parts) {
            prefix = prefix.isEmpty() ? part : prefix + "." + part;
            if (AllowList.type(prefix).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** The getter a property name reads ({@code niveau}: getNiveau(), isNiveau() or niveau()); null when there is none. */
    private static Method property(Class<?> type, String name) {
        if (name.isEmpty() || name.startsWith("$")) {
            return null;
        }
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : List.of("get" + capital, "is" + capital, name)) {
            Method m = resolve(type, getter, List.of(), false);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private boolean allowed(Method method, Class<?> on, String name) {
        if (AllowList.isAllowedMember(method.getDeclaringClass(), method.getName())) {
            return true;
        }
        refuse(name, "'" + on.getSimpleName() + "." + name + "' mag niet in een regel: een regel mag alleen de feiten,"
                + " de waarden uit het model en de rekenhulpen uit SECURITY.md gebruiken");
        return false;
    }

    private Class<?> methodCall(MethodCallExpr m) {
        String name = m.getNameAsString();
        if (m.getTypeArguments().isPresent()) {
            refuse(name, "typeargumenten (<...>) bij een aanroep mogen niet in een regel");
            return null;
        }
        if (m.getScope().isEmpty()) {
            if (self != null) {
                // A condition calls a method of its own fact without a dot: aantalTotEnMet(3).
                return call(m, self, false, true);
            }
            if (!condition && ConsequenceCheck.WORKING_MEMORY.contains(name)) {
                if (m.getArguments().size() != 1) {
                    refuse(name, name + " neemt één feit");
                }
                m.getArguments().forEach(this::type);
                return void.class;
            }
            refuse(name, "'" + name + "' is geen actie; gebruik insert, update, delete of modify");
            return null;
        }
        Expression scope = m.getScope().get();
        if (isRuleMetadata(m)) {
            return Object.class;
        }
        Typed owner = typed(scope);
        if (owner == null || owner.type() == Void.class) {
            if (owner != null) {
                refuse(text(scope), "'" + text(scope) + "' is geen toegestaan type");
            }
            return null;
        }
        return call(m, owner.type(), owner.typeName(), true);
    }

    /**
     * {@code drools.getRule().getMetaData().get("id")}, as a table's row reads its own id, is the one use of the engine
     * a rule may make; {@code drools} alone, or any other of its members, is refused as an unknown name.
     */
    private boolean isRuleMetadata(MethodCallExpr m) {
        return !condition && m.getNameAsString().equals("get") && m.getArguments().size() == 1
                && m.getArgument(0) instanceof StringLiteralExpr id && id.getValue().equals("id")
                && m.getScope().orElse(null) instanceof MethodCallExpr meta && meta.getNameAsString().equals("getMetaData")
                && meta.getArguments().isEmpty() && meta.getScope().orElse(null) instanceof MethodCallExpr rule
                && rule.getNameAsString().equals("getRule") && rule.getArguments().isEmpty()
                && rule.getScope().orElse(null) instanceof NameExpr drools && drools.getNameAsString().equals("drools")
                && !isDeclared("drools");
    }

    /** {@code a.b.c} for a chain of names, else null. */
    static String dotted(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = dotted(f.getScope());
            return scope == null ? null : scope + "." + f.getNameAsString();
        }
        return null;
    }

    /** The code of a node as written (for a message); Drools' own nodes cannot print themselves with the plain printer. */
    private static String text(Expression e) {
        String dotted = dotted(e);
        return dotted != null ? dotted : kind(e);
    }

    /**
     * The method {@code m} on {@code type} (static when {@code isStatic}), resolved and checked on its declaring type;
     * {@code scoped} false: a setter in modify, which must be a fact's own.
     */
    Class<?> call(MethodCallExpr m, Class<?> type, boolean isStatic, boolean scoped) {
        List<Class<?>> args = new ArrayList<>();
        for (Expression a : m.getArguments()) {
            args.add(type(a));
        }
        if (Parameters.class.isAssignableFrom(type) && m.getNameAsString().equals("waarde")
                && (!readsParameters || m.getArguments().size() != 1 || !(m.getArgument(0) instanceof StringLiteralExpr))) {
            // Else gelezen could not name what the rule read, and the table's bounds could not be checked.
            findings.add(new Finding("waarde", ParameterReader.ONZICHTBAAR, ProblemCode.PARAMETER_ONBEKEND));
        }
        if (args.contains(null)) {
            return null;
        }
        Method method = resolve(type, m.getNameAsString(), args, isStatic);
        if (method == null || !AllowList.isAllowedMember(method.getDeclaringClass(), method.getName())
                || (!scoped && !AllowList.FEITEN.contains(method.getDeclaringClass()))) {
            refuse(m.getNameAsString(), "'" + type.getSimpleName() + "." + m.getNameAsString() + "' mag niet in een regel:"
                    + " een regel mag alleen de feiten, de waarden uit het model en de rekenhulpen uit SECURITY.md gebruiken");
            return null;
        }
        return method.getReturnType();
    }

    private Class<?> creation(ObjectCreationExpr o) {
        Class<?> type = type(o.getType());
        if (type == null) {
            return null;
        }
        if (o.getAnonymousClassBody().isPresent() || o.getScope().isPresent() || !AllowList.FEITEN.contains(type)) {
            refuse(type.getSimpleName(), "een regel maakt alleen feiten van de engine met new, geen " + type.getSimpleName());
            return null;
        }
        if (o.getTypeArguments().isPresent() || o.getType().getTypeArguments().isPresent()) {
            refuse(type.getSimpleName(), "typeargumenten (<...>) bij new mogen niet in een regel");
            return null;
        }
        List<Class<?>> args = new ArrayList<>();
        for (Expression a : o.getArguments()) {
            args.add(type(a));
        }
        if (args.contains(null)) {
            return null;
        }
        // Which of its constructors does not matter to what is made; a wrong argument is Drools' compile error to name.
        return type;
    }

    /** The public method of this name that takes these arguments; static or not as asked. */
    static Method resolve(Class<?> type, String name, List<Class<?>> args, boolean isStatic) {
        List<Method> candidates = new ArrayList<>(Arrays.asList(type.getMethods()));
        if (type.isInterface()) {
            candidates.addAll(Arrays.asList(Object.class.getMethods()));
        }
        List<Method> named = candidates.stream().filter(c -> c.getName().equals(name) && Modifier.isStatic(c.getModifiers()) == isStatic)
                .filter(c -> c.isVarArgs() ? args.size() >= c.getParameterCount() - 1 : args.size() == c.getParameterCount()).toList();
        Method fitting = named.stream().filter(c -> fits(c, args)).findFirst().orElse(null);
        if (fitting != null) {
            return fitting;
        }
        // Where the types of the arguments are not known well enough to choose, every method it could be must be allowed.
        return !named.isEmpty() && named.stream().allMatch(c -> AllowList.isAllowedMember(c.getDeclaringClass(), c.getName()))
                ? named.get(0) : null;
    }

    static boolean fits(Executable e, List<Class<?>> args) {
        Class<?>[] params = e.getParameterTypes();
        if (e.isVarArgs() ? args.size() < params.length - 1 : args.size() != params.length) {
            return false;
        }
        for (int i = 0; i < args.size(); i++) {
            Class<?> param = e.isVarArgs() && i >= params.length - 1 ? params[params.length - 1].getComponentType() : params[i];
            if (!assignable(param, args.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value of type {@code value} may be passed where {@code param} is asked, as Java would convert it. */
    static boolean assignable(Class<?> param, Class<?> value) {
        if (value == Object.class && !param.isPrimitive()) {
            // null, or a value whose type the conditions do not give (an element of a collected list): Java would want a cast.
            return true;
        }
        Class<?> p = box(param);
        Class<?> v = box(value);
        if (p.isAssignableFrom(v)) {
            return true;
        }
        List<Class<?>> widening = List.of(Character.class, Integer.class, Long.class, Double.class);
        return widening.contains(p) && widening.contains(v) && widening.indexOf(v) <= widening.indexOf(p);
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return switch (c.getName()) {
            case "int", "short", "byte" -> Integer.class;
            case "long" -> Long.class;
            case "double", "float" -> Double.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }

    Class<?> type(Type t) {
        if (t instanceof PrimitiveType p) {
            return switch (p.getType()) {
                case INT -> int.class;
                case LONG -> long.class;
                case DOUBLE -> double.class;
                case BOOLEAN -> boolean.class;
                default -> {
                    refuse(p.asString(), "gebruik int, long, double of boolean");
                    yield null;
                }
            };
        }
        if (t instanceof ClassOrInterfaceType c) {
            Optional<Class<?>> type = AllowList.type(c.getNameWithScope());
            if (type.isPresent()) {
                return type.get();
            }
        }
        refuse(t.asString(), "het type " + t.asString() + " mag niet in een regel");
        return null;
    }

    static String kind(Node n) {
        return n.getClass().getSimpleName().replace("Stmt", "").replace("Expr", "").toLowerCase(Locale.ROOT);
    }

    /** What an expression is: a value of a type, or a type used by its name ({@code Math}, {@code Niveau}). */
    private record Typed(Class<?> type, boolean typeName) {
        static Typed value(Class<?> type) {
            return type == null ? null : new Typed(type, false);
        }
    }
}
