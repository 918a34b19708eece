// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A service as the tests start it: a configuration file with one key per role, which the test knows, and the limits
 * it asks for. {@link #http()} calls as the adviseur; {@link #als(Rol)} as another role.
 */
final class Dienst implements AutoCloseable {
    final Service service;
    final Path config;
    private final Map<Rol, String> sleutels;
    private final java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();

    private Dienst(Service service, Path config, Map<Rol, String> sleutels) {
        this.service = service;
        this.config = config;
        this.sleutels = sleutels;
    }

    /** With default limits, the default rules, nothing else; ready when it returns. */
    static Dienst start(Path map) throws IOException {
        return start(map, "", builder -> builder);
    }

    /** {@code limieten}: members of "limieten" in the file, e.g. {@code "verzoekenPerSeconde": 5}. */
    static Dienst start(Path map, String limieten, UnaryOperator<Service.Builder> meer) throws IOException {
        return start(map, limieten, meer, "");
    }

    /** {@code extra}: more members of the file, such as {@code "tls": {...}}. */
    static Dienst start(Path map, String limieten, UnaryOperator<Service.Builder> meer, String extra) throws IOException {
        Map<Rol, String> sleutels = new EnumMap<>(Rol.class);
        StringBuilder regels = new StringBuilder();
        for (Rol rol : Rol.values()) {
            String sleutel = ApiSleutels.nieuweSleutel();
            sleutels.put(rol, sleutel);
            regels.append(regels.isEmpty() ? "" : ",\n").append(regel("test-" + rol.naam(), rol.naam(), sleutel));
        }
        Path config = map.resolve("dienst.json");
        Files.writeString(config, "{\"sleutels\": [\n" + regels + "\n], \"limieten\": {" + limieten + "}"
                + (extra.isEmpty() ? "" : ", " + extra) + "}");
        // One cache for every test's service in this test JVM (each JVM has its own key, so its own folder): the default
        // rules are compiled once, not per test.
        Path cache = Path.of(System.getProperty("afweging.cache", "target/gecompileerde-regelsets") + "-dienst");
        Service service = meer.apply(Service.builder().config(config).port(0).cache(cache)).start();
        service.loaded().toCompletableFuture().join();
        return new Dienst(service, config, sleutels);
    }

    static String regel(String naam, String rol, String sleutel) {
        return "{\"naam\": \"" + naam + "\", \"rollen\": [\"" + rol + "\"], \"hash\": \"" + ApiSleutels.hash(sleutel) + "\"}";
    }

    String sleutel(Rol rol) {
        return sleutels.get(rol);
    }

    Http http() {
        return als(Rol.ADVISEUR);
    }

    Http als(Rol rol) {
        return new Http(service.port(), sleutels.get(rol), client);
    }

    @Override
    public void close() {
        service.stop();
    }
}
