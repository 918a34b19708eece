// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

/** A finding: the case is urgent (Wmo 2.3.3). Step-down rules check {@code not Spoed()}. */
public final class Spoed {}
