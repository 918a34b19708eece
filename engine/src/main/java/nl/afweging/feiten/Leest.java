// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.feiten;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The contract paths of the aanvraag this member of a fact gives to the rules: {@code @Leest("persoon.leeftijd")}
 * on {@link Casus#getLeeftijd()}. From it the engine knows which fields a rule that uses the member has read, for
 * the advies's {@code gelezen}; a test holds every field of the aanvraag to be read by some member or marked as not
 * for rules ({@code @NietVoorRegels}), and every path named here to exist.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Leest {
    /**
     * Paths as the declaration on the model records gives them: {@code netwerk.beschikbaar}, {@code zrm}.
     *
     * @return the contract paths
     */
    String[] value();
}
