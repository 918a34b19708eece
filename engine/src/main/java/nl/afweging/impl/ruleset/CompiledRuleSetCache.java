package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import nl.afweging.impl.support.Sha256;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.modelcompiler.CanonicalKieModuleProvider;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of compiled rule sets, so a process that starts often (the command line) does not compile the same
 * rules every time: compiling takes seconds, loading a compiled one a fraction of that. A compiled rule set is
 * a KJAR of the Drools executable model (the rules as Java classes) per part (the rules, and the parameter tables
 * compiled apart; see {@link RuleCompiler}), stored under the SHA-256 of the rule files, the part and the
 * {@link CodeFingerprint} of the engine; any change to either is a different file, so a stale
 * compilation is never used. Each file starts with the SHA-256 of the KJAR it holds; a file that is
 * truncated, changed or unreadable is ignored and rebuilt, never trusted half-way.
 *
 * <p>Reading a KJAR goes through Drools' own module classes rather than {@code KieRepository.addKieModule},
 * which would need an XML parser for a {@code kmodule.xml} this project has no use for.
 */
final class CompiledRuleSetCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleSetCache.class);
    /** First line of every cache file; the second is the SHA-256 of the KJAR that follows. */
    private static final String HEADER = "afweging gecompileerde regelset 1\n";

    private final Path folder;
    private final String fingerprint;

    private CompiledRuleSetCache(Path folder, String fingerprint) {
        this.folder = folder;
        this.fingerprint = fingerprint;
    }

    /** A cache in this folder, or empty (with a warning) when the engine's own classes cannot be fingerprinted. */
    static Optional<CompiledRuleSetCache> in(Path folder) {
        try {
            return Optional.of(new CompiledRuleSetCache(folder, CodeFingerprint.compute()));
        } catch (RuntimeException e) {
            LOG.warn("Geen cache voor gecompileerde regelsets: de code van de engine is niet te lezen ({})", e.toString());
            return Optional.empty();
        }
    }

    /**
     * The file of one part of the rule set with this content hash: the rules (part null) or its parameter table
     * ({@code "parameters"}), which is compiled apart.
     */
    Path file(String hash, String part) {
        return folder.resolve(hash.replace("sha256:", "") + (part == null ? "" : "-" + part) + "-" + fingerprint + ".kjar");
    }

    /** The compiled part of the rule set with this content hash, when it is in the folder and loads. */
    Optional<KieContainer> load(KieServices ks, ReleaseId releaseId, String hash, String part) {
        Path file = file(hash, part);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] kjar = verified(Files.readAllBytes(file));
            KieModuleModel model = ks.newKieModuleModel();
            // The same defaults a build without kmodule.xml gets: one default KieBase and default sessions.
            KieBuilderImpl.setDefaultsforEmptyKieModule(model);
            MemoryFileSystem jar = MemoryFileSystem.readFromJar(kjar);
            ks.getRepository().addKieModule(new CanonicalKieModuleProvider().createKieModule(releaseId, model, jar));
            KieContainer container = ks.newKieContainer(releaseId);
            container.getKieBase();
            LOG.debug("Gecompileerde regelset gelezen uit {}", file);
            return Optional.of(container);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.warn("De gecompileerde regelset in {} is niet te gebruiken ({}); de regels worden opnieuw gecompileerd", file, e.toString());
            return Optional.empty();
        }
    }

    private static byte[] withHeader(byte[] kjar) {
        byte[] header = (HEADER + Sha256.hex(kjar) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] file = Arrays.copyOf(header, header.length + kjar.length);
        System.arraycopy(kjar, 0, file, header.length, kjar.length);
        return file;
    }

    /** The KJAR in a cache file, after checking it against the hash in the file's header. */
    private static byte[] verified(byte[] file) throws IOException {
        int headerLength = HEADER.length() + 64 + 1;
        String header = new String(file, 0, Math.min(headerLength, file.length), StandardCharsets.US_ASCII);
        byte[] kjar = file.length < headerLength ? new byte[0] : Arrays.copyOfRange(file, headerLength, file.length);
        if (!header.startsWith(HEADER) || !header.endsWith("\n") || !header.substring(HEADER.length(), headerLength - 1).equals(Sha256.hex(kjar))) {
            throw new IOException("de inhoud past niet bij de hash in de kop");
        }
        return kjar;
    }

    /** Keeps a successful executable-model build; a failure to write only costs the next start its speed. */
    void store(KieBuilder build, String hash, String part) {
        Path file = file(hash, part);
        try {
            Files.createDirectories(folder);
            byte[] kjar = ((InternalKieModule) build.getKieModule()).getBytes();
            // Written aside and moved into place, so a reader never sees half a file.
            Path temp = Files.createTempFile(folder, "bouw-", ".tmp");
            try {
                Files.write(temp, withHeader(kjar));
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
}
