// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Niveau;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/**
 * The default afwegingskader (version 2026.1) written by hand in plain Java, straight from the policy text
 * ({@code shared/afwegingskader.md}), not from the rule files. It is the benchmark's physical limit (no rule
 * engine, no explanation) and an independent oracle for the engine: it must fire the same rule ids.
 */
public final class HandCodedKader {
    // The spec's default parameters. The library reads them from rules/parameters.drl.csv; this oracle is
    // benchmark and test code and restates them on purpose, so a changed table shows up as a difference.
    static final int MEERVOUDIG_VANAF = 3;
    static final int ERNSTIG_MEERVOUDIG_VANAF = 3;
    static final int TRAJECT_TERMIJN_MAANDEN = 12;
    static final int MISLUKTE_MAATWERK_TRAJECTEN = 2;
    static final int VOLWASSEN_VANAF = 18;

    public Uitkomst advise(Aanvraag aanvraag) {
        FiringTrace v = new FiringTrace();
        Map<Leefgebied, Integer> zrm = aanvraag.zrm();
        Veiligheid veiligheid = aanvraag.veiligheid();

        LadderInput profiel = LadderInput.of(zrm);
        LadderUitkomst ladder = HandCodedLadder.evaluate(profiel);
        v.fire(ladder.regelId());
        if (ladder.regelId().equals("L0")) {
            v.aandachtspunt("ZRM_ONTBREEKT");
        }
        if (profiel.k3() >= MEERVOUDIG_VANAF) {
            v.fire("L6");
            v.aandachtspunt("EEN_GEZIN_EEN_PLAN");
        }

        boolean v1 = veiligheid == Veiligheid.ACUUT_ONVEILIG;
        boolean s1 = zrm.containsValue(1);
        boolean s2 = zrm.getOrDefault(Leefgebied.HUISVESTING, 0) == 1;
        boolean spoed = v1 || s1 || s2;

        // Step-downs act on the basisniveau only, and only without spoed and without (suspected) violence.
        Niveau basis = ladder.basisniveau();
        boolean stapOmlaagMag = !spoed && (veiligheid == Veiligheid.GEEN || veiligheid == Veiligheid.ZORGEN);
        if (stapOmlaagMag && gebruikelijkeHulp(aanvraag)) {
            v.fire("E1");
            basis = Niveau.NORMALISATIE;
        }
        if (stapOmlaagMag && basis == Niveau.SOCIALE_BASIS
                && aanvraag.netwerk().beschikbaar() && !aanvraag.netwerk().mantelzorgerOverbelast()) {
            v.fire("E2");
            basis = Niveau.NORMALISATIE;
        }
        v.niveau = basis;

        if (v1) {
            v.floor("V1", Niveau.SPECIALISTISCH_MAATWERK);
            v.verwijzing("VEILIG_THUIS");
            v.aandachtspunt("MELDCODE");
        }
        if (veiligheid == Veiligheid.VERMOEDEN_GEWELD && !aanvraag.hulpGeaccepteerd()) {
            v.floor("V2", Niveau.LOKAAL_TEAM);
            v.verwijzing("VEILIG_THUIS");
            v.aandachtspunt("MELDCODE");
        }
        if (veiligheid == Veiligheid.VERMOEDEN_GEWELD && aanvraag.hulpGeaccepteerd()) {
            v.floor("V3", Niveau.LOKAAL_TEAM);
            v.aandachtspunt("MELDCODE");
        }
        if (veiligheid == Veiligheid.ZORGEN) {
            v.fire("V4");
            v.aandachtspunt("VEILIGHEID_VOLGEN");
        }
        if (s1) {
            v.floor("S1", Niveau.LOKAAL_TEAM);
        }
        if (s2) {
            v.floor("S2", Niveau.SPECIALISTISCH_MAATWERK);
        }
        boolean w1 = aanvraag.wlz() == Wlz.INDICATIE;
        if (w1) {
            v.fire("W1");
            v.verwijzing("WLZ");
        }
        if (aanvraag.wlz() == Wlz.VERMOEDEN) {
            v.fire("W2");
            v.verwijzing("WLZ");
            v.aandachtspunt("WLZ_AANVRAAG");
        }
        if (aanvraag.zvwAanspraak()) {
            v.fire("Z1");
            v.verwijzing("ZVW");
            v.aandachtspunt("AFSTEMMING_ZVW");
        }
        if (aanvraag.netwerk().mantelzorgerOverbelast()) {
            v.floor("E3", Niveau.SOCIALE_BASIS);
            v.aandachtspunt("MANTELZORGONDERSTEUNING");
        }
        trajecten(aanvraag, v);
        jeugdwetVerwijzer(aanvraag, v);
        if (aanvraag.hulpvraag().soorten().contains(HulpvraagSoort.WONINGAANPASSING)) {
            v.floor("K1", Niveau.SPECIALISTISCH_MAATWERK);
        }

        // The Wlz cap: the Wlz comes first, unless the situation is acutely unsafe.
        if (w1 && !v1) {
            v.niveau = Niveau.min(v.niveau, Niveau.SOCIALE_BASIS);
        }
        return new Uitkomst(v.niveau, spoed, v.verwijzingen(), v.aandachtspunten(), v.regels);
    }

