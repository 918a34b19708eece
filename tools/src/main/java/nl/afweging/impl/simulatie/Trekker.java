// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.simulatie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Duur;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.Hulpvraag;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Netwerk;
import nl.afweging.model.Niveau;
import nl.afweging.model.Persoon;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/**
 * Draws aanvraag number {@code i} of a population. Each one has its own random stream, seeded from the seed and
 * {@code i} alone: the output does not depend on the order of drawing, so blocks can be drawn on any number of
 * threads and still give the same bytes. Every figure here is in docs/populatie.md, with its source.
 */
public final class Trekker {
    /** The first day of the rule set's first version: no peildatum before it. */
    public static final LocalDate EERSTE_PEILDATUM = LocalDate.of(2026, 1, 1);
    /** Without a fixed peildatum: every day of 2026, equally likely. */
    static final int DAGEN_2026 = 365;
    /** An eerder traject ended 1 to this many days before the peildatum (three years). */
    static final int TRAJECT_DAGEN = 3 * 365;

    // Wet: about 1.1 million Wmo clients and 0.45 million young people with jeugdhulp (CBS, 2023): 30 % Jeugdwet.
    static final int JEUGDWET_PROMILLE = 300;

    static final Keuze<int[]> WMO_LEEFTIJD = Keuze.van(
            new int[] {18, 44}, 120, new int[] {45, 64}, 180, new int[] {65, 74}, 150,
            new int[] {75, 84}, 270, new int[] {85, 100}, 280);
    static final Keuze<int[]> JEUGD_LEEFTIJD = Keuze.van(
            new int[] {0, 3}, 70, new int[] {4, 11}, 400, new int[] {12, 17}, 450, new int[] {18, 22}, 80);

    static final Keuze<HulpvraagSoort> WMO_SOORT = Keuze.van(
            HulpvraagSoort.HUISHOUDEN, 400, HulpvraagSoort.BEGELEIDING, 150, HulpvraagSoort.VERVOER, 120,
            HulpvraagSoort.WONINGAANPASSING, 100, HulpvraagSoort.PERSOONLIJKE_VERZORGING, 50,
            HulpvraagSoort.DAGBESTEDING, 50, HulpvraagSoort.PSYCHISCH, 40, HulpvraagSoort.FINANCIEN, 40,
            HulpvraagSoort.HUISVESTING, 30, HulpvraagSoort.WERK_INKOMEN, 20);
    static final Keuze<HulpvraagSoort> JEUGD_SOORT = Keuze.van(
            HulpvraagSoort.OPVOEDEN_OPGROEIEN, 400, HulpvraagSoort.PSYCHISCH, 250, HulpvraagSoort.BEGELEIDING, 150,
            HulpvraagSoort.SCHOOL, 100, HulpvraagSoort.DAGBESTEDING, 30, HulpvraagSoort.PERSOONLIJKE_VERZORGING, 30,
            HulpvraagSoort.HUISVESTING, 20, HulpvraagSoort.FINANCIEN, 20);
    static final Keuze<Integer> AANTAL_SOORTEN = Keuze.van(1, 600, 2, 280, 3, 120);
    static final int KORT_PROMILLE = 200;

    static final int ZONDER_ZRM_PROMILLE = 80;
    /** How many leefgebieden are scored when there is a ZRM: 5 to 13, equally likely. */
    static final int ZRM_MINSTENS = 5;
    static final Keuze<Zwaarte> ZWAARTE = Keuze.van(Zwaarte.LICHT, 400, Zwaarte.MIDDEN, 350, Zwaarte.ZWAAR, 250);

    static final int WMO_ALLEEN_PROMILLE = 450;
    static final int WMO_PARTNER_PROMILLE = 400;
    static final int EENOUDER_PROMILLE = 250;

    static final int NETWERK_PROMILLE = 500;
    static final int MANTELZORGER_OVERBELAST_PROMILLE = 100;

