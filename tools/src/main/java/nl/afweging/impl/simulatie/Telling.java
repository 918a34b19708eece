// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;
import nl.afweging.model.CatalogusVoorziening;
import nl.afweging.model.Niveau;
import nl.afweging.model.Voorziening;
import nl.afweging.simulatie.SimulatieRapport;
import nl.afweging.simulatie.SimulatieRapport.Deel;
import nl.afweging.simulatie.SimulatieRapport.Gewijzigd;
import nl.afweging.simulatie.SimulatieRapport.Kosten;
import nl.afweging.simulatie.SimulatieRapport.OngeldigeRegel;
import nl.afweging.simulatie.SimulatieRapport.Stroom;
import nl.afweging.simulatie.SimulatieRapport.Telpaar;
import nl.afweging.simulatie.SimulatieRapport.Verdeling;

/**
 * The counts of a simulation, added one line at a time on one thread: nothing of an advice is kept but its counts,
 * the first ids that changed and the first invalid lines (both capped), so memory does not grow with the population.
 */
public final class Telling {
    static final String KOSTEN_TOELICHTING = "Dit is een referentiekader, geen budget: de bedragen zijn richtprijzen uit"
            + " de catalogus, opgeteld per eenheid, voor elke voorgestelde voorziening één keer. Ze zeggen niets over"
            + " hoeveel uren of dagen iemand krijgt.";

    private final int maxIds;
    private long aantal;
    private long ongeldig;
    private final List<OngeldigeRegel> ongeldigeRegels = new ArrayList<>();
    private final Stromen alles = new Stromen();
    private final Map<String, Stromen> perWet = new TreeMap<>();
    private final Map<String, Stromen> perGemeente = new TreeMap<>();
    private final long[] spoed = new long[2];
    private final Map<String, long[]> verwijzingen = new TreeMap<>();
    private final Map<String, long[]> aandachtspunten = new TreeMap<>();
    private final Map<String, long[]> regels = new TreeMap<>();
    private long gewijzigd;
    private final List<String> gewijzigdeIds = new ArrayList<>();
    private final Kostentelling kostenBasis = new Kostentelling();
    private final Kostentelling kostenKandidaat = new Kostentelling();
    private final Bundeling bundeling = new Bundeling();

    /** {@code maxIds}: how many changed ids and invalid lines the report lists at most. */
    public Telling(int maxIds) {
        this.maxIds = maxIds;
    }

    /** Without a gemeente an aanvraag is counted under this key. */
    public static final String ZONDER_GEMEENTE = "geen";

    public void add(Uitkomst u) {
        if (!u.isGeldig()) {
            ongeldig++;
            if (ongeldigeRegels.size() < maxIds) {
                ongeldigeRegels.add(new OngeldigeRegel(u.regel(), u.reden()));
            }
            return;
        }
        aantal++;
        Aanvraag aanvraag = u.aanvraag();
        Advies b = u.basis();
        Advies k = u.kandidaat();
        alles.add(b.niveau(), k.niveau());
        perWet.computeIfAbsent(aanvraag.wet().name(), w -> new Stromen()).add(b.niveau(), k.niveau());
        perGemeente.computeIfAbsent(aanvraag.gemeente() == null ? ZONDER_GEMEENTE : aanvraag.gemeente(), g -> new Stromen())
                .add(b.niveau(), k.niveau());
        spoed[0] += b.spoed() ? 1 : 0;
        spoed[1] += k.spoed() ? 1 : 0;
        count(verwijzingen, b.verwijzingen(), 0);
        count(verwijzingen, k.verwijzingen(), 1);
        count(aandachtspunten, b.aandachtspunten(), 0);
        count(aandachtspunten, k.aandachtspunten(), 1);
        // An advice lists each fired rule once, so this counts aanvragen per rule.
        count(regels, b.regelIds(), 0);
        count(regels, k.regelIds(), 1);
        if (changed(b, k)) {
            gewijzigd++;
            if (gewijzigdeIds.size() < maxIds) {
                gewijzigdeIds.add(aanvraag.id());
            }
        }
        kostenBasis.add(b);
        kostenKandidaat.add(k);
        bundeling.add(aanvraag, k);
    }

