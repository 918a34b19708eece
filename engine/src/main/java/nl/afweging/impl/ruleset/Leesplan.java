package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.feiten.Casus;

/**
 * Which aanvraag fields a rule reads, worked out once at load time from the rule's conditions, as contract
 * paths ({@code veiligheid}, {@code zrm.HUISVESTING}, {@code parameter.meervoudigVanaf}, ...). The advies
 * fills each path with the aanvraag's value, so {@code gelezen} shows what the rule looked at.
 */
final class Leesplan {
    private static final Pattern FACT = Pattern.compile("\\b(Casus|Profiel|Huisgenoot|Traject|VraagOpNiveau|Vraag|Parameter)\\s*\\(");
    private static final Pattern PARAMETER_NAAM = Pattern.compile("\\bnaam\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern LEEFGEBIED_SCORE = Pattern.compile("\\bscore\\s*\\(\\s*Leefgebied\\.(\\w+)");
    private static final Pattern WHOLE_PROFILE = Pattern.compile("\\b(laagsteScore|aantalTotEnMet|heeftMinstens|heeftScores|scores)\\b");

    /** Casus properties and methods, with the contract paths each one reads (its {@code @Leest}). */
    private static final Map<String, List<String>> CASUS = FactReads.of(Casus.class);

    private Leesplan() {}

    static Set<String> paths(String lhs) {
        Set<String> paths = new TreeSet<>();
        Matcher fact = FACT.matcher(lhs);
        while (fact.find()) {
            String body = balanced(lhs, fact.end());
            switch (fact.group(1)) {
                case "Casus" -> CASUS.forEach((word, read) -> {
                    if (Pattern.compile("\\b" + word + "\\b").matcher(body).find()) {
                        paths.addAll(read);
                    }
                });
                case "Profiel" -> {
                    if (WHOLE_PROFILE.matcher(body).find()) {
                        paths.add("zrm");
                    }
                    Matcher score = LEEFGEBIED_SCORE.matcher(body);
                    while (score.find()) {
                        paths.add("zrm." + score.group(1));
                    }
                }
                case "Huisgenoot" -> paths.add("huisgenoten");
                case "Traject" -> {
                    paths.add("eerdereTrajecten");
                    if (body.contains("eindigdeBinnenMaanden")) {
                        paths.add("peildatum");
                    }
                }
                case "Vraag" -> paths.add("hulpvraag.soorten");
                case "VraagOpNiveau" -> {
                    // The advised niveau is not an aanvraag field; the soort and the gemeente are.
                    paths.add("hulpvraag.soorten");
                    if (body.matches("(?s).*\\bgemeente\\b.*")) {
                        paths.add("gemeente");
                    }
                }
                case "Parameter" -> {
                    Matcher naam = PARAMETER_NAAM.matcher(body);
                    if (naam.find()) {
                        paths.add("parameter." + naam.group(1));
                    }
                }
                default -> throw new IllegalStateException(fact.group(1));
            }
        }
        return paths;
    }

    /** The text inside the parentheses that open just before {@code from}, skipping string literals. */
    private static String balanced(String text, int from) {
        int depth = 1;
        boolean string = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                string = !string;
            } else if (!string && c == '(') {
                depth++;
            } else if (!string && c == ')' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }
}
