package nl.afweging.impl.evaluation;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Leefgebied;

/** Fills the paths a rule reads (its {@code leest}, worked out when the rule set loads) with the values of one aanvraag. */
final class Gelezen {
    private Gelezen() {}

    static Map<String, Object> van(Aanvraag a, Set<String> paths, Map<String, Integer> parameters) {
        Map<String, Object> gelezen = new TreeMap<>();
        for (String path : paths) {
            if (path.equals("zrm")) {
                a.zrm().forEach((leefgebied, score) -> gelezen.put("zrm." + leefgebied.name(), score));
            } else if (path.startsWith("zrm.")) {
                gelezen.put(path, a.zrm().get(Leefgebied.valueOf(path.substring(4))));
            } else if (path.startsWith("parameter.")) {
                gelezen.put(path, parameters.get(path.substring("parameter.".length())));
            } else {
                gelezen.put(path, value(a, path));
            }
        }
        return gelezen;
    }

    private static Object value(Aanvraag a, String path) {
        return switch (path) {
            case "gemeente" -> a.gemeente();
            case "wet" -> a.wet();
            case "persoon.leeftijd" -> a.persoon().leeftijd();
            case "hulpvraag.soorten" -> a.hulpvraag().soorten();
            case "hulpvraag.duur" -> a.hulpvraag().duur();
            case "veiligheid" -> a.veiligheid();
            case "hulpGeaccepteerd" -> a.hulpGeaccepteerd();
            case "wlz" -> a.wlz();
            case "zvwAanspraak" -> a.zvwAanspraak();
            case "verwijzer" -> a.verwijzer();
            case "netwerk.beschikbaar" -> a.netwerk().beschikbaar();
            case "netwerk.mantelzorgerOverbelast" -> a.netwerk().mantelzorgerOverbelast();
            case "peildatum" -> a.peildatum();
            case "huisgenoten" -> a.huisgenoten();
            case "eerdereTrajecten" -> a.eerdereTrajecten();
            default -> throw new IllegalStateException("Onbekend pad " + path);
        };
    }
}