    /** A changed advice: another niveau, spoed, verwijzing, aandachtspunt or voorziening. */
    static boolean changed(Advies b, Advies k) {
        return b.niveau() != k.niveau() || b.spoed() != k.spoed() || !b.verwijzingen().equals(k.verwijzingen())
                || !b.aandachtspunten().equals(k.aandachtspunten())
                || !codes(b.voorzieningen()).equals(codes(k.voorzieningen()));
    }

    private static List<String> codes(List<Voorziening> voorzieningen) {
        return voorzieningen.stream().map(Voorziening::code).sorted().toList();
    }

    private static void count(Map<String, long[]> map, List<String> keys, int side) {
        for (String key : keys) {
            map.computeIfAbsent(key, x -> new long[2])[side]++;
        }
    }

    public SimulatieRapport rapport(String basis, String kandidaat, int bundelMinimum, List<CatalogusVoorziening> catalogus) {
        Map<String, Deel> wetten = new TreeMap<>();
        perWet.forEach((wet, s) -> wetten.put(wet, s.deel()));
        Map<String, Deel> gemeenten = new TreeMap<>();
        perGemeente.forEach((g, s) -> gemeenten.put(g, s.deel()));
        return new SimulatieRapport(basis, kandidaat, aantal, ongeldig, List.copyOf(ongeldigeRegels),
                alles.verdeling(), alles.stromen(), vast(wetten), vast(gemeenten), new Telpaar(spoed[0], spoed[1]),
                paren(verwijzingen), paren(aandachtspunten), paren(regels),
                new Gewijzigd(gewijzigd, List.copyOf(gewijzigdeIds), gewijzigd > gewijzigdeIds.size()),
                new Kosten(KOSTEN_TOELICHTING, kostenBasis.rapport(), kostenKandidaat.rapport()),
                bundelMinimum, bundeling.kansen(bundelMinimum, Objects.requireNonNull(catalogus)));
    }

    private static Map<String, Telpaar> paren(Map<String, long[]> map) {
        Map<String, Telpaar> paren = new TreeMap<>();
        map.forEach((key, n) -> paren.put(key, new Telpaar(n[0], n[1])));
        return vast(paren);
    }

    /** The report is a value: its maps refuse changes, and keep their order. */
    static <K, V> Map<K, V> vast(Map<K, V> map) {
        return Collections.unmodifiableMap(map);
    }

    /** Niveaus of both sides and the flows between them, as a 4 by 4 matrix. */
    private static final class Stromen {
        private final long[][] matrix = new long[Niveau.values().length][Niveau.values().length];
        private long aantal;

        void add(Niveau van, Niveau naar) {
            matrix[van.ordinal()][naar.ordinal()]++;
            aantal++;
        }

        Verdeling verdeling() {
            Map<Niveau, Long> basis = new EnumMap<>(Niveau.class);
            Map<Niveau, Long> kandidaat = new EnumMap<>(Niveau.class);
            for (Niveau n : Niveau.values()) {
                basis.put(n, 0L);
                kandidaat.put(n, 0L);
            }
            for (Niveau van : Niveau.values()) {
                for (Niveau naar : Niveau.values()) {
                    long n = matrix[van.ordinal()][naar.ordinal()];
                    basis.merge(van, n, Long::sum);
                    kandidaat.merge(naar, n, Long::sum);
                }
            }
            return new Verdeling(vast(basis), vast(kandidaat));
        }

        List<Stroom> stromen() {
            List<Stroom> stromen = new ArrayList<>();
            for (Niveau van : Niveau.values()) {
                for (Niveau naar : Niveau.values()) {
                    long n = matrix[van.ordinal()][naar.ordinal()];
                    if (n > 0) {
                        stromen.add(new Stroom(van, naar, n));
                    }
                }
            }
            return List.copyOf(stromen);
        }

        Deel deel() {
            return new Deel(aantal, verdeling(), stromen());
        }
    }
}
