// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A whole number from {@code van} up to and including {@code totEnMet}. Every {@code int} of the aanvraag has one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Geheel {
    /**
     * The lowest value allowed.
     *
     * @return the lowest value
     */
    int van();

    /**
     * The highest value allowed.
     *
     * @return the highest value
     */
    int totEnMet();
}
