package nl.afweging.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import nl.afweging.model.Niveau;

/** The Dutch phrases that join the rules' own words into an explanation (teksten.properties). */
final class Teksten {
    private static final Properties TEKSTEN = load();

    private Teksten() {}

    static String tekst(String key, Object... args) {
        String pattern = TEKSTEN.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("Tekst ontbreekt: " + key);
        }
        return new MessageFormat(pattern, Locale.forLanguageTag("nl")).format(args);
    }

    static String niveau(Niveau niveau) {
        return tekst("niveau." + niveau.name());
    }

    static String kort(Niveau niveau) {
        return tekst("kort." + niveau.name());
    }

    private static Properties load() {
        try (InputStream in = Teksten.class.getResourceAsStream("teksten.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
