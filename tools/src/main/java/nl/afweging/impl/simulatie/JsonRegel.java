// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;

/**
 * Writes aanvragen as compact JSON lines into a growing byte buffer. Hand-written rather than through Jackson:
 * every value is a number, a boolean, a date or an ASCII code from the contract (no free text, so nothing to
 * escape), and this way a line costs well under a microsecond. Tests read every line back with
 * {@code Json.readAanvraag}, so the hand-writing cannot drift from the contract unseen.
 *
 * <p>Field order is the contract's; an empty {@code huisgenoten} or {@code eerdereTrajecten} is left out (the
 * contract's default); {@code omschrijving} is never written.
 */
public final class JsonRegel {
    private byte[] bytes = new byte[1 << 16];
    private int lengte;

    /** Appends one aanvraag and a newline. */
    public void schrijf(Aanvraag a) {
        tekst("{\"id\":\"").tekst(a.id()).tekst("\",\"peildatum\":\"").datum(a.peildatum()).teken('"');
        if (a.gemeente() != null) {
            tekst(",\"gemeente\":\"").tekst(a.gemeente()).teken('"');
        }
        if (a.wijk() != null) {
            tekst(",\"wijk\":\"").tekst(a.wijk()).teken('"');
        }
        tekst(",\"wet\":\"").tekst(a.wet().name()).tekst("\",\"persoon\":{\"leeftijd\":").getal(a.persoon().leeftijd());
        tekst("},\"hulpvraag\":{\"soorten\":[");
        List<HulpvraagSoort> soorten = a.hulpvraag().soorten();
        for (int i = 0; i < soorten.size(); i++) {
            if (i > 0) {
                teken(',');
            }
            teken('"').tekst(soorten.get(i).name()).teken('"');
        }
        tekst("],\"duur\":\"").tekst(a.hulpvraag().duur().name()).tekst("\"},\"zrm\":{");
        boolean eerste = true;
        for (Map.Entry<Leefgebied, Integer> e : a.zrm().entrySet()) {
            if (!eerste) {
                teken(',');
            }
            eerste = false;
            teken('"').tekst(e.getKey().name()).tekst("\":").getal(e.getValue());
        }
        teken('}');
        if (!a.huisgenoten().isEmpty()) {
            tekst(",\"huisgenoten\":[");
            for (int i = 0; i < a.huisgenoten().size(); i++) {
                Huisgenoot h = a.huisgenoten().get(i);
                if (i > 0) {
                    teken(',');
                }
                tekst("{\"relatie\":\"").tekst(h.relatie().name()).tekst("\",\"leeftijd\":").getal(h.leeftijd())
                        .tekst(",\"beschikbaar\":").waar(h.beschikbaar()).tekst(",\"overbelast\":").waar(h.overbelast())
                        .tekst(",\"beperking\":").waar(h.beperking()).teken('}');
            }
            teken(']');
        }
        tekst(",\"netwerk\":{\"beschikbaar\":").waar(a.netwerk().beschikbaar())
                .tekst(",\"mantelzorgerOverbelast\":").waar(a.netwerk().mantelzorgerOverbelast())
                .tekst("},\"veiligheid\":\"").tekst(a.veiligheid().name())
                .tekst("\",\"hulpGeaccepteerd\":").waar(a.hulpGeaccepteerd())
                .tekst(",\"wlz\":\"").tekst(a.wlz().name())
                .tekst("\",\"zvwAanspraak\":").waar(a.zvwAanspraak())
                .tekst(",\"verwijzer\":\"").tekst(a.verwijzer().name()).teken('"');
        if (!a.eerdereTrajecten().isEmpty()) {
            tekst(",\"eerdereTrajecten\":[");
            for (int i = 0; i < a.eerdereTrajecten().size(); i++) {
                EerderTraject t = a.eerdereTrajecten().get(i);
                if (i > 0) {
                    teken(',');
                }
                tekst("{\"niveau\":\"").tekst(t.niveau().name()).tekst("\",\"resultaat\":\"").tekst(t.resultaat().name())
                        .tekst("\",\"einddatum\":\"").datum(t.einddatum()).tekst("\"}");
            }
            teken(']');
        }
        tekst("}\n");
    }

    public int lengte() {
        return lengte;
    }

    public void naar(OutputStream out) throws IOException {
        out.write(bytes, 0, lengte);
    }

    public void leeg() {
        lengte = 0;
    }

    /** ASCII only: ids, codes and enum names of the contract are nothing else. */
    private JsonRegel tekst(String s) {
        int n = s.length();
        ruimte(n);
        for (int i = 0; i < n; i++) {
            bytes[lengte++] = (byte) s.charAt(i);
        }
        return this;
    }

    private JsonRegel teken(char c) {
        ruimte(1);
        bytes[lengte++] = (byte) c;
        return this;
    }

    private JsonRegel waar(boolean b) {
        return tekst(b ? "true" : "false");
    }

    /** 0 to 999, as the contract's numbers (ages, scores) are. */
    private JsonRegel getal(int n) {
        if (n >= 100) {
            teken((char) ('0' + n / 100));
        }
        if (n >= 10) {
            teken((char) ('0' + n / 10 % 10));
        }
        return teken((char) ('0' + n % 10));
    }

    /** YYYY-MM-DD for the years 1000 to 9999. */
    private JsonRegel datum(LocalDate d) {
        ruimte(10);
        cijfers(d.getYear(), 4);
        bytes[lengte++] = '-';
        cijfers(d.getMonthValue(), 2);
        bytes[lengte++] = '-';
        cijfers(d.getDayOfMonth(), 2);
        return this;
    }

    private void cijfers(int n, int aantal) {
        for (int i = aantal - 1; i >= 0; i--) {
            bytes[lengte + i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        lengte += aantal;
    }

    private void ruimte(int n) {
        if (lengte + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, lengte + n));
        }
    }
}