    static final Keuze<Veiligheid> WMO_VEILIGHEID = Keuze.van(Veiligheid.GEEN, 850, Veiligheid.ZORGEN, 90,
            Veiligheid.VERMOEDEN_GEWELD, 45, Veiligheid.ACUUT_ONVEILIG, 15);
    static final Keuze<Veiligheid> JEUGD_VEILIGHEID = Keuze.van(Veiligheid.GEEN, 750, Veiligheid.ZORGEN, 150,
            Veiligheid.VERMOEDEN_GEWELD, 70, Veiligheid.ACUUT_ONVEILIG, 30);
    static final int HULP_GEACCEPTEERD_PROMILLE = 950;

    static final Keuze<Wlz> WLZ_75_PLUS = Keuze.van(Wlz.GEEN, 900, Wlz.VERMOEDEN, 80, Wlz.INDICATIE, 20);
    static final Keuze<Wlz> WLZ_WMO = Keuze.van(Wlz.GEEN, 960, Wlz.VERMOEDEN, 30, Wlz.INDICATIE, 10);
    static final Keuze<Wlz> WLZ_JEUGD = Keuze.van(Wlz.GEEN, 985, Wlz.VERMOEDEN, 10, Wlz.INDICATIE, 5);
    static final int WMO_ZVW_PROMILLE = 120;
    static final int JEUGD_ZVW_PROMILLE = 50;

    static final Keuze<Verwijzer> WMO_VERWIJZER = Keuze.van(Verwijzer.GEEN, 920, Verwijzer.HUISARTS, 60,
            Verwijzer.MEDISCH_SPECIALIST, 20);
    static final Keuze<Verwijzer> JEUGD_VERWIJZER = Keuze.van(Verwijzer.GEEN, 450, Verwijzer.HUISARTS, 380,
            Verwijzer.MEDISCH_SPECIALIST, 60, Verwijzer.JEUGDARTS, 30, Verwijzer.GECERTIFICEERDE_INSTELLING, 70,
            Verwijzer.RECHTER, 10);

    static final Keuze<Integer> AANTAL_TRAJECTEN = Keuze.van(0, 650, 1, 250, 2, 80, 3, 20);
    static final Keuze<Niveau> TRAJECT_NIVEAU = Keuze.van(Niveau.SOCIALE_BASIS, 400, Niveau.LOKAAL_TEAM, 400,
            Niveau.SPECIALISTISCH_MAATWERK, 200);
    static final Keuze<Resultaat> TRAJECT_RESULTAAT = Keuze.van(Resultaat.DOEL_BEREIKT, 400,
            Resultaat.ONVOLDOENDE, 400, Resultaat.AFGEBROKEN, 200);

    private static final Leefgebied[] LEEFGEBIEDEN = Leefgebied.values();

    /** How far the ZRM profile is from self-reliance; see docs/populatie.md. */
    enum Zwaarte { LICHT, MIDDEN, ZWAAR }

    private final long zaad;
    private final String idVoorvoegsel;
    private final String[] gemeenten;
    private final String[][] wijken;
    private final LocalDate peildatum;

    /** {@code peildatum} null: a day of 2026 per aanvraag. */
    public Trekker(long zaad, List<String> gemeenten, LocalDate peildatum) {
        this.zaad = zaad;
        // The seed in the id keeps two populations' ids apart; the letter keeps an id from ever looking like a BSN.
        this.idVoorvoegsel = "G" + zaad + "-";
        this.gemeenten = gemeenten.toArray(String[]::new);
        this.wijken = new String[this.gemeenten.length][];
        for (int g = 0; g < this.gemeenten.length; g++) {
            int n = Gemeenten.wijken(this.gemeenten[g]);
            wijken[g] = new String[n];
            for (int w = 0; w < n; w++) {
                wijken[g][w] = "WK" + this.gemeenten[g] + (w < 10 ? "0" : "") + w;
            }
        }
        this.peildatum = peildatum;
    }

