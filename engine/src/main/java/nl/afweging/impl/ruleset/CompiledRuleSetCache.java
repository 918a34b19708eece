// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of compiled rule sets, so a process that starts often (the command line) does not compile the same
 * rules every time: compiling takes seconds, loading a compiled one a fraction of that. A compiled rule set is
 * a KJAR of the Drools executable model (the rules as Java classes) per part (the rules, and the parameter tables
 * compiled apart; see {@link RuleCompiler}), stored under the SHA-256 of the rule files, the part and the
 * {@link CodeFingerprint} of the engine; any change to either is a different file, so a stale
 * compilation is never used. Its name proves nothing, though: each file starts with an HMAC under this user's
 * {@link CacheKey} over the rule files' hash, the part, the fingerprint and the KJAR, so an entry copied from
 * another rule set, changed by one byte or made under another key is refused (with a warning) and the rules
 * are compiled from their files. A cache folder that others may write is not used at all.
 *
 * <p>Reading a KJAR goes through Drools' own module classes rather than {@code KieRepository.addKieModule},
 * which would need an XML parser for a {@code kmodule.xml} this project has no use for.
 */
final class CompiledRuleSetCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleSetCache.class);
    /** First line of every cache file; the second is the HMAC (hex) over what the KJAR that follows was made from. */
    private static final String HEADER = "afweging gecompileerde regelset 2\n";
    /** The extension of a part that holds compiled classes rather than a KJAR. */
    private static final String CLASSES = ".klassen";

    private final Path folder;
    private final String fingerprint;
    private final CacheKey key;

    private CompiledRuleSetCache(Path folder, String fingerprint, CacheKey key) {
        this.folder = folder;
        this.fingerprint = fingerprint;
        this.key = key;
    }

    /** A cache in this folder for an engine with this fingerprint, under this key (for a test that swaps each one). */
    static CompiledRuleSetCache of(Path folder, String fingerprint, CacheKey key) {
        return new CompiledRuleSetCache(folder, fingerprint, key);
    }

    /**
     * A cache in this folder, or empty (with a warning, and the rules are compiled) when it cannot be trusted: the
     * folder is writable by others, the key cannot be made or read safely, or the engine's classes cannot be
     * fingerprinted.
     */
    static Optional<CompiledRuleSetCache> in(Path folder) {
        try {
            PosixFileAttributeView posix = Files.isDirectory(folder) ? Files.getFileAttributeView(folder, PosixFileAttributeView.class) : null;
            if (posix != null && posix.readAttributes().permissions().stream().anyMatch(p -> p == PosixFilePermission.GROUP_WRITE
                    || p == PosixFilePermission.OTHERS_WRITE)) {
                throw new IOException("de map is schrijfbaar voor anderen; maak hem alleen voor de eigenaar schrijfbaar (chmod go-w)");
            }
            return Optional.of(new CompiledRuleSetCache(folder, CodeFingerprint.compute(), CacheKey.in(CacheKey.defaultFile(), folder)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("De cache voor gecompileerde regelsets in {} wordt niet gebruikt: {}", folder, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The file of one part of the rule set with this content hash: the rules (part null) or its parameter table
     * ({@code "parameters"}), which is compiled apart.
     */
    Path file(String hash, String part) {
        return file(hash, part, ".kjar");
    }

    /** The file of a part that is no KJAR (compiled alpha networks), under the same name with its own extension. */
    private Path file(String hash, String part, String extension) {
        return folder.resolve(hash.replace("sha256:", "") + (part == null ? "" : "-" + part) + "-" + fingerprint + extension);
    }

    /** The compiled part of the rule set with this content hash, when it is in the folder and loads. */
    Optional<KieBase> load(KieServices ks, ReleaseId releaseId, String hash, String part) {
        Path file = file(hash, part);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] kjar = verified(Files.readAllBytes(file), hash, part);
            KieModuleModel model = ks.newKieModuleModel();
            // The same defaults a build without kmodule.xml gets: one default KieBase and default sessions.
            KieBuilderImpl.setDefaultsforEmptyKieModule(model);
            MemoryFileSystem jar = MemoryFileSystem.readFromJar(kjar);
            // Never put in Drools' repository, which would keep it after the engine is gone (KieBases).
            KieBase kieBase = KieBases.ofExecutableModel(releaseId, model, jar);
            LOG.debug("Gecompileerde regelset gelezen uit {}", file);
            return Optional.of(kieBase);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.warn("De gecompileerde regelset in {} is niet te gebruiken ({}); de regels worden opnieuw gecompileerd", file, e.getMessage());
            return Optional.empty();
        }
    }

    private byte[] withHeader(byte[] kjar, String hash, String part) {
        byte[] header = (HEADER + key.mac(hash, part, fingerprint, kjar) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = Arrays.copyOf(header, header.length + kjar.length);
        System.arraycopy(kjar, 0, file, header.length, kjar.length);
        return file;
    }

    /** The KJAR in a cache file, after checking the HMAC in its header against these rule files and this engine. */
    private byte[] verified(byte[] file, String hash, String part) throws IOException {
        int headerLength = HEADER.length() + 64 + 1;
        String header = new String(file, 0, Math.min(headerLength, file.length), StandardCharsets.US_ASCII);
        byte[] kjar = file.length < headerLength ? new byte[0] : Arrays.copyOfRange(file, headerLength, file.length);
        if (!header.startsWith(HEADER) || !header.endsWith("\n") || !MessageDigest.isEqual(header.substring(HEADER.length(), headerLength - 1).getBytes(StandardCharsets.US_ASCII),
                        key.mac(hash, part, fingerprint, kjar).getBytes(StandardCharsets.US_ASCII))) {
            throw new IOException("niet bewezen door de sleutel van deze gebruiker voor deze regelbestanden en deze engine"
                    + " (gewijzigd, van een andere regelset of onder een andere sleutel gemaakt)");
        }
        return kjar;
    }

    /** Keeps a successful executable-model build; a failure to write only costs the next start its speed. */
    void store(KieBuilder build, String hash, String part) {
        write(file(hash, part), ((InternalKieModule) build.getKieModule()).getBytes(), hash, part);
    }

    /**
     * Keeps something else made from a rule set (its compiled alpha networks, {@link AlphaNetwork}; what loading it
     * found, {@link RuleSetDescription}) as a part of its own, proved by the same HMAC as a KJAR.
     */
    void store(byte[] bytes, String hash, String part) {
        write(file(hash, part, extension(part)), bytes, hash, part);
    }

    /** The file of a part kept with {@link #store(byte[], String, String)}. */
    Path partFile(String hash, String part) {
        return file(hash, part, extension(part));
    }

    /** A part's file extension: {@code .klassen} for compiled code, as before there were other parts; else its name. */
    private static String extension(String part) {
        return part.equals(RuleCompiler.ALPHA_NETWORK) ? CLASSES : "." + part;
    }

    private void write(Path file, byte[] bytes, String hash, String part) {
        try {
            if (!Files.isDirectory(folder) && folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Only its owner may write it: an entry someone else could replace is never offered.
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
            // Written aside and moved into place, so a reader never sees half a file.
            Path temp = Files.createTempFile(folder, "bouw-", ".tmp");
            try {
                Files.write(temp, withHeader(bytes, hash, part));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            LOG.debug("Gecompileerde regelset bewaard in {}", file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Kan de gecompileerde regelset niet bewaren in {} ({})", file, e.toString());
        }
    }

    /** The bytes of a part kept with {@link #store(byte[], String, String)}, when it is there and proved; empty otherwise. */
    Optional<byte[]> bytes(String hash, String part) {
        Path file = file(hash, part, extension(part));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(verified(Files.readAllBytes(file), hash, part));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Het deel {} in {} is niet te gebruiken ({})", part, file, e.getMessage());
            return Optional.empty();
        }
    }
}
