// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.model.Niveau;

/**
 * The Dutch phrases that join the rules' own words into an explanation (teksten.properties). Every phrase
 * is read and split into its parts once: building an advies fills in dozens of them, so parsing a pattern
 * per call (as {@code MessageFormat} does) was a measurable share of each advice.
 */
final class Phrases {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<String, Zin> ZINNEN = load();
    private static final Map<Niveau, String> NIVEAU = perNiveau("niveau.");
    private static final Map<Niveau, String> KORT = perNiveau("kort.");

    private Phrases() {}

    /** The phrase {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments' text. */
    static String tekst(String key, Object... args) {
        Zin zin = ZINNEN.get(key);
        if (zin == null) {
            throw new IllegalStateException("Tekst ontbreekt: " + key);
        }
        return zin.vul(args);
    }

    static String niveau(Niveau niveau) {
        return NIVEAU.get(niveau);
    }

    static String kort(Niveau niveau) {
        return KORT.get(niveau);
    }

    /** A phrase as literal parts with argument numbers between them: parts[0] {args[0]} parts[1] ... */
    private record Zin(List<String> delen, int[] argumenten) {
        String vul(Object[] args) {
            StringBuilder s = new StringBuilder(96);
            for (int i = 0; i < argumenten.length; i++) {
                s.append(delen.get(i)).append(args[argumenten[i]]);
            }
            return s.append(delen.get(argumenten.length)).toString();
        }

        static Zin parse(String key, String pattern) {
            List<String> delen = new ArrayList<>();
            List<Integer> argumenten = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(pattern);
            int at = 0;
            while (m.find()) {
                delen.add(pattern.substring(at, m.start()));
                argumenten.add(Integer.parseInt(m.group(1)));
                at = m.end();
            }
            delen.add(pattern.substring(at));
            if (delen.stream().anyMatch(d -> d.indexOf('{') >= 0 || d.indexOf('}') >= 0)) {
                throw new IllegalStateException("Tekst " + key + " heeft een accolade die geen {0}..{9} is: " + pattern);
            }
            return new Zin(List.copyOf(delen), argumenten.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static Map<String, Zin> load() {
        try (InputStream in = Phrases.class.getResourceAsStream("teksten.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Zin> zinnen = new HashMap<>();
            for (String key : p.stringPropertyNames()) {
                zinnen.put(key, Zin.parse(key, p.getProperty(key)));
            }
            return Map.copyOf(zinnen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Niveau, String> perNiveau(String prefix) {
        Map<Niveau, String> teksten = new EnumMap<>(Niveau.class);
        for (Niveau n : Niveau.values()) {
            teksten.put(n, tekst(prefix + n.name()));
        }
        return teksten;
    }
}
