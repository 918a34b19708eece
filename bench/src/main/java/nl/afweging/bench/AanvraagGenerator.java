// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Duur;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Netwerk;
import nl.afweging.model.Niveau;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/**
 * Generates valid aanvragen across the whole contract, deterministically from a seed. The draws are weighted,
 * not uniform: uniform ZRM scores would almost always contain a 1 or 2, so some ladder rungs and every
 * step-down would be rare. Each aanvraag first picks a ladder rung to aim at, and the other fields are tilted
 * towards the cases the rules distinguish (housemates aged 17 or 18, trajecten ending around the 12-month
 * boundary, peildata at month ends).
 */
public final class AanvraagGenerator {
    /** The rule set is in force from 2026-01-01; an earlier peildatum is refused. */
    private static final LocalDate JAAR_BEGIN = LocalDate.of(2026, 1, 1);
    private static final int TERMIJN_MAANDEN = 12;
    private static final HulpvraagSoort[] SOORTEN = HulpvraagSoort.values();
    private static final Leefgebied[] LEEFGEBIEDEN = Leefgebied.values();
    private static final Relatie[] RELATIES = Relatie.values();
    private static final Verwijzer[] VERWIJZERS = Verwijzer.values();
    private static final Niveau[] TRAJECT_NIVEAUS = {Niveau.SOCIALE_BASIS, Niveau.LOKAAL_TEAM, Niveau.SPECIALISTISCH_MAATWERK};
    static final List<String> GEMEENTEN = List.of("0363", "0599", "0518", "0344", "0840");

    private final SplittableRandom random;
    private long volgnummer;

