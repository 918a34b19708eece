// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What {@code engine.properties} says of this build: the engine's version and the Drools it was built with. */
public final class EngineBuild {
    private static final Properties PROPERTIES = read();

    private EngineBuild() {}

    /** The version every advies reports as {@code engineVersie}. */
    public static String versie() {
        return PROPERTIES.getProperty("versie");
    }

    public static String droolsVersie() {
        return PROPERTIES.getProperty("drools", "?");
    }

    private static Properties read() {
        try (InputStream in = EngineBuild.class.getResourceAsStream("/nl/afweging/engine.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
