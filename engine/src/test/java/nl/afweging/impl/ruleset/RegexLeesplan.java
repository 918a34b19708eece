// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text-based Leesplan as it was before {@link CompiledReads}: regular expressions over a rule's condition text.
 * Kept unchanged as the oracle that the compiled reads give every default rule the same paths.
 */
final class RegexLeesplan {
    private static final Pattern FACT = Pattern.compile("\\b(Casus|Profiel|Huisgenoot|Traject|VraagOpNiveau|Vraag|Parameter)\\s*\\(");
    private static final Pattern PARAMETER_NAAM = Pattern.compile("\\bnaam\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern LEEFGEBIED_SCORE = Pattern.compile("\\bscore\\s*\\(\\s*Leefgebied\\.(\\w+)");
    private static final Pattern WHOLE_PROFILE = Pattern.compile("\\b(laagsteScore|aantalTotEnMet|heeftMinstens|heeftScores|scores)\\b");

    /** Casus properties and methods, with the contract path each one reads. */
    private static final Map<String, String> CASUS = Map.ofEntries(
            Map.entry("gemeente", "gemeente"),
            Map.entry("wet", "wet"),
            Map.entry("leeftijd", "persoon.leeftijd"),
            Map.entry("soorten", "hulpvraag.soorten"),
            Map.entry("heeftSoort", "hulpvraag.soorten"),
            Map.entry("alleenSoort", "hulpvraag.soorten"),
            Map.entry("duur", "hulpvraag.duur"),
            Map.entry("veiligheid", "veiligheid"),
            Map.entry("hulpGeaccepteerd", "hulpGeaccepteerd"),
            Map.entry("wlz", "wlz"),
            Map.entry("zvwAanspraak", "zvwAanspraak"),
            Map.entry("verwijzer", "verwijzer"),
            Map.entry("netwerkBeschikbaar", "netwerk.beschikbaar"),
            Map.entry("mantelzorgerOverbelast", "netwerk.mantelzorgerOverbelast"),
            Map.entry("peildatum", "peildatum"));

    private RegexLeesplan() {}

    static Set<String> paths(String lhs) {
        Set<String> paths = new TreeSet<>();
        Matcher fact = FACT.matcher(lhs);
        while (fact.find()) {
            String body = balanced(lhs, fact.end());
            switch (fact.group(1)) {
                case "Casus" -> CASUS.forEach((word, path) -> {
                    if (Pattern.compile("\\b" + word + "\\b").matcher(body).find()) {
                        paths.add(path);
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
