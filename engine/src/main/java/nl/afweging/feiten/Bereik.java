// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a whole-number property of a fact can take where it matters (a ZRM score is 1 to 5). Rules do not
 * need it; {@code ./afweging validate} uses it to check a decision table over exactly these values, so a
 * table that stops at 5 is not reported as having a gap at 6.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Bereik {
    /**
     * The lowest value that matters.
     *
     * @return the lowest value
     */
    int van();

    /**
     * The highest value that matters.
     *
     * @return the highest value
     */
    int totEnMet();
}
