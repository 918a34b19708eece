// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.cli;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the simulation page, drawn here so the page needs no script, font or network. Every chart
 * has a title and a text label for every bar, so it also reads when printed in black and white.
 */
final class Svg {
    static final String BASIS_KLEUR = "#8c8c8c";
    static final String KANDIDAAT_KLEUR = "#1f5fa8";
    private static final int BREEDTE = 640;
    private static final int LABEL = 250;
    private static final int RIJ = 22;

    private Svg() {}

    /** One bar, or two (basis, kandidaat), per label; {@code basis} may be null for a single series. */
    record Staaf(String label, long basis, long kandidaat) {}

    static String staven(String titel, List<Staaf> staven, boolean tweeReeksen) {
        return staven(titel, staven, tweeReeksen, false);
    }

    /**
     * With {@code eigenSchaal}, each label's bars are drawn on a scale of their own: for sums in different eenheden,
     * whose lengths must not be compared with each other.
     */
    static String staven(String titel, List<Staaf> staven, boolean tweeReeksen, boolean eigenSchaal) {
        long grootste = 1;
        for (Staaf s : staven) {
            grootste = Math.max(grootste, Math.max(s.basis(), s.kandidaat()));
        }
        int perStaaf = tweeReeksen ? 2 * RIJ : RIJ;
        int hoogte = 30 + staven.size() * (perStaaf + 6) + (tweeReeksen ? 24 : 0);
        StringBuilder s = begin(titel, hoogte);
        int y = 28;
        int ruimte = BREEDTE - LABEL - 80;
        for (Staaf staaf : staven) {
            long max = eigenSchaal ? Math.max(1, Math.max(staaf.basis(), staaf.kandidaat())) : grootste;
            s.append(tekst(LABEL - 8, y + perStaaf / 2 + 4, "end", staaf.label()));
            if (tweeReeksen) {
                balk(s, y, staaf.basis(), max, ruimte, BASIS_KLEUR);
                balk(s, y + RIJ, staaf.kandidaat(), max, ruimte, KANDIDAAT_KLEUR);
            } else {
                balk(s, y, staaf.kandidaat(), max, ruimte, KANDIDAAT_KLEUR);
            }
            y += perStaaf + 6;
        }
        if (tweeReeksen) {
            legenda(s, y + 4);
        }
        return s.append("</svg>\n").toString();
    }

    /** The flows as a grid: a bar in every cell, as long as its share of the largest cell; the diagonal stays the same. */
    static String matrix(String titel, List<String> namen, long[][] cellen) {
        int n = namen.size();
        int cel = 110;
        int kop = 170;
        int hoogte = 40 + 44 + n * 34;
        long max = 1;
        for (long[] rij : cellen) {
            for (long v : rij) {
                max = Math.max(max, v);
            }
        }
        StringBuilder s = begin(titel, hoogte, kop + n * cel + 10);
        for (int j = 0; j < n; j++) {
            // A column heading on two lines, so long niveau names do not run into each other.
            String[] woorden = namen.get(j).split(" ", 2);
            s.append(tekst(kop + j * cel + cel / 2, 44, "middle", woorden[0]));
            if (woorden.length > 1) {
                s.append(tekst(kop + j * cel + cel / 2, 58, "middle", woorden[1]));
            }
        }
        for (int i = 0; i < n; i++) {
            int y = 70 + i * 34;
            s.append(tekst(kop - 8, y + 18, "end", namen.get(i)));
            for (int j = 0; j < n; j++) {
                int x = kop + j * cel;
                String kleur = i == j ? BASIS_KLEUR : KANDIDAAT_KLEUR;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"28\" fill=\"none\" stroke=\"#ccc\"/>",
                        x + 2, y, cel - 4));
                int w = (int) Math.round((cel - 8) * (double) cellen[i][j] / max);
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"10\" fill=\"%s\"/>",
                        x + 4, y + 16, w, kleur));
                s.append(tekst(x + cel / 2, y + 12, "middle", Getallen.aantal(cellen[i][j])));
            }
        }
        return s.append("</svg>\n").toString();
    }

    private static StringBuilder begin(String titel, int hoogte) {
        return begin(titel, hoogte, BREEDTE);
    }

    private static StringBuilder begin(String titel, int hoogte, int breedte) {
        return new StringBuilder().append(String.format(Locale.ROOT,
                "<svg role=\"img\" viewBox=\"0 0 %d %d\" width=\"100%%\">", breedte, hoogte))
                .append("<title>").append(Html.escape(titel)).append("</title>")
                .append(tekst(0, 16, "start", titel).replace("<text ", "<text font-weight=\"600\" "));
    }

    private static void balk(StringBuilder s, int y, long waarde, long max, int ruimte, String kleur) {
        int w = (int) Math.round(ruimte * (double) waarde / max);
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", LABEL, y, w, RIJ - 4, kleur));
        s.append(tekst(LABEL + w + 6, y + RIJ - 8, "start", Getallen.aantal(waarde)));
    }

    private static void legenda(StringBuilder s, int y) {
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", LABEL, y, BASIS_KLEUR))
                .append(tekst(LABEL + 18, y + 11, "start", "basis"))
                .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", LABEL + 90, y, KANDIDAAT_KLEUR))
                .append(tekst(LABEL + 108, y + 11, "start", "kandidaat"));
    }

    private static String tekst(int x, int y, String anker, String tekst) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"12\">%s</text>", x, y, anker,
                Html.escape(tekst));
    }
}
