// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afweging.model.Niveau;
import nl.afweging.simulatie.SimulatieRapport;
import nl.afweging.simulatie.SimulatieRapport.Bedrag;
import nl.afweging.simulatie.SimulatieRapport.Bundelkans;
import nl.afweging.simulatie.SimulatieRapport.Deel;
import nl.afweging.simulatie.SimulatieRapport.Kostensom;
import nl.afweging.simulatie.SimulatieRapport.Stroom;
import nl.afweging.simulatie.SimulatieRapport.Telpaar;

/** The simulation report as Markdown, in plain Dutch, for stdout. */
final class SimulatieMarkdown {
    /** The largest bundling chances shown in the text; --json lists every one. */
    static final int BUNDELKANSEN_IN_TEKST = 25;

    private SimulatieMarkdown() {}

    static String van(SimulatieRapport r) {
        StringBuilder s = new StringBuilder();
        s.append("# Simulatie: ").append(r.kandidaat()).append(" tegenover ").append(r.basis()).append("\n\n");
        s.append(Getallen.aantal(r.aantal())).append(" aanvragen gingen door beide regelsets. ");
        s.append(Getallen.aantal(r.ongeldig())).append(" regels gaven geen advies.\n");
        if (!r.ongeldigeRegels().isEmpty()) {
            s.append("\n| regel | reden |\n|---:|---|\n");
            r.ongeldigeRegels().forEach(o -> s.append("| ").append(o.regelnummer()).append(" | ").append(cel(o.reden())).append(" |\n"));
            if (r.ongeldig() > r.ongeldigeRegels().size()) {
                s.append("\nEn nog ").append(Getallen.aantal(r.ongeldig() - r.ongeldigeRegels().size())).append(" regels meer.\n");
            }
        }
        s.append("\n## Niveaus\n\n");
        verdeling(s, r.niveaus().basis(), r.niveaus().kandidaat());
        s.append("\n## Stromen\n\nVan het niveau bij de basis (rij) naar het niveau bij de kandidaat (kolom).\n\n");
        matrix(s, r.stromen());
        deel(s, "Per wet", r.perWet());
        deel(s, "Per gemeente", r.perGemeente());
        s.append("\n## Spoed, verwijzingen en aandachtspunten\n\n| | basis | kandidaat | verschil |\n|---|---:|---:|---:|\n");
        rij(s, "spoed", r.spoed());
        r.verwijzingen().forEach((k, t) -> rij(s, "verwijzing " + k, t));
        r.aandachtspunten().forEach((k, t) -> rij(s, "aandachtspunt " + k, t));
        s.append("\n## Regels\n\nBij hoeveel aanvragen elke regel vuurde.\n\n| regel | basis | kandidaat | verschil |\n|---|---:|---:|---:|\n");
        r.regels().forEach((k, t) -> rij(s, k, t));
        s.append("\n## Gewijzigde adviezen\n\n").append(Getallen.aantal(r.gewijzigd().aantal()))
                .append(" adviezen veranderen (niveau, spoed, verwijzingen, aandachtspunten of voorzieningen).");
        if (!r.gewijzigd().ids().isEmpty()) {
            s.append(r.gewijzigd().afgekapt() ? " De eerste " + Getallen.aantal(r.gewijzigd().ids().size()) + ":" : " Dit zijn ze:")
                    .append("\n\n").append(String.join(", ", r.gewijzigd().ids())).append("\n\n")
                    .append("Bekijk er één met --toon ID.");
        }
        s.append("\n\n## Kosten als referentie\n\n").append(r.kosten().toelichting()).append("\n\n")
                .append("| niveau | basis | kandidaat |\n|---|---|---|\n");
        for (Niveau n : Niveau.values()) {
            s.append("| ").append(Getallen.niveau(n)).append(" | ").append(som(r.kosten().basis().perNiveau().get(n)))
                    .append(" | ").append(som(r.kosten().kandidaat().perNiveau().get(n))).append(" |\n");
        }
        s.append("| **totaal** | ").append(som(r.kosten().basis().totaal())).append(" | ")
                .append(som(r.kosten().kandidaat().totaal())).append(" |\n");
        s.append("\n## Bundelkansen\n\nGroepen van minstens ").append(r.bundelMinimum())
                .append(" aanvragen in één wijk, met dezelfde soort hulpvraag op hetzelfde niveau (kandidaat),"
                        + " waarvoor de catalogus een collectief aanbod op een lager niveau heeft.\n\n");
        if (r.bundelkansen().isEmpty()) {
            s.append("Geen bundelkansen gevonden.\n");
        } else {
            s.append("| wijk | soort | niveau | aantal | collectief aanbod |\n|---|---|---|---:|---|\n");
            // The largest groups first; a report to read stops there, --json gives every one.
            for (Bundelkans b : r.bundelkansen().stream().limit(BUNDELKANSEN_IN_TEKST).toList()) {
                s.append("| ").append(b.wijk()).append(" | ").append(b.soort()).append(" | ").append(Getallen.niveau(b.niveau()))
                        .append(" | ").append(Getallen.aantal(b.aantal())).append(" | ").append(cel(aanbod(b))).append(" |\n");
            }
            int meer = r.bundelkansen().size() - BUNDELKANSEN_IN_TEKST;
            if (meer > 0) {
                s.append("\nEn nog ").append(Getallen.aantal(meer)).append(meer == 1 ? " groep" : " groepen")
                        .append(" (alle ").append(Getallen.aantal(r.bundelkansen().size())).append(" staan in --json).\n");
            }
        }
        return s.toString();
    }

