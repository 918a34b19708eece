// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Hoe een huisgenoot tot de aanvrager staat. */
public enum Relatie { PARTNER, OUDER, KIND, OVERIG }
