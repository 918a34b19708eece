// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.HexFormat;
import nl.afweging.testkit.TestKeys;
import org.junit.jupiter.api.Test;

/** Ed25519 keys as PEM files: a pair read back is the same pair, and what is not a key (or not this pair) is named. */
class SigningTest {
    private static final KeyPair PAIR = TestKeys.SCHRIJVER;

    @Test
    void aPairWrittenAsPemIsReadBackAsTheSamePair() {
        String pem = Signing.pemOfPair(PAIR);

        KeyPair read = Signing.pairFromPem(pem);

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").contains("\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
        assertThat(read.getPrivate().getEncoded()).isEqualTo(PAIR.getPrivate().getEncoded());
        assertThat(read.getPublic().getEncoded()).isEqualTo(PAIR.getPublic().getEncoded());
        assertThat(Signing.publicFromPem(Signing.pemOfPublic(PAIR.getPublic())).getEncoded()).isEqualTo(PAIR.getPublic().getEncoded());
        assertThat(Signing.publicFromPem(pem).getEncoded()).isEqualTo(PAIR.getPublic().getEncoded());
    }

    @Test
    void aPrivateKeyWithAnotherPairsPublicKeyIsRefused() {
        String mixed = Signing.pemOfPair(PAIR).replaceAll("(?s)-----BEGIN PUBLIC KEY-----.*", "")
                + Signing.pemOfPublic(TestKeys.ANDER.getPublic());

        assertThatThrownBy(() -> Signing.pairFromPem(mixed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hoort niet bij");
        assertThat(Signing.matches(PAIR)).isTrue();
        assertThat(Signing.matches(new KeyPair(TestKeys.ANDER.getPublic(), PAIR.getPrivate()))).isFalse();
    }

    @Test
    void whatIsNoKeyIsNamed() {
        String publicOnly = Signing.pemOfPublic(PAIR.getPublic());
        assertThatThrownBy(() -> Signing.pairFromPem(publicOnly)).hasMessageContaining("geen privé-sleutel");
        assertThatThrownBy(() -> Signing.publicFromPem("")).hasMessageContaining("geen publieke sleutel");
        assertThatThrownBy(() -> Signing.publicFromPem("-----BEGIN PUBLIC KEY-----\nAAAA")).hasMessageContaining("geen publieke sleutel");
        assertThatThrownBy(() -> Signing.publicFromPem("-----BEGIN PUBLIC KEY-----\nAAAAA\n-----END PUBLIC KEY-----\n"))
                .hasMessageContaining("geen publieke sleutel (");
        assertThatThrownBy(() -> Signing.publicFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"))
                .hasMessageContaining("geen publieke Ed25519-sleutel");
        String badPrivate = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" + publicOnly;
        assertThatThrownBy(() -> Signing.pairFromPem(badPrivate)).hasMessageContaining("geen Ed25519-privésleutel");
    }

    @Test
    void aSignatureHoldsForItsTextAndKeyOnly() {
        String signature = Signing.sign(PAIR.getPrivate(), "sha256:abc");

        assertThat(Signing.verify(PAIR.getPublic(), "sha256:abc", signature)).isTrue();
        assertThat(Signing.verify(PAIR.getPublic(), "sha256:abd", signature)).isFalse();
        assertThat(Signing.verify(TestKeys.ANDER.getPublic(), "sha256:abc", signature)).isFalse();
        assertThat(Signing.verify(PAIR.getPublic(), "sha256:abc", "geen base64!")).isFalse();
        assertThat(Signing.verify(PAIR.getPublic(), "sha256:abc", "AAAA")).isFalse();
    }

    @Test
    void theFingerprintIsTheSha256OfThePublicKey() throws Exception {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PAIR.getPublic().getEncoded()));

        assertThat(Signing.fingerprint(PAIR.getPublic())).isEqualTo("ed25519:" + hex);
        assertThat(Signing.generate().getPublic().getAlgorithm()).isIn("Ed25519", "EdDSA");
    }
}
