// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.afweging.impl.support.OwnerOnlyFiles;

/**
 * The secret that proves a cached compilation was made by this user's own engine: every cache entry carries an
 * HMAC-SHA256 under this key over the rule files' hash, the part, the engine fingerprint and the compiled bytes.
 * Someone who can write the cache folder but cannot read the key cannot make an entry the engine accepts: not by
 * copying another rule set's entry over this one, not by changing a byte, not with an entry made under another key.
 *
 * <p>The key is 32 random bytes in a file outside the cache folder, created on first use and readable by its owner
 * alone: {@code afweging.cachesleutel} (a system property) or {@code $XDG_CONFIG_HOME/afweging/cache-sleutel}, else
 * {@code ~/.config/afweging/cache-sleutel}.
 */
final class CacheKey {
    static final String PROPERTY = "afweging.cachesleutel";

    private final byte[] secret;

    private CacheKey(byte[] secret) {
        this.secret = secret;
    }

    /** The default key file (see the class comment). */
    static Path defaultFile() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return OwnerOnlyFiles.configFolder().resolve("cache-sleutel");
    }

    /**
     * The key in {@code file}, made when it is not there. Refuses (IOException) a key inside the cache folder, a key
     * others may read, or a file that is not 32 bytes: then the cache is not used at all.
     */
    static CacheKey in(Path file, Path cacheFolder) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        // Real paths where they exist: a cache folder given as a link to the key's folder is still that folder.
        if (realOrNormal(key).startsWith(realOrNormal(cacheFolder)) || key.startsWith(cacheFolder.toAbsolutePath().normalize())) {
            throw new IOException("de sleutel " + key + " ligt in de cachemap; wie de cache kan schrijven, kan hem lezen");
        }
        if (!Files.exists(key)) {
            create(key);
        }
        OwnerOnlyFiles.requireOwnerOnly(key, "de sleutel");
        byte[] secret = Files.readAllBytes(key);
        if (secret.length != 32) {
            throw new IOException("de sleutel " + key + " is geen sleutel van 32 bytes");
        }
        return new CacheKey(secret);
    }

    /** The real path of the nearest existing ancestor, with the rest of the path after it. */
    private static Path realOrNormal(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? p : existing.toRealPath().resolve(existing.relativize(p));
    }

    private static void create(Path key) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        // Another process may make the key meanwhile; then theirs is the key.
        OwnerOnlyFiles.createIfAbsent(key, secret);
    }

    /** HMAC-SHA256 of the parts, in order, each ending in a newline but the last (the compiled bytes). */
    String mac(String hash, String part, String fingerprint, byte[] kjar) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((hash + "\n" + (part == null ? "" : part) + "\n" + fingerprint + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(mac.doFinal(kjar));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 ontbreekt in deze Java-omgeving", e);
        }
    }
}
