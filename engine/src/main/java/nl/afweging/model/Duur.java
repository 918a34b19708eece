// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Hoe lang de hulp naar verwachting nodig is: KORT is korter dan drie maanden. */
public enum Duur { KORT, LANG }
