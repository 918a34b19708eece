// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import nl.afweging.model.Niveau;

/** The ZRM ladder (L0–L5 of the afwegingskader) in plain Java: the limit for the ladder benchmarks. */
public final class HandCodedLadder {
    private static final LadderUitkomst L0 = new LadderUitkomst(Niveau.LOKAAL_TEAM, "L0");
    private static final LadderUitkomst L1 = new LadderUitkomst(Niveau.NORMALISATIE, "L1");
    private static final LadderUitkomst L2 = new LadderUitkomst(Niveau.SOCIALE_BASIS, "L2");
    private static final LadderUitkomst L3 = new LadderUitkomst(Niveau.LOKAAL_TEAM, "L3");
    private static final LadderUitkomst L4 = new LadderUitkomst(Niveau.LOKAAL_TEAM, "L4");
    private static final LadderUitkomst L5 = new LadderUitkomst(Niveau.SPECIALISTISCH_MAATWERK, "L5");

    private HandCodedLadder() {}

    public static LadderUitkomst evaluate(LadderInput in) {
        if (!in.heeftScores()) {
            return L0;
        }
        if (in.m() >= 4) {
            return L1;
        }
        if (in.m() == 3) {
            return in.k3() < HandCodedKader.MEERVOUDIG_VANAF ? L2 : L3;
        }
        return in.k2() < HandCodedKader.ERNSTIG_MEERVOUDIG_VANAF ? L4 : L5;
    }
}
