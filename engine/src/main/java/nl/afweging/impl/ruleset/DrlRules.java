// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of one DRL text as written: each rule's name, its line, its metadata ({@code @id(T1)},
 * {@code @naam("...")}), its conditions ({@code when}) and its actions ({@code then}). It reads just enough DRL for
 * that; Drools compiles the text. Comments are skipped and nothing inside a string counts as code, so a
 * commented-out rule or a {@code //} in a grondslag cannot mislead it.
 */
final class DrlRules {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b.*");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b.*");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern METADATA = Pattern.compile("@(\\w+)\\s*(\\()?");
    /** What stands for a character inside a string in the masked text: anything but a quote or a parenthesis. */
    private static final char IN_STRING = '_';

    /**
     * One rule. Lines are 1-based: {@code regel} is the line that opens it, {@code laatsteRegel} its {@code end}.
     * {@code when} and {@code then} are the lines between the keywords (each ending in a newline); {@code tekst}
     * is the rule from its {@code when} up to and including its {@code end}, as written (null without a when).
     * Metadata values are as written, without the quotes around a string.
     */
    record Rule(String naam, int regel, int laatsteRegel, Map<String, String> metadata, String when, String then,
                String tekst) {}

    private DrlRules() {}

    static List<Rule> in(String drl) {
        String masked = mask(drl);
        String[] lines = drl.split("\r?\n", -1);
        String[] code = masked.split("\r?\n", -1);
        int[] starts = lineStarts(drl);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < code.length; i++) {
            Matcher header = RULE.matcher(code[i]);
            if (!header.find() || header.end() == code[i].length()) {
                continue;
            }
            int nameEnd = nameEnd(code[i], header.end());
            String name = unquote(lines[i].substring(header.end(), nameEnd), true);
            int when = -1;
            int then = -1;
            int end = code.length - 1;
            for (int j = i + 1; j < code.length; j++) {
                if (when < 0 && WHEN.matcher(code[j]).matches()) {
                    when = j;
                } else if (then < 0 && THEN.matcher(code[j]).matches()) {
                    then = j;
                } else if (END.matcher(code[j]).matches()) {
                    end = j;
                    break;
                }
            }
            int bodyLine = when >= 0 ? when : then >= 0 ? then : end;
            // A rule on the file's last line has no body line after it: then nothing between name and body.
            int nameStop = starts[i] + nameEnd;
            Map<String, String> metadata = metadata(drl, masked, nameStop, Math.max(nameStop, starts[bodyLine]));
            String lhs = when >= 0 && then > when ? join(lines, when + 1, then) : "";
            String rhs = then >= 0 ? join(lines, then + 1, end) : "";
            String text = when >= 0 ? String.join("\n", Arrays.asList(lines).subList(when, end + 1)) : null;
            rules.add(new Rule(name, i + 1, end + 1, metadata, lhs, rhs, text));
            i = end;
        }
        return rules;
    }

    /** Where a rule's name ends: after its closing quote, or at the first space of an unquoted name. */
    private static int nameEnd(String line, int from) {
        char first = line.charAt(from);
        if (first == '"' || first == '\'') {
            // A backslash escapes the next character, as in Drools' own string literals: \" does not close the name.
            for (int i = from + 1; i < line.length(); i++) {
                if (line.charAt(i) == '\\') {
                    i++;
                } else if (line.charAt(i) == first) {
                    return i + 1;
                }
            }
            return line.length();
        }
        int end = from;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The {@code @key(value)} annotations between {@code from} and {@code to}, in their order. */
    private static Map<String, String> metadata(String drl, String masked, int from, int to) {
        Map<String, String> metadata = new LinkedHashMap<>();
        Matcher m = METADATA.matcher(masked).region(from, to);
        while (m.find()) {
            if (m.group(2) == null) {
                metadata.putIfAbsent(m.group(1), "");
                continue;
            }
            int close = closing(masked, m.end(), to);
            metadata.putIfAbsent(m.group(1), unquote(drl.substring(m.end(), close).strip(), false));
            m.region(Math.min(close + 1, to), to);
        }
        return metadata;
    }

    /** The parenthesis that closes the one opened just before {@code from}; strings are masked, so only code counts. */
    private static int closing(String masked, int from, int limit) {
        int depth = 1;
        for (int i = from; i < limit; i++) {
            char c = masked.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return limit;
    }

    /**
     * The text with every comment blanked out and every character inside a string replaced, keeping every line
     * break and every offset, so what is left to match is code.
     */
    static String mask(String drl) {
        StringBuilder s = new StringBuilder(drl.length());
        int n = drl.length();
        int i = 0;
        while (i < n) {
            char c = drl.charAt(i);
            char next = i + 1 < n ? drl.charAt(i + 1) : 0;
            if (c == '"' || c == '\'') {
                s.append(c);
                i++;
                while (i < n && drl.charAt(i) != c && drl.charAt(i) != '\n' && drl.charAt(i) != '\r') {
                    boolean escape = drl.charAt(i) == '\\' && i + 1 < n && drl.charAt(i + 1) != '\n' && drl.charAt(i + 1) != '\r';
                    s.append(IN_STRING);
                    if (escape) {
                        s.append(IN_STRING);
                        i++;
                    }
                    i++;
                }
                if (i < n && drl.charAt(i) == c) {
                    s.append(c);
                    i++;
                }
            } else if (c == '/' && next == '/') {
                while (i < n && drl.charAt(i) != '\n' && drl.charAt(i) != '\r') {
                    s.append(' ');
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int close = drl.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (; i < stop; i++) {
                    char b = drl.charAt(i);
                    s.append(b == '\n' || b == '\r' ? b : ' ');
                }
            } else {
                s.append(c);
                i++;
            }
        }
        return s.toString();
    }

    /** The offset in the text where each line starts, as {@code split("\r?\n")} counts lines. */
    private static int[] lineStarts(String drl) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < drl.length(); i++) {
            if (drl.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A string without its quotes; a rule name may be in single quotes, metadata as Drools gives it only in double. */
    private static String unquote(String value, boolean single) {
        boolean quoted = value.startsWith("\"") && value.endsWith("\"") || single && value.startsWith("'") && value.endsWith("'");
        if (value.length() >= 2 && quoted) {
            // As Drools reads the literal: a backslash keeps the character after it, so the name is the compiled rule's.
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            s.append(lines[k]).append('\n');
        }
        return s.toString();
    }
}
