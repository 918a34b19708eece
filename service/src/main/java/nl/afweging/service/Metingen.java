// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import nl.afweging.model.Niveau;
import nl.afweging.model.Regelset;

/**
 * What {@code /metrics} shows, in the Prometheus text format (0.0.4): advices per niveau, how long an advice took
 * (a histogram), refused requests by kind, reloads, and the rule sets in force. Counters only add; reading them takes
 * no lock, so measuring costs the advice nothing it would notice.
 */
final class Metingen {
    /** Upper bounds in seconds: an advice takes well under a millisecond, a slow one is what these should show. */
    private static final double[] GRENZEN = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

    private final Map<Niveau, LongAdder> adviezen = new ConcurrentHashMap<>();
    private final LongAdder[] emmers = new LongAdder[GRENZEN.length + 1];
    private final LongAdder duurTotaal = new LongAdder();
    private final Map<String, LongAdder> fouten = new ConcurrentHashMap<>();
    private final LongAdder geweigerd = new LongAdder();

    Metingen() {
        for (int i = 0; i < emmers.length; i++) {
            emmers[i] = new LongAdder();
        }
    }

    void advies(Niveau niveau) {
        adviezen.computeIfAbsent(niveau, n -> new LongAdder()).increment();
    }

    void duur(long nanos) {
        double seconden = nanos / 1e9;
        int i = 0;
        while (i < GRENZEN.length && seconden > GRENZEN[i]) {
            i++;
        }
        emmers[i].increment();
        duurTotaal.add(nanos);
    }

    /** A refused or failed request, by its status: the kinds a beheerder tells apart. */
    void fout(int status) {
        String soort = switch (status) {
            case 400 -> "ongeldige_aanvraag";
            case 401 -> "geen_toegang";
            case 403 -> "verkeerde_rol";
            case 404 -> "niet_gevonden";
            case 409 -> "conflict";
            case 413 -> "te_groot";
            case 415 -> "verkeerd_mediatype";
            case 422 -> "regelset_faalt";
            case 429 -> "te_veel_verzoeken";
            case 503 -> "niet_gereed";
            default -> status >= 500 ? "interne_fout" : "overig";
        };
        fouten.computeIfAbsent(soort, s -> new LongAdder()).increment();
    }

    /** A reload asked for that kept the rules (one that replaced them is counted by the engine). */
    void geweigerd() {
        geweigerd.increment();
    }

    String tekst(Iterable<Regelset> geladen, long vervangen) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP afweging_adviezen_totaal Gegeven adviezen per niveau.\n# TYPE afweging_adviezen_totaal counter\n");
        for (Niveau niveau : Niveau.values()) {
            LongAdder n = adviezen.get(niveau);
            out.append("afweging_adviezen_totaal{niveau=\"").append(niveau).append("\"} ").append(n == null ? 0 : n.sum()).append('\n');
        }
        out.append("# HELP afweging_advies_duur_seconden Tijd van ontvangen aanvraag tot advies.\n# TYPE afweging_advies_duur_seconden histogram\n");
        long cumulatief = 0;
        for (int i = 0; i < emmers.length; i++) {
            cumulatief += emmers[i].sum();
            String le = i < GRENZEN.length ? String.format(Locale.ROOT, "%s", GRENZEN[i]) : "+Inf";
            out.append("afweging_advies_duur_seconden_bucket{le=\"").append(le).append("\"} ").append(cumulatief).append('\n');
        }
        out.append("afweging_advies_duur_seconden_sum ").append(String.format(Locale.ROOT, "%.6f", duurTotaal.sum() / 1e9)).append('\n');
        out.append("afweging_advies_duur_seconden_count ").append(cumulatief).append('\n');
        out.append("# HELP afweging_fouten_totaal Geweigerde of mislukte verzoeken per soort.\n# TYPE afweging_fouten_totaal counter\n");
        new TreeMap<>(fouten).forEach((soort, n) ->
                out.append("afweging_fouten_totaal{soort=\"").append(soort).append("\"} ").append(n.sum()).append('\n'));
        out.append("# HELP afweging_herladingen_totaal Herladen van de regels: vervangen (op verzoek of door de map te volgen), of op verzoek geweigerd.\n# TYPE afweging_herladingen_totaal counter\n");
        out.append("afweging_herladingen_totaal{uitkomst=\"vervangen\"} ").append(vervangen).append('\n');
        out.append("afweging_herladingen_totaal{uitkomst=\"geweigerd\"} ").append(geweigerd.sum()).append('\n');
        out.append("# HELP afweging_regelset_info De geladen regelsets (waarde 1).\n# TYPE afweging_regelset_info gauge\n");
        for (Regelset set : geladen) {
            out.append("afweging_regelset_info{versie=\"").append(label(set.versie())).append("\",gemeente=\"")
                    .append(set.gemeente() == null ? "" : label(set.gemeente().code())).append("\",hash=\"").append(label(set.hash()))
                    .append("\"} 1\n");
        }
        return out.toString();
    }

    /** A label value as the text format escapes it. */
    private static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
