// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;

/** Fixed Ed25519 key pairs for tests (made from a seed, so a second process has the same keys). */
public final class TestKeys {
    /** The writer's key of every test log. */
    public static final KeyPair SCHRIJVER = fromSeed("afweging-schrijver");
    /** Someone else's key: what a forger would sign with. */
    public static final KeyPair ANDER = fromSeed("afweging-ander");

    private TestKeys() {}

    public static KeyPair fromSeed(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