    public AanvraagGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The first {@code n} aanvragen of the sequence for {@code seed}; the same seed always gives the same list. */
    public static List<Aanvraag> generate(long seed, int n) {
        AanvraagGenerator generator = new AanvraagGenerator(seed);
        List<Aanvraag> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(generator.next());
        }
        return result;
    }

    public Aanvraag next() {
        volgnummer++;
        Wet wet = chance(0.4) ? Wet.JEUGDWET : Wet.WMO;
        int leeftijd = wet == Wet.JEUGDWET ? between(0, 22) : between(18, 100);
        LocalDate peildatum = peildatum();
        Aanvraag.Builder b = Aanvraag.builder(String.format("gen-%07d", volgnummer), peildatum, wet, leeftijd);
        if (chance(0.3)) {
            String gemeente = GEMEENTEN.get(random.nextInt(GEMEENTEN.size()));
            b.gemeente(gemeente).wijk("WK" + gemeente + String.format("%02d", between(0, 12)));
        }
        soorten(b);
        b.duur(chance(0.2) ? Duur.KORT : Duur.LANG);
        if (chance(0.1)) {
            b.omschrijving("Gegenereerde hulpvraag " + volgnummer);
        }
        zrm(b);
        huisgenoten(b);
        if (chance(0.75)) {
            b.netwerk(new Netwerk(chance(0.5), chance(0.25)));
        }
        b.veiligheid(veiligheid());
        b.hulpGeaccepteerd(chance(0.75));
        b.wlz(chance(0.76) ? Wlz.GEEN : chance(0.5) ? Wlz.VERMOEDEN : Wlz.INDICATIE);
        b.zvwAanspraak(chance(0.15));
        b.verwijzer(chance(0.45) ? Verwijzer.GEEN : VERWIJZERS[between(1, VERWIJZERS.length - 1)]);
        trajecten(b, peildatum);
        return b.build();
    }

    /** Any day of 2026, with extra weight on month ends, where month arithmetic is easiest to get wrong. */
    private LocalDate peildatum() {
        if (chance(0.2)) {
            LocalDate maand = JAAR_BEGIN.plusMonths(between(0, 11));
            return maand.withDayOfMonth(maand.lengthOfMonth());
        }
        return JAAR_BEGIN.plusDays(between(0, JAAR_BEGIN.lengthOfYear() - 1));
    }

    /** One in four asks only for HUISHOUDEN (the only case where gebruikelijke hulp, E1, can apply). */
    private void soorten(Aanvraag.Builder b) {
        if (chance(0.25)) {
            b.soort(HulpvraagSoort.HUISHOUDEN);
            return;
        }
        for (HulpvraagSoort soort : distinct(SOORTEN, between(1, 3))) {
            b.soort(soort);
        }
    }

    /** Aims at one ladder rung (or none, or a random profile) and scores that many leefgebieden. */
    private void zrm(Aanvraag.Builder b) {
        double doel = random.nextDouble();
        if (doel < 0.08) {
            return; // L0: no ZRM at all
        }
        if (doel < 0.18) {
            for (Leefgebied g : distinct(LEEFGEBIEDEN, between(1, 13))) {
                b.zrm(g, between(1, 5));
            }
            return;
        }
        int rung = between(1, 5);
        boolean meervoudig = rung == 3 || rung == 5;
        int aantal = between(meervoudig ? 3 : 1, 13);
        List<Leefgebied> gebieden = distinct(LEEFGEBIEDEN, aantal);
        if (rung >= 4 && chance(0.3)) {
            // Put HUISVESTING among the low scores now and then, so S2 (dakloosheid) is common enough.
            gebieden.remove(Leefgebied.HUISVESTING);
            gebieden.add(0, Leefgebied.HUISVESTING);
            if (gebieden.size() > aantal) {
                gebieden.remove(gebieden.size() - 1);
            }
        }
        int laag = switch (rung) {
            case 1 -> 0;
            case 2, 4 -> between(1, Math.min(2, aantal));
            default -> between(3, aantal);
        };
        for (int i = 0; i < gebieden.size(); i++) {
            int score;
            if (i >= laag) {
                score = rung <= 3 ? between(4, 5) : between(3, 5);
            } else if (rung <= 3) {
                score = 3;
            } else {
                score = chance(0.35) ? 1 : 2;
            }
            b.zrm(gebieden.get(i), score);
        }
    }

    /** Housemates of every relatie; children and others are often just below or at the adult age of 18. */
    private void huisgenoten(Aanvraag.Builder b) {
        double r = random.nextDouble();
        int aantal = r < 0.35 ? 0 : r < 0.75 ? 1 : r < 0.92 ? 2 : 3;
        for (int i = 0; i < aantal; i++) {
            Relatie relatie = pick(RELATIES);
            int leeftijd = switch (relatie) {
                case PARTNER -> between(18, 95);
                case OUDER -> between(35, 100);
                case KIND, OVERIG -> chance(0.4) ? between(16, 19) : between(0, 90);
            };
            b.huisgenoot(new Huisgenoot(relatie, leeftijd, chance(0.75), chance(0.2), chance(0.15)));
        }
    }

    private Veiligheid veiligheid() {
        double r = random.nextDouble();
        return r < 0.57 ? Veiligheid.GEEN
                : r < 0.74 ? Veiligheid.ZORGEN
                : r < 0.90 ? Veiligheid.VERMOEDEN_GEWELD
                : Veiligheid.ACUUT_ONVEILIG;
    }

    /**
     * Earlier trajecten; half of them end within a few days of exactly 12 months before the peildatum (the T1
     * boundary), and none ends after the peildatum (the contract refuses that). Sometimes all are maatwerk, so
     * that T2 (repeatedly failed placements) is not rare.
     */
    private void trajecten(Aanvraag.Builder b, LocalDate peildatum) {
        double r = random.nextDouble();
        int aantal = r < 0.5 ? 0 : r < 0.8 ? 1 : r < 0.92 ? 2 : 3;
        boolean alleenMaatwerk = aantal >= 2 && chance(0.4);
        for (int i = 0; i < aantal; i++) {
            Niveau niveau = alleenMaatwerk ? Niveau.SPECIALISTISCH_MAATWERK : pick(TRAJECT_NIVEAUS);
            double u = random.nextDouble();
            Resultaat resultaat = u < 0.3 ? Resultaat.DOEL_BEREIKT : u < 0.65 ? Resultaat.ONVOLDOENDE : Resultaat.AFGEBROKEN;
            b.eerderTraject(new EerderTraject(niveau, resultaat, einddatum(peildatum)));
        }
    }

    private LocalDate einddatum(LocalDate peildatum) {
        double r = random.nextDouble();
        LocalDate einddatum;
        if (r < 0.5) {
            einddatum = peildatum.minusMonths(TERMIJN_MAANDEN).plusDays(between(-3, 3));
        } else if (r < 0.8) {
            einddatum = peildatum.minusMonths(between(0, 11)).minusDays(between(0, 27));
        } else {
            einddatum = peildatum.minusMonths(between(13, 36)).plusDays(between(-15, 15));
        }
        return einddatum.isAfter(peildatum) ? peildatum : einddatum;
    }

    /** {@code n} different values, in random order (a partial Fisher–Yates shuffle). */
    private <T> List<T> distinct(T[] values, int n) {
        T[] copy = values.clone();
        List<T> result = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            int j = between(i, copy.length - 1);
            T chosen = copy[j];
            copy[j] = copy[i];
            copy[i] = chosen;
            result.add(chosen);
        }
        return result;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    private int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
