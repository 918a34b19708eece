// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.model;

/** Het sociale netwerk van de aanvrager, mantelzorg inbegrepen. */
public record Netwerk(boolean beschikbaar, boolean mantelzorgerOverbelast) {
    /** No network available, and no overloaded mantelzorger: the default. */
    public static final Netwerk GEEN = new Netwerk(false, false);
}
