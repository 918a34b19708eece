// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one piece of a rule's code (a condition, an action, an eval) against the {@link AllowList}. It reads the
 * code the way Java does (strings, characters, comments) so that nothing hidden in a string or comment counts, and
 * nothing outside one escapes the check. What it cannot read for certain, it refuses: an unclosed string or
 * comment, a text block, {@code @}, {@code #}, a backslash or square brackets outside a string.
 */
final class CodeCheck {

    /** A name or construct that is not allowed, and the line it is on, counted from 0 in the code checked. */
    record Finding(String wat, int regel) {}

    private enum Kind { NAME, STRING, NUMBER, OPERATOR }

    private record Token(Kind kind, String text, int regel) {}

    private CodeCheck() {}

    /** Every forbidden name or construct in {@code code}; {@code declared} are the variables the rule declares. */
    static List<Finding> check(String code, Set<String> declared) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = tokens(code, findings);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.OPERATOR && t.text().equals("[")) {
                findings.add(new Finding("[", t.regel()));
            }
            if (t.kind() == Kind.OPERATOR && t.text().equals("{") && isAnonymousClass(tokens, i)) {
                // A class body can declare methods, and a method can call itself without end.
                findings.add(new Finding("new ... { }", t.regel()));
            }
            if (t.kind() != Kind.NAME) {
                continue;
            }
            boolean member = i > 0 && isMemberAccess(tokens.get(i - 1));
            boolean allowed = member ? AllowList.isMember(t.text())
                    : AllowList.isName(t.text()) || declared.contains(t.text());
            if (!allowed || AllowList.NEVER.contains(t.text())) {
                findings.add(new Finding(t.text(), t.regel()));
            } else if (!member && t.text().equals("for") && !isForEach(tokens, i)) {
                findings.add(new Finding("for (;;)", t.regel()));
            }
        }
        return findings;
    }

    /**
     * The variables this code declares: a name followed by {@code :} (a binding, {@code $basis : Basisniveau()}, or a
     * loop variable) or by one {@code =} (a local). Only names that start with {@code $} or a small letter count,
     * so a declaration can never stand for a Java class such as {@code System}.
     */
    static Set<String> declarations(String code) {
        List<Token> tokens = tokens(code, new ArrayList<>());
        Set<String> declared = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            String next = tokens.get(i + 1).text();
            boolean declares = next.equals(":") || next.equals("=");
            if (t.kind() == Kind.NAME && declares && isVariableName(t.text())) {
                declared.add(t.text());
            }
        }
        return declared;
    }

    static boolean isVariableName(String name) {
        char first = name.charAt(0);
        return first == '$' || first >= 'a' && first <= 'z';
    }

    private static boolean isMemberAccess(Token previous) {
        return previous.kind() == Kind.OPERATOR && Set.of(".", "::", "!.", "?.").contains(previous.text());
    }

    /** Whether the {@code {} at {@code brace} opens the body of {@code new Type(...)}. */
    private static boolean isAnonymousClass(List<Token> tokens, int brace) {
        int i = brace - 1;
        if (i < 0 || !tokens.get(i).text().equals(")")) {
            return false;
        }
        for (int depth = 0; i >= 0; i--) {
            String s = tokens.get(i).text();
            depth += s.equals(")") ? 1 : s.equals("(") ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        for (i--; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.text().equals("new")) {
                return true;
            }
            if (t.kind() != Kind.NAME && !Set.of(".", "<", ">", ",").contains(t.text())) {
                return false;
            }
        }
        return false;
    }

    /** A {@code for} that loops over a list ({@code for (Object v : $lijst)}), so it always ends. */
    private static boolean isForEach(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !tokens.get(at + 1).text().equals("(")) {
            return false;
        }
        int depth = 0;
        boolean colon = false;
        for (int i = at + 1; i < tokens.size(); i++) {
            String s = tokens.get(i).text();
            if (s.equals("(")) {
                depth++;
            } else if (s.equals(")") && --depth == 0) {
                return colon;
            } else if (s.equals(";")) {
                return false;
            } else if (s.equals(":") && depth == 1) {
                colon = true;
            }
        }
        return false;
    }

    /** The code as tokens; what cannot be read for certain becomes a finding. */
    private static List<Token> tokens(String code, List<Finding> findings) {
        List<Token> tokens = new ArrayList<>();
        int n = code.length();
        int line = 0;
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            char next = i + 1 < n ? code.charAt(i + 1) : 0;
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && next == '/') {
                while (i < n && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int close = code.indexOf("*/", i + 2);
                if (close < 0) {
                    findings.add(new Finding("/* zonder */", line));
                    return tokens;
                }
                line += count(code, i, close, '\n');
                i = close + 2;
            } else if (c == '"' || c == '\'') {
                if (code.startsWith("\"\"\"", i)) {
                    findings.add(new Finding("\"\"\"", line));
                    return tokens;
                }
                int end = i + 1;
                while (end < n && code.charAt(end) != c && code.charAt(end) != '\n') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= n || code.charAt(end) != c) {
                    findings.add(new Finding(c + " zonder einde", line));
                    return tokens;
                }
                tokens.add(new Token(Kind.STRING, code.substring(i, end + 1), line));
                i = end + 1;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.'
                        || code.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, code.substring(i, end), line));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.NAME, code.substring(i, end), line));
                i = end;
            } else if ("()[]{};,<>=!&|+-*/%?:.~^".indexOf(c) >= 0) {
                String two = i + 1 < n ? code.substring(i, i + 2) : "";
                String op = Set.of("::", "->", "!.", "?.", "==", "!=", "<=", ">=", "&&", "||").contains(two) ? two : String.valueOf(c);
                tokens.add(new Token(Kind.OPERATOR, op, line));
                i += op.length();
            } else {
                // @, #, a backslash, a backtick or any other sign: not part of the code a rule needs.
                findings.add(new Finding(String.valueOf(c), line));
                i++;
            }
        }
        return tokens;
    }

    private static int count(String s, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
