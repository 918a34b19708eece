// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text of at most {@code max} characters. A problem with it names only its length, never its content; the
 * engine never logs it, never puts it in an advies and never writes it to an audit record. The published schema
 * also allows {@code null} for it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface VrijeTekst {
    /**
     * The most characters allowed.
     *
     * @return the most characters
     */
    int max();
}
