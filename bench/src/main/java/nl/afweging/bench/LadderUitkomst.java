// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.bench;

import nl.afweging.model.Niveau;

/** What one ZRM ladder evaluation gives: the basisniveau and the id of the rung (L0–L5) that gave it. */
public record LadderUitkomst(Niveau basisniveau, String regelId) {}
