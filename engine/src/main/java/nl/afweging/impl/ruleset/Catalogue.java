// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.LoadProblem;
import nl.afweging.model.Niveau;
import nl.afweging.model.ProblemCode;
import nl.afweging.model.Regelsoort;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;

/**
 * The catalogue of voorzieningen: for every catalogue rule (a row that inserts a Voorstel), by its id (the code),
 * the data an advies shows for it. Its bedrag must be a number with a decimal point. The level, soort and gemeente it
 * is for are the constants its conditions compare ({@code niveau == Niveau.LOKAAL_TEAM}, {@code soort ==
 * HulpvraagSoort.HUISHOUDEN}, {@code gemeente == "1728"}), and it is collectief when it makes {@code new Voorstel(...,
 * true)}: read as Drools parses the rule.
 */
final class Catalogue {
    private Catalogue() {}

    static Map<String, VoorzieningInfo> read(List<ParsedFile> files, List<LoadProblem> problems) {
        Map<String, VoorzieningInfo> catalogus = new HashMap<>();
        for (ParsedFile file : files) {
            PackageDescr pkg = file.drl() == null ? null : DrlRules.parse(file.drl());
            Map<String, RuleDescr> parsed = new HashMap<>();
            if (pkg != null) {
                pkg.getRules().forEach(r -> parsed.putIfAbsent(r.getName(), r));
            }
            for (ParsedRule rule : file.regels()) {
                String id = rule.meta("id");
                if (rule.soort() == Regelsoort.VOORZIENING && id != null) {
                    catalogus.put(id, voorziening(rule, id, parsed.get(rule.naam()), problems));
                }
            }
        }
        return catalogus;
    }

    private static VoorzieningInfo voorziening(ParsedRule rule, String id, RuleDescr parsed, List<LoadProblem> problems) {
        BigDecimal bedrag = null;
        String text = rule.meta("bedrag");
        if (text != null && !text.isBlank()) {
            try {
                bedrag = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                problems.add(rule.bronVan("bedrag").probleem(ProblemCode.BEDRAG_ONLEESBAAR,
                        "bedrag '" + text + "' is geen getal (gebruik een punt: 55.80)"));
            }
        }
        Map<String, Expression> compared = new HashMap<>();
        if (parsed != null) {
            compared(parsed.getLhs(), compared);
        }
        return new VoorzieningInfo(id, rule.meta("naam"), rule.meta("productcategorie"), bedrag, rule.meta("eenheid"),
                rule.meta("kostenbron"), constant(compared.get("niveau"), Niveau.class),
                constant(compared.get("soort"), HulpvraagSoort.class),
                compared.get("gemeente") instanceof StringLiteralExpr s ? s.getValue() : null, collectief(rule.then()));
    }

    /** Every property a condition compares with {@code ==} to something, the first comparison of each. */
    private static void compared(BaseDescr descr, Map<String, Expression> compared) {
        if (descr instanceof PatternDescr p) {
            for (BaseDescr d : p.getDescrs()) {
                if (d instanceof ExprConstraintDescr e) {
                    try {
                        Expression parsed = DrlxParseUtil.parseExpression(e.getExpression()).getExpr();
                        if (parsed instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS
                                && b.getLeft() instanceof NameExpr n) {
                            compared.putIfAbsent(n.getNameAsString(), b.getRight());
                        }
                    } catch (RuntimeException | StackOverflowError unreadable) {
                        // A condition Drools cannot parse is its compile error to name.
                    }
                }
            }
        } else if (descr instanceof ConditionalElementDescr c) {
            c.getDescrs().forEach(d -> compared((BaseDescr) d, compared));
        }
    }

    /** {@code Niveau.LOKAAL_TEAM} as the constant of that type; null for anything else. */
    private static <E extends Enum<E>> E constant(Expression e, Class<E> type) {
        String dotted = e == null ? null : RuleExpressions.dotted(e);
        if (dotted == null || !dotted.startsWith(type.getSimpleName() + ".")) {
            return null;
        }
        try {
            return Enum.valueOf(type, dotted.substring(type.getSimpleName().length() + 1));
        } catch (IllegalArgumentException unknown) {
            return null; // the compiler reports the unknown value
        }
    }

    /** Whether the actions make a collectieve Voorstel: {@code new Voorstel(code, true)}. */
    private static boolean collectief(String then) {
        return ConsequenceCheck.parse(then).map(b -> b.findAll(ObjectCreationExpr.class).stream()
                .anyMatch(o -> o.getType().getNameAsString().equals("Voorstel") && o.getArguments().size() == 2
                        && o.getArgument(1) instanceof BooleanLiteralExpr t && t.getValue())).orElse(false);
    }
}
