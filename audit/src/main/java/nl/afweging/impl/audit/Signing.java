// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import nl.afweging.impl.support.Sha256;

/**
 * Ed25519 from the JDK: the writer of a log signs each record's hash with its private key; anyone with the public key
 * alone checks it. Keys are kept as PEM (PKCS#8 for the private key, X.509 SubjectPublicKeyInfo for the public key),
 * the same files {@code openssl pkey} reads. A key's {@linkplain #fingerprint fingerprint} names it in every record.
 */
public final class Signing {
    public static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Signing() {}

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 ontbreekt in deze Java-omgeving", e);
        }
    }

    /** {@code ed25519:} and the hex SHA-256 of the public key's X.509 encoding. */
    public static String fingerprint(PublicKey key) {
        return "ed25519:" + Sha256.hex(key.getEncoded());
    }

    /** The base64 Ed25519 signature over the UTF-8 bytes of {@code text} (a record's hash). */
    public static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("kan niet ondertekenen met deze sleutel (" + e.getMessage() + "); een Ed25519-sleutel is nodig", e);
        }
    }

    /** Whether {@code signature} (base64) is the signature of {@code key}'s owner over {@code text}. */
    public static boolean verify(PublicKey key, String text, String signature) {
        try {
            byte[] bytes = Base64.getDecoder().decode(signature);
            Signature check = Signature.getInstance(ALGORITHM);
            check.initVerify(key);
            check.update(text.getBytes(StandardCharsets.UTF_8));
            return check.verify(bytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the two keys belong together: the public key checks what the private key signs. */
    public static boolean matches(KeyPair pair) {
        return verify(pair.getPublic(), "afweging", sign(pair.getPrivate(), "afweging"));
    }

    /** The private key and then the public key, each as a PEM block: one file holds the whole pair. */
    public static String pemOfPair(KeyPair pair) {
        return pem(PRIVATE, pair.getPrivate().getEncoded()) + pem(PUBLIC, pair.getPublic().getEncoded());
    }

    public static String pemOfPublic(PublicKey key) {
        return pem(PUBLIC, key.getEncoded());
    }

    /** The pair in a text written by {@link #pemOfPair}; throws {@link IllegalArgumentException} naming what is wrong. */
    public static KeyPair pairFromPem(String text) {
        byte[] privateBytes = block(text, PRIVATE);
        if (privateBytes == null) {
            throw new IllegalArgumentException("geen privé-sleutel (-----BEGIN PRIVATE KEY-----) gevonden");
        }
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(privateBytes));
            KeyPair pair = new KeyPair(publicFromPem(text), privateKey);
            if (!matches(pair)) {
                throw new IllegalArgumentException("de publieke sleutel hoort niet bij de privé-sleutel");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("geen Ed25519-privésleutel: " + e.getMessage(), e);
        }
    }

    /** The public key in a PEM text: a public key file, or a pair file (its public block). */
    public static PublicKey publicFromPem(String text) {
        byte[] bytes = block(text, PUBLIC);
        if (bytes == null) {
            throw new IllegalArgumentException("geen publieke sleutel (-----BEGIN PUBLIC KEY-----) gevonden");
        }
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("geen publieke Ed25519-sleutel: " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] block(String text, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = from < 0 ? -1 : text.indexOf(end, from);
        if (to < 0) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
