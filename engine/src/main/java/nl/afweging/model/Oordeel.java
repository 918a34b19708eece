// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Het oordeel over één niveau in de route. */
public enum Oordeel { ONTOEREIKEND, PASSEND }
