// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.PublicKey;
import nl.afweging.impl.audit.Signing;
import nl.afweging.impl.support.OwnerOnlyFiles;

/**
 * The Ed25519 key pairs that sign audit logs. The writer keeps the private key (a file readable by its owner alone,
 * never
 * beside the log); an auditor needs only the public key ({@code .pub}) to check every record. Files are PEM: the key
 * file holds the private and the public key, the {@code .pub} file the public key alone ({@code openssl pkey} reads
 * both).
 *
 * <pre>{@code
 * KeyPair keys = AuditKeys.readOrCreate(AuditKeys.defaultFile());      // or AuditKeys.generate() and keep it yourself
 * Engine engine = Engine.builder().audit(AuditLog.at(log, keys)).build();
 * Verification.of(log, AuditKeys.readPublic(Path.of("audit-sleutel.pub")));
 * }</pre>
 */
public final class AuditKeys {
    /** A system property naming the key file instead of the default. */
    public static final String PROPERTY = "afweging.auditsleutel";

    private AuditKeys() {}

    /**
     * A new key pair, held in memory only.
     *
     * @return a new Ed25519 key pair
     */
    public static KeyPair generate() {
        return Signing.generate();
    }

    /**
     * The default key file: the system property {@value #PROPERTY}, else {@code audit-sleutel} in
     * {@code $XDG_CONFIG_HOME/afweging/}, else in {@code ~/.config/afweging/}. Its public key is beside it, with {@code
     * .pub}.
     *
     * @return the path of the default key file
     */
    public static Path defaultFile() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return OwnerOnlyFiles.configFolder().resolve("audit-sleutel");
    }

    /**
     * The public key file that belongs to a key file: the same name with {@code .pub}.
     *
     * @param keyFile a key file
     * @return its public key file
     */
    public static Path publicFile(Path keyFile) {
        return keyFile.resolveSibling(keyFile.getFileName() + ".pub");
    }

    /**
     * Makes a key pair in {@code keyFile} (readable by its owner alone) and its public key in {@link #publicFile},
     * unless
     * the key file is already there. Returns whether this call made it. Two processes doing this at once end with one
     * key.
     *
     * @param keyFile where the key is kept
     * @return true when this call made the key
     */
    public static boolean createIfAbsent(Path keyFile) {
        try {
            boolean made = OwnerOnlyFiles.createIfAbsent(keyFile, Signing.pemOfPair(generate()).getBytes(StandardCharsets.US_ASCII));
            writePublic(read(keyFile).getPublic(), publicFile(keyFile));
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("kan de auditsleutel " + keyFile + " niet maken: " + e.getMessage(), e);
        }
    }

    /**
     * The key pair in {@code keyFile}, made first when it is not there.
     *
     * @param keyFile where the key is kept
     * @return the key pair in it
     */
    public static KeyPair readOrCreate(Path keyFile) {
        createIfAbsent(keyFile);
        return read(keyFile);
    }

    /**
     * The key pair in a key file. Refuses ({@link IllegalArgumentException}) a file others may read, and a file that
     * holds
     * no matching Ed25519 pair.
     *
     * @param keyFile the key file
     * @return the key pair in it
     */
    public static KeyPair read(Path keyFile) {
        try {
            OwnerOnlyFiles.requireOwnerOnly(keyFile, "de auditsleutel");
            return Signing.pairFromPem(Files.readString(keyFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalArgumentException("kan de auditsleutel " + keyFile + " niet lezen: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(keyFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * The public key in a file: a {@code .pub} file, or a key file (its public half).
     *
     * @param file a public key file or a key file
     * @return the public key
     */
    public static PublicKey readPublic(Path file) {
        try {
            return Signing.publicFromPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalArgumentException("kan de publieke sleutel " + file + " niet lezen: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a key pair to {@code keyFile} (owner only; refuses to overwrite) and its public key beside it.
     *
     * @param pair the key pair
     * @param keyFile where to write it; must not exist
     */
    public static void write(KeyPair pair, Path keyFile) {
        try {
            if (!OwnerOnlyFiles.createIfAbsent(keyFile, Signing.pemOfPair(pair).getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalArgumentException(keyFile + " bestaat al; een sleutel wordt nooit overschreven");
            }
            writePublic(pair.getPublic(), publicFile(keyFile));
        } catch (IOException e) {
            throw new UncheckedIOException("kan de auditsleutel " + keyFile + " niet schrijven: " + e.getMessage(), e);
        }
    }

    /**
     * {@code ed25519:} and the SHA-256 of the public key: how every record names the key that signed it.
     *
     * @param key a public key
     * @return its fingerprint
     */
    public static String fingerprint(PublicKey key) {
        return Signing.fingerprint(key);
    }

    private static void writePublic(PublicKey key, Path file) throws IOException {
        String pem = Signing.pemOfPublic(key);
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.US_ASCII).equals(pem)) {
            return;
        }
        Path temp = file.resolveSibling(file.getFileName() + ".nieuw-" + ProcessHandle.current().pid());
        Files.writeString(temp, pem, StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
