package nl.afweging.impl.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where every rule is written: the file and line of a DRL rule, or the file and row of a decision-table
 * rule (Drools names those {@code <Table>_<row>}). Also keeps each rule's condition and action text: the loader
 * reads the actions to know what a rule does, and both to find the rule an error message quotes. What a rule
 * reads comes from the compiled rules ({@link CompiledReads}), not from this text.
 */
final class RuleLocations {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|(\\S+))");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b.*");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b.*");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern TABLE_ROW = Pattern.compile("_(\\d+)$");

    /** One rule's place; {@code line} is the DRL line or, for a table, the CSV row. */
    record Location(String file, int line, CsvTable table, int firstLine, int lastLine, String lhs, String rhs) {
        String bron() {
            return file + ":" + line;
        }
    }

    private final Map<String, Location> byRule = new HashMap<>();
    private final Map<String, List<Map.Entry<String, Location>>> byFile = new HashMap<>();

    /** Indexes a DRL text; {@code table} is the CSV the text was generated from, or null for a DRL file. */
    void add(String file, String drl, CsvTable table) {
        String[] lines = drl.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (!rule.find()) {
                continue;
            }
            String name = rule.group(1) != null ? rule.group(1) : rule.group(2);
            int when = -1;
            int then = -1;
            int end = lines.length - 1;
            for (int j = i + 1; j < lines.length; j++) {
                if (when < 0 && WHEN.matcher(lines[j]).matches()) {
                    when = j;
                } else if (then < 0 && THEN.matcher(lines[j]).matches()) {
                    then = j;
                } else if (END.matcher(lines[j]).matches()) {
                    end = j;
                    break;
                }
            }
            String lhs = when >= 0 && then > when ? join(lines, when + 1, then) : "";
            String rhs = then >= 0 ? join(lines, then + 1, end) : "";
            int line = i + 1;
            if (table != null) {
                Matcher row = TABLE_ROW.matcher(name);
                line = row.find() ? Integer.parseInt(row.group(1)) : 0;
            }
            Location location = new Location(file, line, table, i + 1, end + 1, lhs, rhs);
            byRule.put(name, location);
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(Map.entry(name, location));
            i = end;
        }
    }

    Location of(String ruleName) {
        return byRule.get(ruleName);
    }

    /** The rule whose text holds this line of the (generated) DRL of {@code file}; null when none does. */
    String ruleAt(String file, int drlLine) {
        for (Map.Entry<String, Location> e : byFile.getOrDefault(file, List.of())) {
            if (drlLine >= e.getValue().firstLine() && drlLine <= e.getValue().lastLine()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The one rule of {@code file} whose conditions or actions contain {@code fragment}; null when none or several do. */
    String ruleContaining(String file, String fragment) {
        List<String> found = byFile.getOrDefault(file, List.of()).stream()
                .filter(e -> e.getValue().lhs().contains(fragment) || e.getValue().rhs().contains(fragment))
                .map(Map.Entry::getKey).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            s.append(lines[k]).append('\n');
        }
        return s.toString();
    }
}
