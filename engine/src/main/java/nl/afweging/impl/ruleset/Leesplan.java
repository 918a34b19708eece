// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.afweging.feiten.Casus;

/**
 * Which aanvraag fields a rule reads, worked out once at load time from the rule's compiled conditions
 * ({@link CompiledReads}), as contract paths ({@code veiligheid}, {@code zrm.HUISVESTING},
 * {@code parameter.meervoudigVanaf}, ...). The advies fills each path with the aanvraag's value, so
 * {@code gelezen} shows what the rule looked at.
 */
final class Leesplan {
    /** Profiel members that depend on every score, not on one leefgebied. */
    private static final Set<String> WHOLE_PROFILE = Set.of("laagsteScore", "aantalTotEnMet", "heeftMinstens", "heeftScores", "scores");

    /** Casus properties and methods, with the contract paths each one reads (its {@code @Leest}). */
    private static final Map<String, List<String>> CASUS = FactReads.of(Casus.class);

    private Leesplan() {}

    static Set<String> paths(CompiledReads.Reads reads) {
        Set<String> paths = new TreeSet<>();
        for (Class<?> fact : reads.facts()) {
            switch (feit(fact)) {
                case "Huisgenoot" -> paths.add("huisgenoten");
                case "Traject" -> paths.add("eerdereTrajecten");
                // The advised niveau of a VraagOpNiveau is not an aanvraag field; the soort is.
                case "Vraag", "VraagOpNiveau" -> paths.add("hulpvraag.soorten");
                default -> { }
            }
        }
        for (CompiledReads.Member member : reads.members()) {
            switch (feit(member.fact())) {
                case "Casus" -> {
                    List<String> read = CASUS.get(member.name());
                    if (read != null) {
                        paths.addAll(read);
                    }
                }
                case "Profiel" -> {
                    if (WHOLE_PROFILE.contains(member.name())) {
                        paths.add("zrm");
                    } else if (member.name().equals("score") && member.arguments().size() == 1) {
                        // score($leefgebied) may read any score.
                        String leefgebied = member.arguments().get(0);
                        paths.add(leefgebied == null ? "zrm" : "zrm." + leefgebied);
                    }
                }
                case "Traject" -> {
                    if (member.name().equals("eindigdeBinnenMaanden")) {
                        paths.add("peildatum");
                    }
                }
                case "VraagOpNiveau" -> {
                    if (member.name().equals("gemeente")) {
                        paths.add("gemeente");
                    }
                }
                case "Parameter" -> {
                    if (member.name().equals("naam") && member.equalTo() != null) {
                        paths.add("parameter." + member.equalTo());
                    }
                }
                case "Parameters" -> {
                    // A name that is no constant is refused at load (ParameterReader.checkNamesSeen).
                    if (member.name().equals("waarde") && member.arguments().size() == 1 && member.arguments().get(0) != null) {
                        paths.add("parameter." + member.arguments().get(0));
                    }
                }
                default -> { }
            }
        }
        return paths;
    }

    /** The simple name of a class from the feiten package; "" for any other class (List, Number, ...). */
    private static String feit(Class<?> fact) {
        return fact.getPackage() == Casus.class.getPackage() ? fact.getSimpleName() : "";
    }
}
