// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys the service accepts, each stored as the SHA-256 of the key, never the key itself: whoever reads the
 * configuration file cannot call the service. A key is 32 random bytes, so one round of SHA-256 is enough (a slow
 * password hash guards low-entropy secrets, which these are not), and looking it up by its hash reveals nothing.
 */
final class ApiSleutels {
    /** Who holds a key: a name for people (never the key) and what it may do. */
    record Houder(String naam, Set<Rol> rollen) {}

    static final String PREFIX = "afw_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Houder> byHash;

    ApiSleutels(Map<String, Houder> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    /** The holder of the key with this {@link #hash}, if it is one. */
    Optional<Houder> houder(String keyHash) {
        return Optional.ofNullable(byHash.get(keyHash));
    }

    int size() {
        return byHash.size();
    }

    /**
     * For local use and tests, without a configuration file: one new key per role, each printed once on {@code err} as
     * {@code sleutel ROL: KEY}. They live only in this process; nothing else ever shows them.
     */
    static ApiSleutels genereer(PrintStream err) {
        Map<String, Houder> keys = new HashMap<>();
        for (Rol rol : Rol.values()) {
            String key = nieuweSleutel();
            keys.put(hash(key), new Houder("gegenereerd-" + rol.naam(), EnumSet.of(rol)));
            err.println("sleutel " + rol.naam() + ": " + key);
        }
        err.flush();
        return new ApiSleutels(keys);
    }

    static String nieuweSleutel() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** How a key is written in the configuration file: {@code sha256:} and 64 hex digits. */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 hoort er altijd te zijn", e);
        }
    }
}
