// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.afweging.model.Fout;

/** One problem as the contract writes it everywhere: {@code {pad, gevonden, toegestaan}}, in that order. */
final class Fouten {
    private Fouten() {}

    static Map<String, String> fout(String pad, String gevonden, String toegestaan) {
        Map<String, String> fout = new LinkedHashMap<>();
        fout.put("pad", pad);
        fout.put("gevonden", gevonden);
        fout.put("toegestaan", toegestaan);
        return fout;
    }

    static Map<String, String> fout(Fout fout) {
        return fout(fout.pad(), fout.gevonden(), fout.toegestaan());
    }
}
