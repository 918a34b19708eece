// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No rule reads this field (or anything inside it), on purpose. Every other field of the aanvraag is read by
 * some member of a fact in {@code nl.afweging.feiten} (marked {@code @Leest}); a test holds each field to one
 * of the two, so a new field cannot be forgotten by the rules without anyone deciding so.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NietVoorRegels {
    /**
     * Why no rule may or needs to read it.
     *
     * @return the reason
     */
    String value();
}
