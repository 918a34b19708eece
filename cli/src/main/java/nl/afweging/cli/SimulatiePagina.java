// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.afweging.model.Niveau;
import nl.afweging.simulatie.SimulatieRapport;
import nl.afweging.simulatie.SimulatieRapport.Bundelkans;
import nl.afweging.simulatie.SimulatieRapport.Stroom;
import nl.afweging.simulatie.SimulatieRapport.Telpaar;

/**
 * The simulation report as one self-contained HTML page: inline CSS and inline SVG, no script, no font and no link,
 * so it opens offline and prints on A4. Its key totals carry {@code data-veld}, so a test can hold them to the JSON.
 */
final class SimulatiePagina {
    private static final int TOP = 10;
    private static final String CSS = String.join("\n",
            "body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; line-height: 1.5; color: #1b1b1b;",
            "       max-width: 60rem; margin: 0 auto; padding: 1rem 2rem 4rem; }",
            "h1, h2 { line-height: 1.25; color: #154273; }",
            "h2 { border-bottom: 2px solid #154273; padding-bottom: .2rem; margin-top: 2.5rem; }",
            "table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; }",
            "th, td { border: 1px solid #c6cfd8; padding: .3rem .5rem; text-align: left; vertical-align: top; }",
            "td.getal { text-align: right; font-variant-numeric: tabular-nums; }",
            "th { background: #e8eef4; }",
            "dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }",
            "dt { font-weight: 600; }",
            "dd { margin: 0; }",
            ".let-op { background: #fff8e1; border-left: 4px solid #e0a800; padding: .5rem 1rem; }",
            "svg { max-width: 40rem; display: block; margin: 1rem 0; }",
            "@page { size: A4; margin: 15mm; }",
            "@media print { body { max-width: none; padding: 0; font-size: 10pt; } section { break-inside: avoid; }"
                    + " h2 { break-after: avoid; } }");

    private SimulatiePagina() {}

