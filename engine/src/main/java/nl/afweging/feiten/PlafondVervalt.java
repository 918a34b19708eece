// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A finding: no {@link Plafond} applies to this case (acute danger outweighs, e.g., the Wlz cap). */
public final class PlafondVervalt {}
