// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.stream.Stream;
import nl.afweging.impl.support.OwnerOnlyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry on its own, without compiling a rule set: where it is kept, the folder it is kept in, the proof in its
 * header, and the key that proof is made with. (CompiledRuleSetCacheTest loads whole rule sets through the cache.)
 */
class CacheEntryTest {
    private static final String HASH = "sha256:" + "ab".repeat(32);
    private static final byte[] BYTES = "een deel van een regelset".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path cache;
    @TempDir
    Path sleutels;

    private CompiledRuleSetCache cache(Path folder) throws IOException {
        return CompiledRuleSetCache.of(folder, "vingerafdruk", CacheKey.in(sleutels.resolve("sleutel"), folder));
    }

    @Test
    void anEntryIsNamedByTheRuleFilesHashItsPartAndTheEngine() throws IOException {
        CompiledRuleSetCache own = cache(cache);
        String hex = "ab".repeat(32);

        assertThat(own.file(HASH, null)).isEqualTo(cache.resolve(hex + "-vingerafdruk.kjar"));
        assertThat(own.file(HASH, "parameters")).isEqualTo(cache.resolve(hex + "-parameters-vingerafdruk.kjar"));
        // Compiled alpha networks keep the extension they had before there were other parts.
        assertThat(own.partFile(HASH, RuleCompiler.ALPHA_NETWORK))
                .isEqualTo(cache.resolve(hex + "-" + RuleCompiler.ALPHA_NETWORK + "-vingerafdruk.klassen"));
        assertThat(own.partFile(HASH, "beschrijving")).isEqualTo(cache.resolve(hex + "-beschrijving-vingerafdruk.beschrijving"));
    }

    @Test
    void aPartIsKeptWithItsProofAndReadBack() throws IOException {
        CompiledRuleSetCache own = cache(cache);

        own.store(BYTES, HASH, "beschrijving");

        byte[] file = Files.readAllBytes(own.partFile(HASH, "beschrijving"));
        String header = "afweging gecompileerde regelset 2\n";
        assertThat(new String(file, 0, header.length(), StandardCharsets.US_ASCII)).isEqualTo(header);
        assertThat(new String(file, header.length(), 65, StandardCharsets.US_ASCII))
                .isEqualTo(CacheKey.in(sleutels.resolve("sleutel"), cache).mac(HASH, "beschrijving", "vingerafdruk", BYTES) + "\n");
        assertThat(Arrays.copyOfRange(file, header.length() + 65, file.length)).isEqualTo(BYTES);
        assertThat(own.bytes(HASH, "beschrijving")).hasValue(BYTES);
        assertThat(own.bytes(HASH, "ander")).as("no such entry").isEmpty();
    }

    /** A folder the cache makes is its owner's alone: an entry someone else could replace is never offered. */
    @Test
    void aFolderTheCacheMakesIsWritableByItsOwnerOnly() throws IOException {
        Path nieuw = cache.resolve("nieuw").resolve("cache");
        CompiledRuleSetCache own = cache(nieuw);

        own.store(BYTES, HASH, "beschrijving");

        assertThat(Files.getPosixFilePermissions(nieuw)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(own.bytes(HASH, "beschrijving")).hasValue(BYTES);
    }

    /** A write that fails leaves nothing half-made in the folder, and what was there stays. */
    @Test
    void aWriteThatFailsLeavesNoTemporaryFile() throws IOException {
        CompiledRuleSetCache own = cache(cache);
        Path inTheWay = Files.createDirectories(own.partFile(HASH, "beschrijving"));
        Files.writeString(inTheWay.resolve("iets"), "x");

        own.store(BYTES, HASH, "beschrijving");

        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(inTheWay.getFileName().toString());
        }
        assertThat(own.bytes(HASH, "beschrijving")).isEmpty();
    }

