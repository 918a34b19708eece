// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Hoe een eerder traject afliep. */
public enum Resultaat {
    /** The goal was reached. */
    DOEL_BEREIKT,
    /** The result was not enough. */
    ONVOLDOENDE,
    /** The traject was broken off. */
    AFGEBROKEN
}
