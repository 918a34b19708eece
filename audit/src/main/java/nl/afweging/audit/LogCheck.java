// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.function.LongConsumer;
import nl.afweging.AuditLogException;
import nl.afweging.impl.audit.ChainCheck;

/**
 * Reading a whole log once, in order, checking its chain (and an anchor, when given): what {@link Verification},
 * {@link Anker} and {@link Overzicht} share.
 */
final class LogCheck {
    private LogCheck() {}

    record Checked(Verification verification, ChainCheck.Result result) {}

    static Checked check(Path file, PublicKey key, Anker anker, LongConsumer progress, ChainCheck.Listener listener) {
        ChainCheck.Result r;
        try {
            r = ChainCheck.run(file, key, anker == null ? 0 : anker.volgnummer(), progress, listener);
        } catch (IOException | RuntimeException e) {
            throw new AuditLogException(file + ": kan het log niet lezen: " + e.getMessage());
        }
        Verification v = new Verification(r.intact(), r.firstBroken(), r.problem(), r.lastHash(), r.unsigned(), r.signaturesChecked(), r.tornTail());
        if (anker != null && v.isIntact()) {
            if (r.intact() < anker.volgnummer()) {
                v = new Verification(r.intact(), r.intact() + 1, "het log is ingekort: het anker noemt record " + anker.volgnummer()
                        + " (" + anker.hash() + "), maar het log heeft er " + r.intact(), r.lastHash(), r.unsigned(), r.signaturesChecked(), false);
            } else if (!anker.hash().equals(r.anchorHash()) || (anker.handtekening() != null && !anker.handtekening().equals(r.anchorSignature()))) {
                v = new Verification(anker.volgnummer() - 1, anker.volgnummer(), "dit is niet het record van het anker (verwacht hash "
                        + anker.hash() + "): het log is na het anker herschreven", null, r.unsigned(), r.signaturesChecked(), false);
            }
        }
        return new Checked(v, r);
    }
}
