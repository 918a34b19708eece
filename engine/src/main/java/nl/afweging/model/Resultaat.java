// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Hoe een eerder traject afliep. */
public enum Resultaat { DOEL_BEREIKT, ONVOLDOENDE, AFGEBROKEN }
