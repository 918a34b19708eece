// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that may not look like a burgerservicenummer: 8 or 9 digits that pass the elfproef are refused ("lijkt
 * op een BSN; gebruik een pseudoniem"), whatever else its {@link Patroon} allows. Other digit strings stay allowed:
 * the guard stops a BSN typed where a pseudonym belongs, it does not prove that a text is no personal data.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE_USE)
public @interface GeenBsn {}