    /** E1: only HUISHOUDEN under the Wmo, and an adult housemate who can help (gebruikelijke hulp). */
    private static boolean gebruikelijkeHulp(Aanvraag aanvraag) {
        if (aanvraag.wet() != Wet.WMO) {
            return false;
        }
        for (HulpvraagSoort soort : aanvraag.hulpvraag().soorten()) {
            if (soort != HulpvraagSoort.HUISHOUDEN) {
                return false;
            }
        }
        for (Huisgenoot h : aanvraag.huisgenoten()) {
            boolean volwassenRelatie = h.relatie() == Relatie.PARTNER || h.relatie() == Relatie.OUDER
                    || h.leeftijd() >= VOLWASSEN_VANAF;
            if (volwassenRelatie && h.beschikbaar() && !h.overbelast() && !h.beperking()) {
                return true;
            }
        }
        return false;
    }

    /** T1 (a recently failed lower level was tried: floor one above it) and T2 (repeatedly failed maatwerk). */
    private static void trajecten(Aanvraag aanvraag, FiringTrace v) {
        LocalDate termijnBegin = aanvraag.peildatum().minusMonths(TRAJECT_TERMIJN_MAANDEN);
        int mislukteMaatwerk = 0;
        for (EerderTraject t : aanvraag.eerdereTrajecten()) {
            if (t.resultaat() == Resultaat.DOEL_BEREIKT) {
                continue;
            }
            // "Within 12 months before the peildatum" includes the day exactly 12 months back.
            if (!t.einddatum().isBefore(termijnBegin)) {
                v.floor("T1", t.niveau().hoger());
            }
            if (t.niveau() == Niveau.SPECIALISTISCH_MAATWERK) {
                mislukteMaatwerk++;
            }
        }
        if (mislukteMaatwerk >= MISLUKTE_MAATWERK_TRAJECTEN) {
            v.fire("T2");
            v.aandachtspunt("CASUISTIEKBESPREKING");
        }
    }

    /** J1 (a legal referral to jeugdhulp) and J2 (jeugdbescherming / jeugdreclassering). */
    private static void jeugdwetVerwijzer(Aanvraag aanvraag, FiringTrace v) {
        if (aanvraag.wet() != Wet.JEUGDWET) {
            return;
        }
        Verwijzer verwijzer = aanvraag.verwijzer();
        if (verwijzer == Verwijzer.HUISARTS || verwijzer == Verwijzer.MEDISCH_SPECIALIST
                || verwijzer == Verwijzer.JEUGDARTS) {
            v.floor("J1", Niveau.LOKAAL_TEAM);
            v.aandachtspunt("WETTELIJKE_VERWIJZING");
        }
        if (verwijzer == Verwijzer.GECERTIFICEERDE_INSTELLING || verwijzer == Verwijzer.RECHTER) {
            v.floor("J2", Niveau.SPECIALISTISCH_MAATWERK);
        }
    }

    /** The findings collected while the rules are applied; sorted sets keep the output canonical. */
    private static final class FiringTrace {
        Niveau niveau;
        final TreeSet<String> regels = new TreeSet<>();
        private final TreeSet<String> verwijzingen = new TreeSet<>();
        private final TreeSet<String> aandachtspunten = new TreeSet<>();

        void fire(String id) { regels.add(id); }

        /** A floor fires even when the level is already higher: the auditor must see every consideration. */
        void floor(String id, Niveau minimum) {
            regels.add(id);
            niveau = Niveau.max(niveau, minimum);
        }

        void verwijzing(String code) { verwijzingen.add(code); }

        void aandachtspunt(String code) { aandachtspunten.add(code); }

        List<String> verwijzingen() { return List.copyOf(verwijzingen); }

        List<String> aandachtspunten() { return List.copyOf(aandachtspunten); }
    }
}
