// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.support;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read: the keys the engine keeps in the user's configuration folder (the compiled-rules
 * cache key, the audit signing key). One place for where that folder is, how such a file is made (whole, at once,
 * never readable by others for a moment) and how it is checked before it is trusted.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {}

    /** {@code $XDG_CONFIG_HOME/afweging}, else {@code ~/.config/afweging}. */
    public static Path configFolder() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("afweging");
    }

    /**
     * Writes {@code content} to {@code file}, readable by its owner alone, unless the file is already there (then
     * nothing is written: another process made it first, and theirs counts). Written aside and moved into place, so
     * no reader ever sees half a file. Returns whether this call made it.
     */
    public static boolean createIfAbsent(Path file, byte[] content) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".nieuw-" + ProcessHandle.current().pid());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(temp);
            }
            Files.write(temp, content);
            Files.move(temp, file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Throws when others may read or write the file (chmod 600 mends it); {@code what} names it in the message. */
    public static void requireOwnerOnly(Path file, String what) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null && !OWNER_ONLY.containsAll(posix.readAttributes().permissions())) {
            throw new IOException(what + " " + file + " is leesbaar voor anderen (" + PosixFilePermissions.toString(
                    posix.readAttributes().permissions()) + "); maak hem alleen voor de eigenaar leesbaar (chmod 600)");
        }
    }
}
