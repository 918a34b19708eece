// SPDX-License-Identifier: EUPL-1.2
package nl.afweging;

import nl.afweging.model.Aanvraag;
import nl.afweging.model.Advies;

/**
 * Where an engine records every advice before it hands the advice out ({@link Engine.Builder#audit}). The signed,
 * append-only log of the artifact {@code afweging-audit}, {@code nl.afweging.audit.AuditLog}, is the one this project
 * provides; the core only calls it, so an application that keeps no audit log carries none of it.
 */
@FunctionalInterface
public interface AuditTrail {
    /**
     * Records one advice, on disk (or wherever the trail keeps it) before it returns. The engine gives the advice only
     * after this returns; when it throws, the caller gets the exception instead of the advice.
     *
     * @param aanvraag the aanvraag as the engine read it
     * @param advies the advies the engine made of it
     * @throws AuditLogException when the record cannot be written
     */
    void record(Aanvraag aanvraag, Advies advies);
}
