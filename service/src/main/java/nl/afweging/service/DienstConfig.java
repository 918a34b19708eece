// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service's configuration file (JSON), read strictly: an unknown member, a key hash that is not one, a role that
 * does not exist are all reported together, and a file with any problem is not used. Keys and limits are read again
 * when the file changes ({@link ConfigBestand}); address, CORS and TLS only at start.
 *
 * <pre>{@code
 * {
 *   "sleutels": [ {"naam": "zaaksysteem", "rollen": ["adviseur"], "hash": "sha256:..."} ],
 *   "limieten": {"verzoekenPerSeconde": 100, "piek": 200, "maxBatchRegels": 100000},
 *   "adres": "127.0.0.1",
 *   "cors": ["https://proef.gemeente.nl"],
 *   "tls": {"keystore": "dienst.p12", "wachtwoordVariabele": "AFWEGING_TLS_WACHTWOORD"}
 * }
 * }</pre>
 */
record DienstConfig(ApiSleutels sleutels, Limieten limieten, String adres, List<String> cors, Tls tls) {

    /** Per key: a steady rate and a burst on top of it (a token bucket); lines in one batch request. */
    record Limieten(int verzoekenPerSeconde, int piek, int maxBatchRegels) {
        static final Limieten STANDAARD = new Limieten(100, 200, 100_000);
    }

    /** A PKCS#12 keystore, its password read from an environment variable (never from the file itself). */
    record Tls(Path keystore, String wachtwoordVariabele) {}

    static final String STANDAARD_ADRES = "127.0.0.1";

    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Set<String> TOP = Set.of("sleutels", "limieten", "adres", "cors", "tls");
    private static final Set<String> SLEUTEL = Set.of("naam", "rollen", "hash");
    private static final Set<String> LIMIETEN = Set.of("verzoekenPerSeconde", "piek", "maxBatchRegels");
    private static final Set<String> TLS = Set.of("keystore", "wachtwoordVariabele");

    /** Without a file: keys made at start, default limits, this machine only, no CORS, no TLS. */
    static DienstConfig zonderBestand(ApiSleutels gegenereerd) {
        return new DienstConfig(gegenereerd, Limieten.STANDAARD, STANDAARD_ADRES, List.of(), null);
    }