    static String van(SimulatieRapport r) {
        StringBuilder s = new StringBuilder();
        String titel = "Simulatie: " + r.kandidaat() + " tegenover " + r.basis();
        s.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(titel)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n")
                .append("<h1>").append(Html.escape(titel)).append("</h1>\n");
        s.append("<dl>\n");
        veld(s, "Basis", "basis", r.basis());
        veld(s, "Kandidaat", "kandidaat", r.kandidaat());
        veld(s, "Aanvragen met advies", "aantal", Getallen.aantal(r.aantal()));
        veld(s, "Regels zonder advies", "ongeldig", Getallen.aantal(r.ongeldig()));
        veld(s, "Adviezen die veranderen", "gewijzigd", Getallen.aantal(r.gewijzigd().aantal()));
        s.append("</dl>\n");

        s.append("<section>\n<h2>Niveaus</h2>\n");
        List<Svg.Staaf> niveaus = new ArrayList<>();
        for (Niveau n : Niveau.values()) {
            niveaus.add(new Svg.Staaf(Getallen.niveau(n), r.niveaus().basis().get(n), r.niveaus().kandidaat().get(n)));
        }
        s.append(Svg.staven("Aanvragen per niveau", niveaus, true));
        s.append("<table>\n<tr><th>niveau</th><th>basis</th><th>kandidaat</th><th>verschil</th></tr>\n");
        for (Niveau n : Niveau.values()) {
            long b = r.niveaus().basis().get(n);
            long k = r.niveaus().kandidaat().get(n);
            s.append("<tr><td>").append(Getallen.niveau(n)).append("</td>")
                    .append(getal("niveau-basis-" + n, Getallen.aantal(b))).append(getal("niveau-kandidaat-" + n, Getallen.aantal(k)))
                    .append(getal(null, Getallen.verschil(b, k))).append("</tr>\n");
        }
        s.append("</table>\n</section>\n");

        s.append("<section>\n<h2>Stromen tussen niveaus</h2>\n<p>Elke rij is het niveau bij de basis, elke kolom het niveau bij de"
                + " kandidaat. Op de diagonaal blijft het niveau gelijk.</p>\n");
        Niveau[] alle = Niveau.values();
        long[][] cellen = new long[alle.length][alle.length];
        for (Stroom f : r.stromen()) {
            cellen[f.van().ordinal()][f.naar().ordinal()] = f.aantal();
        }
        List<String> namen = new ArrayList<>();
        for (Niveau n : alle) {
            namen.add(Getallen.niveau(n));
        }
        s.append(Svg.matrix("Van basis (rij) naar kandidaat (kolom)", namen, cellen));
        s.append("</section>\n");

        s.append("<section>\n<h2>Kosten als referentie</h2>\n<p class=\"let-op\">").append(Html.escape(r.kosten().toelichting()))
                .append("</p>\n");
        Map<String, BigDecimal[]> perEenheid = new TreeMap<>();
        r.kosten().basis().totaal().bedragen().forEach(b -> perEenheid.computeIfAbsent(b.eenheid(), e -> nul())[0] = b.bedrag());
        r.kosten().kandidaat().totaal().bedragen().forEach(b -> perEenheid.computeIfAbsent(b.eenheid(), e -> nul())[1] = b.bedrag());
        List<Svg.Staaf> kosten = new ArrayList<>();
        perEenheid.forEach((eenheid, b) -> kosten.add(new Svg.Staaf("euro " + eenheid, b[0].longValue(), b[1].longValue())));
        s.append(Svg.staven("Som van de richtprijzen per eenheid (hele euro's; elke eenheid op een eigen schaal)", kosten, true, true));
        s.append("<table>\n<tr><th>niveau</th><th>basis</th><th>kandidaat</th></tr>\n");
        for (Niveau n : alle) {
            s.append("<tr><td>").append(Getallen.niveau(n)).append("</td><td>")
                    .append(Html.escape(SimulatieMarkdown.som(r.kosten().basis().perNiveau().get(n)))).append("</td><td>")
                    .append(Html.escape(SimulatieMarkdown.som(r.kosten().kandidaat().perNiveau().get(n)))).append("</td></tr>\n");
        }
        s.append("<tr><th>totaal</th><td data-veld=\"kosten-basis\">").append(Html.escape(SimulatieMarkdown.som(r.kosten().basis().totaal())))
                .append("</td><td data-veld=\"kosten-kandidaat\">").append(Html.escape(SimulatieMarkdown.som(r.kosten().kandidaat().totaal())))
                .append("</td></tr>\n</table>\n</section>\n");

        s.append("<section>\n<h2>Bundelkansen</h2>\n<p>Groepen van minstens ").append(r.bundelMinimum())
                .append(" aanvragen in één wijk met dezelfde soort hulpvraag op hetzelfde niveau (bij de kandidaat), waarvoor een"
                        + " collectief aanbod op een lager niveau bestaat. Collectief gaat boven individueel.</p>\n");
        List<Bundelkans> top = r.bundelkansen().stream().limit(TOP).toList();
        if (top.isEmpty()) {
            s.append("<p>Geen bundelkansen gevonden.</p>\n");
        } else {
            s.append(Svg.staven("De grootste groepen", top.stream()
                    .map(b -> new Svg.Staaf(b.wijk() + " " + b.soort(), 0, b.aantal())).toList(), false));
            s.append("<table>\n<tr><th>wijk</th><th>soort</th><th>niveau</th><th>aantal</th><th>collectief aanbod</th></tr>\n");
            for (Bundelkans b : top) {
                s.append("<tr><td>").append(Html.escape(b.wijk())).append("</td><td>").append(b.soort()).append("</td><td>")
                        .append(Getallen.niveau(b.niveau())).append("</td>").append(getal(null, Getallen.aantal(b.aantal())))
                        .append("<td>").append(Html.escape(SimulatieMarkdown.aanbod(b))).append("</td></tr>\n");
            }
            s.append("</table>\n");
        }
        s.append("<p>Bundelkansen in totaal: <span data-veld=\"bundelkansen\">").append(Getallen.aantal(r.bundelkansen().size()))
                .append("</span>.</p>\n</section>\n");

        s.append("<section>\n<h2>Regels die het meest veranderen</h2>\n<p>Bij hoeveel aanvragen een regel vuurde, bij de basis en bij de"
                + " kandidaat. Alleen regels met een verschil.</p>\n");
        List<Map.Entry<String, Telpaar>> regels = r.regels().entrySet().stream()
                .filter(e -> e.getValue().basis() != e.getValue().kandidaat())
                .sorted(Comparator.comparingLong((Map.Entry<String, Telpaar> e) -> -Math.abs(e.getValue().kandidaat() - e.getValue().basis()))
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP).toList();
        if (regels.isEmpty()) {
            s.append("<p>Geen regel vuurt vaker of minder vaak.</p>\n");
        } else {
            s.append(Svg.staven("Aanvragen per regel", regels.stream()
                    .map(e -> new Svg.Staaf(e.getKey(), e.getValue().basis(), e.getValue().kandidaat())).toList(), true));
        }
        s.append("</section>\n</body>\n</html>\n");
        return s.toString();
    }

    private static BigDecimal[] nul() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static void veld(StringBuilder s, String naam, String veld, String waarde) {
        s.append("<dt>").append(naam).append("</dt><dd data-veld=\"").append(veld).append("\">").append(Html.escape(waarde)).append("</dd>\n");
    }

    private static String getal(String veld, String waarde) {
        return "<td class=\"getal\"" + (veld == null ? "" : " data-veld=\"" + veld + "\"") + ">" + waarde + "</td>";
    }
}