    /** Aanvraag number {@code i} (from 0): always the same for the same seed, options and {@code i}. */
    public Aanvraag trek(long i) {
        SplittableRandom r = new SplittableRandom(meng(zaad, i));
        LocalDate dag = peildatum != null ? peildatum : EERSTE_PEILDATUM.plusDays(r.nextInt(DAGEN_2026));
        int g = r.nextInt(gemeenten.length);
        String wijk = wijken[g][r.nextInt(wijken[g].length)];
        boolean jeugd = kans(r, JEUGDWET_PROMILLE);
        Wet wet = jeugd ? Wet.JEUGDWET : Wet.WMO;
        int[] band = (jeugd ? JEUGD_LEEFTIJD : WMO_LEEFTIJD).trek(r);
        int leeftijd = tussen(r, band[0], band[1]);

        Hulpvraag hulpvraag = new Hulpvraag(soorten(r, jeugd ? JEUGD_SOORT : WMO_SOORT),
                kans(r, KORT_PROMILLE) ? Duur.KORT : Duur.LANG, null);
        Map<Leefgebied, Integer> zrm = zrm(r);
        List<Huisgenoot> huisgenoten = jeugd ? gezin(r, leeftijd) : huishouden(r, leeftijd);
        Netwerk netwerk = new Netwerk(kans(r, NETWERK_PROMILLE), kans(r, MANTELZORGER_OVERBELAST_PROMILLE));
        Veiligheid veiligheid = (jeugd ? JEUGD_VEILIGHEID : WMO_VEILIGHEID).trek(r);
        boolean geaccepteerd = kans(r, HULP_GEACCEPTEERD_PROMILLE);
        Wlz wlz = (jeugd ? WLZ_JEUGD : leeftijd >= 75 ? WLZ_75_PLUS : WLZ_WMO).trek(r);
        boolean zvw = kans(r, jeugd ? JEUGD_ZVW_PROMILLE : WMO_ZVW_PROMILLE);
        Verwijzer verwijzer = (jeugd ? JEUGD_VERWIJZER : WMO_VERWIJZER).trek(r);
        List<EerderTraject> trajecten = trajecten(r, dag);

        return new Aanvraag(idVoorvoegsel + (i + 1), dag, gemeenten[g], wijk, wet, new Persoon(leeftijd), hulpvraag,
                zrm, huisgenoten, netwerk, veiligheid, geaccepteerd, wlz, zvw, verwijzer, trajecten);
    }

    /** 1 to 3 different soorten; the first is the main one. */
    private static List<HulpvraagSoort> soorten(SplittableRandom r, Keuze<HulpvraagSoort> keuze) {
        int aantal = AANTAL_SOORTEN.trek(r);
        List<HulpvraagSoort> soorten = new ArrayList<>(aantal);
        while (soorten.size() < aantal) {
            HulpvraagSoort soort = keuze.trek(r);
            if (!soorten.contains(soort)) {
                soorten.add(soort);
            }
        }
        return soorten;
    }

    /**
     * No ZRM, or 5 to 13 leefgebieden: LICHT scores them all 4 or 5; MIDDEN scores 1 to 4 of them 3;
     * ZWAAR as MIDDEN and 1 to 4 more 2 or (one in four) 1.
     */
    private static Map<Leefgebied, Integer> zrm(SplittableRandom r) {
        if (kans(r, ZONDER_ZRM_PROMILLE)) {
            return Map.of();
        }
        int aantal = tussen(r, ZRM_MINSTENS, LEEFGEBIEDEN.length);
        Leefgebied[] gebieden = LEEFGEBIEDEN.clone();
        for (int i = 0; i < aantal; i++) {
            int j = tussen(r, i, gebieden.length - 1);
            Leefgebied g = gebieden[j];
            gebieden[j] = gebieden[i];
            gebieden[i] = g;
        }
        Zwaarte zwaarte = ZWAARTE.trek(r);
        int laag = zwaarte == Zwaarte.ZWAAR ? tussen(r, 1, 4) : 0;
        int drie = zwaarte == Zwaarte.LICHT ? 0 : tussen(r, 1, 4);
        Map<Leefgebied, Integer> zrm = new EnumMap<>(Leefgebied.class);
        for (int i = 0; i < aantal; i++) {
            int score;
            if (i < laag) {
                score = kans(r, 250) ? 1 : 2;
            } else if (i < laag + drie) {
                score = 3;
            } else {
                score = kans(r, 600) ? 4 : 5;
            }
            zrm.put(gebieden[i], score);
        }
        return zrm;
    }

