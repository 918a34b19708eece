// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text that matches a regular expression as a whole, such as a code or an id. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Patroon {
    /**
     * The expression the whole text must match, without {@code ^} and {@code $}; the schema's {@code pattern}
     * is this between {@code ^} and {@code $}. Write digits as {@code [0-9]}: the same in Java and JSON Schema.
     *
     * @return the regular expression
     */
    String regex();

    /**
     * What is allowed, in words, as an invalid aanvraag's problem says it: "een CBS-gemeentecode van 4 cijfers".
     *
     * @return what is allowed, in words
     */
    String toegestaan();
}
