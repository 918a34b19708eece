// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.afweging.model.Regel;
import nl.afweging.model.Regelsoort;

/**
 * The rules of one file, as one group of the documentation, with a Dutch title. The files of the default
 * afwegingskader come in the order the afwegingskader reasons (ladder, stappen, vloeren, soorten, trajecten,
 * samenhang); a file the documentation does not know comes after them under its own name, and the closing rule
 * and the catalogue come last. Within a group the rules stay in source order. Parameters are not a group: they
 * have a section of their own.
 */
record RuleGroup(String file, String title, String introduction, Regelsoort soort, List<Regel> regels) {

    private record Known(String title, String introduction) {}

    /** Titles for the files of the default afwegingskader; what they do, not what they decide, so they cannot drift. */
    private static final Map<String, Known> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("ladder.drl.csv", new Known("Basisniveau uit de ZRM-ladder", null));
        KNOWN.put("stappen.drl", new Known("Stappen terug: eigen kracht, gebruikelijke hulp en netwerk",
                "Deze regels verlagen het basisniveau als eigen kracht, gebruikelijke hulp of het netwerk genoeg is. "
                        + "Ze gelden niet bij spoed. Vloeren gelden daarna nog steeds."));
        KNOWN.put("vloeren.drl.csv", new Known("Vloeren, plafond, spoed, verwijzingen en aandachtspunten", null));
        KNOWN.put("soorten.drl.csv", new Known("Minimumniveau per soort hulpvraag", null));
        KNOWN.put("trajecten.drl", new Known("Eerdere trajecten",
                "Deze regels kijken naar eerdere trajecten: wat al geprobeerd is, telt mee."));
        KNOWN.put("samenhang.drl", new Known("Samenhang: één gezin, één plan",
                "Deze regels letten op samenhang: bij problemen op veel leefgebieden komt er één plan met één regisseur."));
        KNOWN.put("afronding.drl", new Known("Het advies",
                "Deze regel bepaalt het advies, nadat alle andere regels hebben meegedaan."));
        KNOWN.put("voorzieningen.drl.csv", new Known("Catalogus van voorzieningen", null));
    }

    /**
     * The groups of the rule set, in documentation order. {@code bestand} gives the file a rule is written in;
     * {@code notes} gives a decision table's own Notes text (null when none), which introduces a group better than
     * any general text.
     */
    static List<RuleGroup> of(List<Regel> regels, Function<Regel, String> bestand, Function<String, String> notes) {
        Map<String, List<Regel>> byFile = new LinkedHashMap<>();
        for (Regel regel : regels) {
            if (regel.soort() != Regelsoort.PARAMETER) {
                byFile.computeIfAbsent(bestand.apply(regel), f -> new ArrayList<>()).add(regel);
            }
        }
        List<RuleGroup> groups = new ArrayList<>();
        byFile.forEach((file, rules) -> {
            Known known = KNOWN.get(asCsv(file));
            String intro = notes.apply(file) != null ? notes.apply(file) : known == null ? null : known.introduction();
            groups.add(new RuleGroup(file, known == null ? "Regels uit " + file : known.title(), intro, soort(rules), List.copyOf(rules)));
        });
        groups.sort(Comparator.comparingInt(RuleGroup::rank).thenComparing(RuleGroup::file));
        return groups;
    }

    /** A table in a workbook ({@code ladder.drl.xlsx}) is the same table as its CSV, with the same title and place. */
    private static String asCsv(String file) {
        return file.endsWith(".drl.xlsx") ? file.substring(0, file.length() - ".xlsx".length()) + ".csv" : file;
    }

    /** The kind of most of the group's rules: a file of catalogue rows is a catalogue. */
    private static Regelsoort soort(List<Regel> rules) {
        return rules.stream().allMatch(r -> r.soort() == Regelsoort.VOORZIENING) ? Regelsoort.VOORZIENING
                : rules.stream().allMatch(r -> r.soort() == Regelsoort.AFRONDING) ? Regelsoort.AFRONDING
                : Regelsoort.BESLISREGEL;
    }

    /** Known files in their order; then other files of beslisregels; then the closing rule; then catalogues. */
    private int rank() {
        int known = new ArrayList<>(KNOWN.keySet()).indexOf(asCsv(file));
        return switch (soort) {
            case VOORZIENING -> 3000 + Math.max(known, 0);
            case AFRONDING -> 2000 + Math.max(known, 0);
            default -> known >= 0 ? known : 1000;
        };
    }
}
