// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date that may not lie after another date of the aanvraag: {@code @NietNa("peildatum")} on the einddatum of an
 * earlier traject. JSON Schema cannot compare two fields, so only the engine checks this.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface NietNa {
    /**
     * The name of a date field of the aanvraag itself, declared before the field that holds this date.
     *
     * @return the name of the date field
     */
    String value();
}