    /** Reads the file; throws {@link Ongeldig} listing every problem when it is not a valid configuration. */
    static DienstConfig lees(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new Ongeldig(file, List.of("het bestand is niet te lezen als JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        List<String> problemen = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new Ongeldig(file, List.of("het bestand moet één JSON-object zijn"));
        }
        onbekend(root, TOP, "", problemen);
        ApiSleutels sleutels = sleutels(root.path("sleutels"), problemen);
        Limieten limieten = limieten(root.path("limieten"), problemen);
        String adres = root.has("adres") ? tekst(root.get("adres"), "/adres", problemen) : STANDAARD_ADRES;
        List<String> cors = new ArrayList<>();
        if (root.has("cors")) {
            JsonNode lijst = root.get("cors");
            if (!lijst.isArray()) {
                problemen.add("/cors: een lijst van herkomsten (zoals \"https://proef.gemeente.nl\") verwacht");
            } else {
                for (int i = 0; i < lijst.size(); i++) {
                    String herkomst = tekst(lijst.get(i), "/cors/" + i, problemen);
                    if (herkomst != null && !herkomst.matches("https?://[^/\\s*]+")) {
                        problemen.add("/cors/" + i + ": \"" + herkomst + "\" is geen herkomst (schema://host[:poort], zonder pad of *)");
                    }
                    cors.add(herkomst);
                }
            }
        }
        Tls tls = root.has("tls") ? tls(root.get("tls"), file, problemen) : null;
        if (!problemen.isEmpty()) {
            throw new Ongeldig(file, problemen);
        }
        return new DienstConfig(sleutels, limieten, adres, List.copyOf(cors), tls);
    }

    private static ApiSleutels sleutels(JsonNode lijst, List<String> problemen) {
        Map<String, ApiSleutels.Houder> byHash = new HashMap<>();
        if (!lijst.isArray() || lijst.isEmpty()) {
            problemen.add("/sleutels: minstens één sleutel nodig (maak er een met ./afweging sleutel --rol adviseur --naam NAAM)");
            return new ApiSleutels(byHash);
        }
        for (int i = 0; i < lijst.size(); i++) {
            String pad = "/sleutels/" + i;
            JsonNode sleutel = lijst.get(i);
            if (!sleutel.isObject()) {
                problemen.add(pad + ": een object met naam, rollen en hash verwacht");
                continue;
            }
            onbekend(sleutel, SLEUTEL, pad, problemen);
            String naam = tekst(sleutel.path("naam"), pad + "/naam", problemen);
            String hash = tekst(sleutel.path("hash"), pad + "/hash", problemen);
            if (hash != null && !HASH.matcher(hash).matches()) {
                problemen.add(pad + "/hash: \"sha256:\" en 64 kleine hexadecimale tekens verwacht (de hash, nooit de sleutel zelf)");
                hash = null;
            }
            Set<Rol> rollen = EnumSet.noneOf(Rol.class);
            JsonNode namen = sleutel.path("rollen");
            if (!namen.isArray() || namen.isEmpty()) {
                problemen.add(pad + "/rollen: een lijst met minstens één van adviseur, beheerder, auditor verwacht");
            } else {
                for (int r = 0; r < namen.size(); r++) {
                    String rol = namen.get(r).isTextual() ? namen.get(r).asText() : namen.get(r).toString();
                    Rol.van(rol).ifPresentOrElse(rollen::add,
                            () -> problemen.add(pad + "/rollen: \"" + rol + "\" is geen rol; kies uit adviseur, beheerder, auditor"));
                }
            }
            if (hash != null && byHash.containsKey(hash)) {
                problemen.add(pad + "/hash: dezelfde sleutel staat er twee keer in");
            } else if (hash != null && naam != null && !rollen.isEmpty()) {
                byHash.put(hash, new ApiSleutels.Houder(naam, Set.copyOf(rollen)));
            }
        }
        return new ApiSleutels(byHash);
    }

    private static Limieten limieten(JsonNode node, List<String> problemen) {
        if (node.isMissingNode()) {
            return Limieten.STANDAARD;
        }
        if (!node.isObject()) {
            problemen.add("/limieten: een object verwacht");
            return Limieten.STANDAARD;
        }
        onbekend(node, LIMIETEN, "/limieten", problemen);
        int perSeconde = getal(node, "verzoekenPerSeconde", Limieten.STANDAARD.verzoekenPerSeconde(), problemen);
        int piek = getal(node, "piek", Math.max(Limieten.STANDAARD.piek(), perSeconde), problemen);
        int batch = getal(node, "maxBatchRegels", Limieten.STANDAARD.maxBatchRegels(), problemen);
        return new Limieten(perSeconde, piek, batch);
    }

    private static Tls tls(JsonNode node, Path file, List<String> problemen) {
        if (!node.isObject()) {
            problemen.add("/tls: een object met keystore en wachtwoordVariabele verwacht");
            return null;
        }
        onbekend(node, TLS, "/tls", problemen);
        String keystore = tekst(node.path("keystore"), "/tls/keystore", problemen);
        String variabele = tekst(node.path("wachtwoordVariabele"), "/tls/wachtwoordVariabele", problemen);
        if (keystore == null || variabele == null) {
            return null;
        }
        // Relative to the configuration file, so the file and its keystore can move together.
        Path pad = file.toAbsolutePath().getParent().resolve(keystore).normalize();
        if (!Files.isReadable(pad)) {
            problemen.add("/tls/keystore: " + pad + " is niet te lezen");
        }
        return new Tls(pad, variabele);
    }

    private static int getal(JsonNode node, String naam, int standaard, List<String> problemen) {
        JsonNode waarde = node.get(naam);
        if (waarde == null) {
            return standaard;
        }
        if (!waarde.canConvertToInt() || !waarde.isIntegralNumber() || waarde.asInt() < 1) {
            problemen.add("/limieten/" + naam + ": een geheel getal van 1 of meer verwacht, niet " + waarde);
            return standaard;
        }
        return waarde.asInt();
    }

    private static String tekst(JsonNode node, String pad, List<String> problemen) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            problemen.add(pad + ": tekst verwacht");
            return null;
        }
        return node.asText();
    }

    private static void onbekend(JsonNode object, Set<String> bekend, String pad, List<String> problemen) {
        for (Iterator<String> namen = object.fieldNames(); namen.hasNext(); ) {
            String naam = namen.next();
            if (!bekend.contains(naam)) {
                problemen.add(pad + "/" + naam + ": onbekend; bekend zijn " + String.join(", ", bekend.stream().sorted().toList()));
            }
        }
    }

    /** A configuration file that cannot be used, with every problem in it. */
    static final class Ongeldig extends IllegalArgumentException {
        Ongeldig(Path file, List<String> problemen) {
            super("Configuratie " + file + " is niet te gebruiken (" + problemen.size()
                    + (problemen.size() == 1 ? " probleem" : " problemen") + "):\n  " + String.join("\n  ", problemen));
        }
    }
}
