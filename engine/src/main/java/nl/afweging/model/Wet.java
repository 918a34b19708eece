// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** De wet waaronder de hulpvraag valt. */
public enum Wet {
    /** Wet maatschappelijke ondersteuning 2015. */
    WMO,
    /** Jeugdwet. */
    JEUGDWET
}
