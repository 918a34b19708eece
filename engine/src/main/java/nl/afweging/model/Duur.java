// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Hoe lang de hulp naar verwachting nodig is: KORT is korter dan drie maanden. */
public enum Duur {
    /** Shorter than three months. */
    KORT,
    /** Three months or longer; the default. */
    LANG
}
