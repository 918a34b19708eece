// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

import java.math.BigDecimal;

/** A reference price from the catalogue: a referentiekader for policy, never a reason for a level. */
public record Kostenindicatie(BigDecimal bedrag, String eenheid, String bron) {}