    static String aanbod(Bundelkans b) {
        return b.voorzieningen().stream().map(a -> a.naam() + " (" + Getallen.niveau(a.niveau()).toLowerCase(java.util.Locale.ROOT)
                + (a.kostenindicatie() == null ? ", geen bedrag" : ", " + Getallen.euro(a.kostenindicatie().bedrag()) + " "
                        + a.kostenindicatie().eenheid()) + ")").collect(Collectors.joining("; "));
    }

    /** One cost sum as text: "€ 1.234,00 per uur (12×); 3 zonder bedrag". */
    static String som(Kostensom som) {
        StringBuilder s = new StringBuilder();
        for (Bedrag b : som.bedragen()) {
            s.append(s.length() == 0 ? "" : "; ").append(Getallen.euro(b.bedrag())).append(' ').append(b.eenheid())
                    .append(" (").append(Getallen.aantal(b.aantal())).append("×)");
        }
        if (som.zonderBedrag() > 0) {
            s.append(s.length() == 0 ? "" : "; ").append(Getallen.aantal(som.zonderBedrag())).append(" zonder bedrag");
        }
        return s.length() == 0 ? "-" : s.toString();
    }

    private static void verdeling(StringBuilder s, Map<Niveau, Long> basis, Map<Niveau, Long> kandidaat) {
        s.append("| niveau | basis | kandidaat | verschil |\n|---|---:|---:|---:|\n");
        for (Niveau n : Niveau.values()) {
            s.append("| ").append(Getallen.niveau(n)).append(" | ").append(Getallen.aantal(basis.get(n))).append(" | ")
                    .append(Getallen.aantal(kandidaat.get(n))).append(" | ").append(Getallen.verschil(basis.get(n), kandidaat.get(n)))
                    .append(" |\n");
        }
    }

    private static void matrix(StringBuilder s, List<Stroom> stromen) {
        s.append("| van \\ naar |");
        for (Niveau n : Niveau.values()) {
            s.append(' ').append(Getallen.niveau(n)).append(" |");
        }
        s.append("\n|---|").append("---:|".repeat(Niveau.values().length)).append('\n');
        for (Niveau van : Niveau.values()) {
            s.append("| ").append(Getallen.niveau(van)).append(" |");
            for (Niveau naar : Niveau.values()) {
                long n = stromen.stream().filter(f -> f.van() == van && f.naar() == naar).mapToLong(Stroom::aantal).sum();
                s.append(' ').append(Getallen.aantal(n)).append(" |");
            }
            s.append('\n');
        }
    }

    private static void deel(StringBuilder s, String kop, Map<String, Deel> delen) {
        s.append("\n## ").append(kop).append("\n");
        delen.forEach((naam, d) -> {
            s.append("\n### ").append(naam).append(" (").append(Getallen.aantal(d.aantal())).append(" aanvragen)\n\n");
            verdeling(s, d.niveaus().basis(), d.niveaus().kandidaat());
            String verschuivingen = d.stromen().stream().filter(f -> f.van() != f.naar())
                    .map(f -> Getallen.niveau(f.van()) + " → " + Getallen.niveau(f.naar()) + ": " + Getallen.aantal(f.aantal()))
                    .collect(Collectors.joining("; "));
            s.append("\nStromen: ").append(verschuivingen.isEmpty() ? "geen verschuivingen" : verschuivingen).append(".\n");
        });
    }

    private static void rij(StringBuilder s, String naam, Telpaar t) {
        s.append("| ").append(naam).append(" | ").append(Getallen.aantal(t.basis())).append(" | ")
                .append(Getallen.aantal(t.kandidaat())).append(" | ").append(Getallen.verschil(t.basis(), t.kandidaat())).append(" |\n");
    }

    /** A Markdown table cell: no pipe or line break may end it early. */
    private static String cel(String tekst) {
        return tekst.replace("|", "\\|").replace('\n', ' ');
    }
}
