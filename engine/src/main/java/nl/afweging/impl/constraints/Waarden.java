// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only these constants of the enum are allowed here (an earlier traject was never at {@code NORMALISATIE}).
 * Without it, every constant is. They are named in the enum's order in the problem and the schema.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface Waarden {
    /**
     * Constant names of the enum.
     *
     * @return the names of the allowed constants
     */
    String[] value();
}