    @Test
    void anEntryWithoutItsWholeHeaderIsRefused() throws IOException {
        CompiledRuleSetCache own = cache(cache);
        own.store(BYTES, HASH, "beschrijving");
        Path entry = own.partFile(HASH, "beschrijving");
        byte[] whole = Files.readAllBytes(entry);
        String header = "afweging gecompileerde regelset 2\n";

        Files.write(entry, Arrays.copyOf(whole, header.length() + 10));
        assertThat(own.bytes(HASH, "beschrijving")).as("cut short").isEmpty();
        Files.write(entry, new byte[0]);
        assertThat(own.bytes(HASH, "beschrijving")).as("empty").isEmpty();
        byte[] noNewline = whole.clone();
        noNewline[header.length() + 64] = ' ';
        Files.write(entry, noNewline);
        assertThat(own.bytes(HASH, "beschrijving")).as("the proof not ended by a newline").isEmpty();
        byte[] otherHeader = whole.clone();
        otherHeader[0] = 'A';
        Files.write(entry, otherHeader);
        assertThat(own.bytes(HASH, "beschrijving")).as("another header").isEmpty();
        Files.write(entry, whole);
        assertThat(own.bytes(HASH, "beschrijving")).as("whole again").hasValue(BYTES);
    }

    @Test
    void aCacheFolderItsGroupOrOthersMayWriteIsNotUsed() throws IOException {
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwx---"));
        assertThat(CompiledRuleSetCache.in(cache)).as("group").isEmpty();
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx---rwx"));
        assertThat(CompiledRuleSetCache.in(cache)).as("others").isEmpty();
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(CompiledRuleSetCache.in(cache)).as("read by others, written by its owner").isPresent();
        assertThat(CompiledRuleSetCache.in(cache.resolve("nog-niet"))).as("made when first written").isPresent();
    }

    /** The proof covers each of its inputs: the rule files' hash, the part, the engine and every byte. */
    @Test
    void theProofChangesWithEachOfItsInputsAndOnlyUnderTheSameKeyIsTheSame() throws IOException {
        CacheKey key = CacheKey.in(sleutels.resolve("sleutel"), cache);
        String mac = key.mac(HASH, "deel", "vingerafdruk", BYTES);

        assertThat(mac).matches("[0-9a-f]{64}");
        assertThat(CacheKey.in(sleutels.resolve("sleutel"), cache).mac(HASH, "deel", "vingerafdruk", BYTES)).isEqualTo(mac);
        assertThat(key.mac("sha256:" + "cd".repeat(32), "deel", "vingerafdruk", BYTES)).isNotEqualTo(mac);
        assertThat(key.mac(HASH, "ander", "vingerafdruk", BYTES)).isNotEqualTo(mac);
        assertThat(key.mac(HASH, "deel", "andere-engine", BYTES)).isNotEqualTo(mac);
        assertThat(key.mac(HASH, "deel", "vingerafdruk", "een ander deel".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(mac);
        assertThat(CacheKey.in(sleutels.resolve("andere"), cache).mac(HASH, "deel", "vingerafdruk", BYTES)).isNotEqualTo(mac);
        // The rules themselves (part null) are proved as the part "".
        assertThat(key.mac(HASH, null, "vingerafdruk", BYTES)).isEqualTo(key.mac(HASH, "", "vingerafdruk", BYTES));
    }

    @Test
    void aKeyThatIsNot32BytesIsRefused() throws IOException {
        Path kort = Files.write(sleutels.resolve("kort"), new byte[31]);
        Files.setPosixFilePermissions(kort, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> CacheKey.in(kort, cache)).isInstanceOf(IOException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void theKeyIsWhereThePropertySaysElseInTheUsersConfigFolder() {
        String eigen = System.getProperty(CacheKey.PROPERTY);
        try {
            System.setProperty(CacheKey.PROPERTY, "  " + sleutels.resolve("x") + " ");
            assertThat(CacheKey.defaultFile()).isEqualTo(sleutels.resolve("x"));
            System.setProperty(CacheKey.PROPERTY, " ");
            assertThat(CacheKey.defaultFile()).isEqualTo(OwnerOnlyFiles.configFolder().resolve("cache-sleutel"));
            System.clearProperty(CacheKey.PROPERTY);
            assertThat(CacheKey.defaultFile()).isEqualTo(OwnerOnlyFiles.configFolder().resolve("cache-sleutel"));
        } finally {
            if (eigen == null) {
                System.clearProperty(CacheKey.PROPERTY);
            } else {
                System.setProperty(CacheKey.PROPERTY, eigen);
            }
        }
    }
}