    /** Wmo: alone, with a partner of about the same age, or with a partner and a grown-up child or other. */
    private static List<Huisgenoot> huishouden(SplittableRandom r, int leeftijd) {
        int u = r.nextInt(1000);
        if (u < WMO_ALLEEN_PROMILLE) {
            return List.of();
        }
        List<Huisgenoot> huisgenoten = new ArrayList<>(2);
        huisgenoten.add(new Huisgenoot(Relatie.PARTNER, Math.max(18, Math.min(120, leeftijd + tussen(r, -5, 5))),
                kans(r, 700), kans(r, 150), kans(r, leeftijd >= 75 ? 350 : 100)));
        if (u >= WMO_ALLEEN_PROMILLE + WMO_PARTNER_PROMILLE) {
            huisgenoten.add(new Huisgenoot(kans(r, 700) ? Relatie.KIND : Relatie.OVERIG, tussen(r, 18, 60),
                    kans(r, 600), kans(r, 150), kans(r, 100)));
        }
        return huisgenoten;
    }

    /** Jeugdwet: one or two parents (20 to 45 years older) and 0 to 3 brothers or sisters. */
    private static List<Huisgenoot> gezin(SplittableRandom r, int leeftijd) {
        int ouders = kans(r, EENOUDER_PROMILLE) ? 1 : 2;
        int kinderen = tussen(r, 0, 3);
        List<Huisgenoot> gezin = new ArrayList<>(ouders + kinderen);
        for (int o = 0; o < ouders; o++) {
            gezin.add(new Huisgenoot(Relatie.OUDER, leeftijd + tussen(r, 20, 45), kans(r, 850), kans(r, 250), kans(r, 50)));
        }
        for (int k = 0; k < kinderen; k++) {
            gezin.add(new Huisgenoot(Relatie.KIND, tussen(r, 0, 25), kans(r, 300), false, kans(r, 100)));
        }
        return gezin;
    }

    /** 0 to 3 earlier trajecten, each ended 1 to 1,095 days before the peildatum. */
    private static List<EerderTraject> trajecten(SplittableRandom r, LocalDate dag) {
        int aantal = AANTAL_TRAJECTEN.trek(r);
        if (aantal == 0) {
            return List.of();
        }
        List<EerderTraject> trajecten = new ArrayList<>(aantal);
        for (int t = 0; t < aantal; t++) {
            trajecten.add(new EerderTraject(TRAJECT_NIVEAU.trek(r), TRAJECT_RESULTAAT.trek(r),
                    dag.minusDays(tussen(r, 1, TRAJECT_DAGEN))));
        }
        return trajecten;
    }

    /**
     * The seed of one aanvraag's stream: seed and index mixed (Stafford's variant 13, as SplittableRandom uses),
     * so that neighbouring indexes and neighbouring seeds give unrelated streams.
     */
    static long meng(long zaad, long i) {
        long z = zaad * 0x9E3779B97F4A7C15L + i;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static boolean kans(SplittableRandom r, int promille) {
        return r.nextInt(1000) < promille;
    }

    private static int tussen(SplittableRandom r, int laag, int hoog) {
        return laag + r.nextInt(hoog - laag + 1);
    }
}
