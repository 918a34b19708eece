// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules of one DRL text as Drools' own parser reads it ({@link DrlParser}, the parser every build starts with):
 * each rule's name, its lines, its metadata ({@code @id(T1)}, {@code @naam("...")}), its conditions ({@code when}),
 * its actions ({@code then}, the very text Drools compiles) and the rule as written. Nothing here looks for rules
 * itself, so a rule Drools compiles is the rule this reads, whatever a string, comment or name holds.
 */
final class DrlRules {
    /**
     * How deep brackets may nest in a rule file, counted over every character (strings too, so never too few):
     * Drools' parser recurses per level and a file of 200,000 opening brackets ended the process with a
     * StackOverflowError; and the expression parser behind the checks takes time exponential in the nesting of
     * parentheses in one condition (measured, one condition: 9 deep as fast as 3, 12 deep 5 s, 14 deep 12 s, 16 deep
     * 96 s). The default rules nest 3 deep at most; 8 leaves room and costs nothing (200 rules 8 deep check in 7 s).
     */
    static final int MAX_DEPTH = 8;

    /**
     * One rule. Lines are 1-based: {@code regel} is the line that opens it, {@code laatsteRegel} its {@code end};
     * {@code begin} and {@code eind} its first offset in the text and the one after its last. {@code when} is the text
     * of its conditions, {@code then} its actions as Drools compiles them; {@code tekst} is the rule from the line of
     * its {@code when} up to and including its {@code end}, as written. Metadata values are without the quotes around
     * a string.
     */
    record Rule(String naam, int regel, int laatsteRegel, Map<String, String> metadata, String when, String then,
                String tekst, int begin, int eind) {}

    private DrlRules() {}

    /** The text parsed; null when it nests too deep or Drools cannot parse it (its build says why). */
    static PackageDescr parse(String drl) {
        return parse(drl, false);
    }

    /**
     * The text parsed; with {@code partly}, also what Drools' parser could read of a text with a syntax error (the
     * rules before it, so one typo does not hide the rest from the checks that follow; Drools builds none of it).
     */
    private static PackageDescr parse(String drl, boolean partly) {
        Parsed parsed;
        synchronized (PARSED) {
            parsed = PARSED.get(drl);
        }
        if (parsed == null) {
            parsed = parseAnew(drl);
            synchronized (PARSED) {
                PARSED.put(drl, parsed);
            }
        }
        return parsed.errors() && !partly ? null : parsed.pkg();
    }

    /** What Drools' parser gave for a text, and whether it found errors in it. */
    private record Parsed(PackageDescr pkg, boolean errors) {}

    /**
     * The parses of the texts read last: reading the rules, checking their code and checking the parameters each ask
     * for the same file's parse, a service reloads the same files, and Drools' parser is the slow part of a load. The
     * descriptions are only read, never changed. The least recently used goes first.
     */
    private static final int MAX_KEPT = 64;
    private static final Map<String, Parsed> PARSED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > MAX_KEPT;
        }
    };

    private static Parsed parseAnew(String drl) {
        if (depth(drl) > MAX_DEPTH) {
            return new Parsed(null, true);
        }
        DrlParser parser = new DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, new StringReader(drl));
            return new Parsed(pkg, pkg == null || parser.hasErrors());
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            return new Parsed(null, true);
        }
    }

    /** The deepest nesting of (, [ and { in the text, strings and comments included. */
    static int depth(String drl) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    /** The rules in the text, as Drools parses them (as far as it can, when the text has a syntax error). */
    static List<Rule> in(String drl) {
        PackageDescr pkg = parse(drl, true);
        if (pkg == null) {
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            Map<String, String> metadata = new LinkedHashMap<>();
            for (AnnotationDescr a : r.getAnnotations()) {
                metadata.put(a.getName(), a.getValue() == null ? "" : unquote(String.valueOf(a.getValue())));
            }
            int begin = Math.max(0, r.getStartCharacter());
            int eind = Math.min(drl.length(), Math.max(begin, r.getEndCharacter()));
            int lhsBegin = r.getLhs() == null ? -1 : r.getLhs().getStartCharacter();
            int lhsEind = r.getLhs() == null ? -1 : r.getLhs().getEndCharacter();
            String when = lhsBegin >= begin && lhsEind >= lhsBegin ? drl.substring(lhsBegin, Math.min(eind, lhsEind + 1)).strip() : "";
            // The rule from the line of its when, the part the documentation shows under the rule's metadata: the
            // last "when" before the first condition is the keyword, as nothing but blanks and comments stand between.
            int whenAt = lhsBegin > begin ? drl.lastIndexOf("when", lhsBegin) : -1;
            int from = whenAt >= begin ? drl.lastIndexOf('\n', whenAt) + 1 : begin;
            Object then = r.getConsequence();
            rules.add(new Rule(r.getName(), r.getLine(), r.getEndLine() > 0 ? r.getEndLine() : r.getLine(), metadata, when,
                    then == null ? "" : then.toString(), eind > begin ? drl.substring(Math.max(from, begin), eind) : null,
                    begin, eind));
        }
        return rules;
    }

    /** A metadata value without the quotes around a string, as the compiled rule holds it. */
    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            // As Drools reads the literal: a backslash keeps the character after it.
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }
}
