// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Het oordeel over één niveau in de route. */
public enum Oordeel {
    /** This level is not enough for the aanvraag. */
    ONTOEREIKEND,
    /** The lowest level that is enough: the advice. */
    PASSEND
}
