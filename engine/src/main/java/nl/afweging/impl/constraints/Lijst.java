// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a list must hold beyond its elements' own shape. Without it a list may be empty and repeat itself.
 * <pre>{@code @Lijst(minstens = 1, uniek = true, element = "soort") List<HulpvraagSoort> soorten}</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Lijst {
    /**
     * The fewest elements: 0 or 1.
     *
     * @return the fewest elements
     */
    int minstens() default 0;

    /**
     * The most elements; the schema's {@code maxItems}. Without it the list is bounded only by the size of an
     * aanvraag (and a list with {@code uniek} by its number of constants).
     *
     * @return the most elements
     */
    int maximaal() default Integer.MAX_VALUE;

    /**
     * No element twice; only for a list of enum constants.
     *
     * @return whether every element must differ
     */
    boolean uniek() default false;

    /**
     * One element in words, for the problems ("minstens één soort", "elke soort één keer"); needed with the other two.
     *
     * @return one element in words
     */
    String element() default "";

    /**
     * More than one element in words, for a list that is too long ("hoogstens 25 huisgenoten"); needed with {@code
     * maximaal}.
     *
     * @return several elements in words
     */
    String elementen() default "";
}
