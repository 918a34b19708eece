// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
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
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    /** One refusal: what was refused, and why, for the message. */
    record Finding(String wat, String waarom) {}

    private static final Set<String> WORKING_MEMORY = Set.of("insert", "insertLogical", "update", "delete", "retract");

    private final Map<String, Class<?>> bound;
    private final Map<String, Class<?>> locals = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private int loops;

    private ConsequenceCheck(Map<String, Class<?>> bound) {
        this.bound = bound;
    }

    /**
     * Checks the actions of one rule; {@code bound} holds what its conditions bind, by name, with the type each has
     * (Object where it cannot be known).
     */
    static List<Finding> check(String actions, Map<String, Class<?>> bound) {
        String key = bound + "\n" + actions;
        List<Finding> known = CHECKED.get(key);
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
    private static final Map<String, List<Finding>> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CHECKED = 10_000;

    private static List<Finding> checkAnew(String actions, Map<String, Class<?>> bound) {
        ConsequenceCheck check = new ConsequenceCheck(bound);
        Optional<BlockStmt> block = parse(actions);
        if (block.isEmpty()) {
            check.findings.add(new Finding("then", "de acties zijn niet te lezen als Java; schrijf elke actie als"
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
                String scope = r.getScope() instanceof TypeExpr t ? t.getType().asString() : dotted(r.getScope());
                AllowList.type(scope == null ? "" : scope).ifPresent(made::add);
            });
        });
        return Set.copyOf(made);
    }

    private static Optional<BlockStmt> parse(String actions) {
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
            expect(i.getCondition(), boolean.class, "de voorwaarde van if");
            statement(i.getThenStmt());
            i.getElseStmt().ifPresent(this::statement);
        } else if (s instanceof ForEachStmt f) {
            forEach(f);
        } else if (s instanceof ModifyStatement m) {
            modify(m);
        } else {
            refuse(s, kind(s), "een actie mag alleen feiten invoegen, wijzigen of verwijderen, met if/else, variabelen en"
                    + " één for over een lijst uit de voorwaarden; " + kind(s) + " mag niet");
        }
    }

    private void expressionStatement(Expression e) {
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                if (bound.containsKey(d.getNameAsString()) || locals.containsKey(d.getNameAsString())) {
                    refuse(d, d.getNameAsString(), "de naam " + d.getNameAsString() + " bestaat al in deze regel; kies een andere");
                }
                Class<?> declared = d.getType().isVarType() ? null : type(d.getType());
                Class<?> value = d.getInitializer().map(this::type).orElse(null);
                if (d.getInitializer().isEmpty()) {
                    refuse(d, d.getNameAsString(), "een variabele krijgt meteen een waarde");
                }
                locals.put(d.getNameAsString(), declared != null ? declared : value == null ? Object.class : value);
            }
        } else if (e instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN
                && a.getTarget() instanceof NameExpr n && locals.containsKey(n.getNameAsString())) {
            type(a.getValue());
        } else if (e instanceof MethodCallExpr m) {
            type(m);
        } else {
            refuse(e, kind(e), "dit is geen actie; een actie voegt een feit in, wijzigt of verwijdert het");
        }
    }

    /** One loop, over a list the conditions bound ({@code $vragen : List() from collect(Vraag())}), never nested. */
    private void forEach(ForEachStmt f) {
        if (loops > 0) {
            refuse(f, "for", "een for in een for mag niet: dat kost het kwadraat van de feiten");
            return;
        }
        String over = f.getIterable() instanceof NameExpr n ? n.getNameAsString() : null;
        if (over == null || locals.containsKey(over) || !bound.containsKey(over) || !Iterable.class.isAssignableFrom(bound.get(over))) {
            refuse(f, "for", "een for loopt alleen over een lijst die de voorwaarden binden, zoals $vragen : List() from collect(Vraag())");
            return;
        }
        VariableDeclarator variable = f.getVariable().getVariables().get(0);
        Class<?> element = variable.getType().isVarType() ? Object.class : type(variable.getType());
        if (bound.containsKey(variable.getNameAsString()) || locals.containsKey(variable.getNameAsString())) {
            refuse(variable, variable.getNameAsString(), "de naam " + variable.getNameAsString() + " bestaat al in deze regel; kies een andere");
        }
        locals.put(variable.getNameAsString(), element == null ? Object.class : element);
        loops++;
        statement(f.getBody());
        loops--;
    }

    private void modify(ModifyStatement m) {
        Class<?> target = m.getModifyObject() instanceof NameExpr n ? bound.get(n.getNameAsString()) : null;
        if (target == null || !AllowList.FEITEN.contains(target)) {
            refuse(m, "modify", "modify wijzigt een feit dat de voorwaarden binden, zoals modify($basis) { setNiveau(...) }");
            return;
        }
        for (Statement s : m.getExpressions()) {
            Expression e = s instanceof ExpressionStmt es ? es.getExpression() : null;
            if (e instanceof MethodCallExpr call && call.getScope().isEmpty()) {
                call(call, target, false, false);
            } else {
                refuse(s, kind(s), "in modify staan alleen setters van het feit, zoals setNiveau(Niveau.LOKAAL_TEAM)");
            }
        }
    }

    /** The static type of a value; null (after a refusal) when it is not allowed, or names a type instead of a value. */
    private Class<?> type(Expression e) {
        Typed typed = typed(e);
        if (typed != null && typed.typeName()) {
            refuse(e, text(e), "'" + text(e) + "' is een type, geen waarde");
            return null;
        }
        return typed == null ? null : typed.type();
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
                refuse(i, "instanceof", "instanceof met een nieuwe variabele mag niet");
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
        }
        refuse(e, kind(e), kind(e) + " mag niet in een actie (geen lambda, methodeverwijzing, array, klasse of this)");
        return null;
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
                    refuse(b, "+", "tekst samenvoegen met + mag niet in een actie; gebruik een vaste tekst");
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
        if (locals.containsKey(name)) {
            return Typed.value(locals.get(name));
        }
        if (bound.containsKey(name)) {
            return Typed.value(bound.get(name));
        }
        Optional<Class<?>> type = AllowList.type(name);
        if (type.isPresent()) {
            return new Typed(type.get(), true);
        }
        refuse(n, name, "'" + name + "' is geen feit uit de voorwaarden, geen variabele en geen toegestaan type");
        return null;
    }

    /** A static field of an allowed type ({@code Niveau.LOKAAL_TEAM}), or a qualified type name. */
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
        Typed scope = typed(f.getScope());
        if (scope == null) {
            return null;
        }
        if (!scope.typeName() || scope.type() == Void.class) {
            refuse(f, f.getNameAsString(), scope.type() == Void.class ? "'" + text(f) + "' is geen toegestaan type"
                    : "velden van een waarde lees je met hun getter, zoals getNiveau()");
            return null;
        }
        Class<?> owner = scope.type();
        try {
            Field field = owner.getField(f.getNameAsString());
            if (Modifier.isStatic(field.getModifiers()) && AllowList.isAllowedMember(owner, field.getName())) {
                return Typed.value(field.getType());
            }
        } catch (NoSuchFieldException e) {
            // refused below
        }
        refuse(f, f.getNameAsString(), "'" + owner.getSimpleName() + "." + f.getNameAsString() + "' mag niet in een regel");
        return null;
    }

    private Class<?> methodCall(MethodCallExpr m) {
        String name = m.getNameAsString();
        if (m.getScope().isEmpty()) {
            if (WORKING_MEMORY.contains(name)) {
                if (m.getArguments().size() != 1) {
                    refuse(m, name, name + " neemt één feit");
                }
                m.getArguments().forEach(this::type);
                return void.class;
            }
            refuse(m, name, "'" + name + "' is geen actie; gebruik insert, update, delete of modify");
            return null;
        }
        if (m.getTypeArguments().isPresent()) {
            refuse(m, name, "typeargumenten (<...>) bij een aanroep mogen niet in een regel");
            return null;
        }
        Expression scope = m.getScope().get();
        if (isRuleMetadata(m)) {
            return Object.class;
        }
        Typed owner = typed(scope);
        if (owner == null || owner.type() == Void.class) {
            if (owner != null) {
                refuse(m, text(scope), "'" + text(scope) + "' is geen toegestaan type");
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
        return m.getNameAsString().equals("get") && m.getArguments().size() == 1
                && m.getArgument(0) instanceof StringLiteralExpr id && id.getValue().equals("id")
                && m.getScope().orElse(null) instanceof MethodCallExpr meta && meta.getNameAsString().equals("getMetaData")
                && meta.getArguments().isEmpty() && meta.getScope().orElse(null) instanceof MethodCallExpr rule
                && rule.getNameAsString().equals("getRule") && rule.getArguments().isEmpty()
                && rule.getScope().orElse(null) instanceof NameExpr drools && drools.getNameAsString().equals("drools")
                && !locals.containsKey("drools") && !bound.containsKey("drools");
    }

    /** {@code a.b.c} for a chain of names, else null. */
    private static String dotted(Expression e) {
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
    private static String text(Node node) {
        try {
            return node.getTokenRange().map(Object::toString).orElse(kind(node));
        } catch (RuntimeException e) {
            return kind(node);
        }
    }

    /** The method {@code m} on {@code type} (static when {@code isStatic}), resolved and checked on its declaring type. */
    private Class<?> call(MethodCallExpr m, Class<?> type, boolean isStatic, boolean scoped) {
        List<Class<?>> args = new ArrayList<>();
        for (Expression a : m.getArguments()) {
            args.add(type(a));
        }
        if (args.contains(null)) {
            return null;
        }
        Method method = resolve(type, m.getNameAsString(), args, isStatic);
        if (method == null || !AllowList.isAllowedMember(method.getDeclaringClass(), method.getName())
                || (!scoped && !AllowList.FEITEN.contains(method.getDeclaringClass()))) {
            refuse(m, m.getNameAsString(), "'" + type.getSimpleName() + "." + m.getNameAsString() + "' mag niet in een regel:"
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
            refuse(o, type.getSimpleName(), "een regel maakt alleen feiten van de engine met new, geen " + type.getSimpleName());
            return null;
        }
        if (o.getTypeArguments().isPresent() || o.getType().getTypeArguments().isPresent()) {
            refuse(o, type.getSimpleName(), "typeargumenten (<...>) bij new mogen niet in een regel");
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
    private static Method resolve(Class<?> type, String name, List<Class<?>> args, boolean isStatic) {
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

    private static boolean fits(Executable e, List<Class<?>> args) {
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
    private static boolean assignable(Class<?> param, Class<?> value) {
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

    private Class<?> type(Type t) {
        if (t instanceof PrimitiveType p) {
            return switch (p.getType()) {
                case INT -> int.class;
                case LONG -> long.class;
                case DOUBLE -> double.class;
                case BOOLEAN -> boolean.class;
                default -> {
                    refuse(t, p.asString(), "gebruik int, long, double of boolean");
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
        refuse(t, t.asString(), "het type " + t.asString() + " mag niet in een regel");
        return null;
    }

    private void expect(Expression e, Class<?> expected, String what) {
        Class<?> type = type(e);
        if (type != null && box(type) != box(expected)) {
            refuse(e, what, what + " moet waar of onwaar zijn");
        }
    }

    private void refuse(Node node, String wat, String waarom) {
        findings.add(new Finding(wat, waarom));
    }

    private static String kind(Node n) {
        return n.getClass().getSimpleName().replace("Stmt", "").replace("Expr", "").toLowerCase(Locale.ROOT);
    }

    /** What an expression is: a value of a type, or a type used by its name ({@code Math}, {@code Niveau}). */
    private record Typed(Class<?> type, boolean typeName) {
        static Typed value(Class<?> type) {
            return type == null ? null : new Typed(type, false);
        }
    }
}
