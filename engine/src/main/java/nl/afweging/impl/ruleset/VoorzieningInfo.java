// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.math.BigDecimal;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;

/**
 * One catalogue row as loaded: the data a {@code Voorstel} with this code turns into, and the row's niveau, soort,
 * gemeente (null: every gemeente) and whether it is collective, for the simulation's bundling chances. Niveau and soort
 * are null for a catalogue rule written otherwise than as a table row.
 */
public record VoorzieningInfo(String code, String naam, String productcategorie, BigDecimal bedrag, String eenheid,
                              String kostenbron, Niveau niveau, HulpvraagSoort soort, String gemeente, boolean collectief) {}
