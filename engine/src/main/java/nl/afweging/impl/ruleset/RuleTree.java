// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.afweging.model.ProblemCode;

/**
 * A file or folder of a rules folder, as {@link RuleFolder} and {@link RuleSource} read it: on disk, where a link may
 * lead out of the folder and a file may grow while it is read, or in the library's own jar, which has neither. The
 * jar is read through {@link JarFile}, which shares the index the JVM already holds of it; a zip file system would
 * read the whole index of the command line's jar (some 26,000 entries) again, about 40 ms of every {@code decide}.
 */
interface RuleTree {
    /** The last part of its path, as a person names the file or folder. */
    String naam();

    boolean isMap();

    boolean isBestand();

    boolean bestaat();

    /** What is directly in this folder, by name. */
    List<RuleTree> kinderen() throws IOException;

    /** What is called {@code naam} in this folder (it may not exist). */
    RuleTree kind(String naam);

    /**
     * Whether this is a symbolic link, wherever it leads: a rules folder is exactly what is in it, and a link read
     * once and checked once can lead elsewhere the next time.
     */
    boolean isKoppeling();

    /**
     * The file's bytes, or null when it holds more than {@code max}: read with that bound, never whole first, and
     * only when it is a regular file with one name ({@link Refused} otherwise, before a byte is read).
     */
    byte[] leesHoogstens(long max) throws IOException;

    /** A file that is not read, and why: a link (also a hard one), a pipe or device, or a file swapped while read. */
    final class Refused extends IOException {
        final transient ProblemCode code;

        Refused(ProblemCode code, String melding) {
            super(melding);
            this.code = code;
        }
    }

    long grootte() throws IOException;

    /** A folder on disk (any file system). */
    static RuleTree of(Path path) {
        return new OnDisk(path);
    }

    /** The folder {@code root} (no slash at either end) in a jar, read at once: every file under it, by its path there. */
    static RuleTree inJar(Path jar, String root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Map<String, Long> sizes = new HashMap<>();
        String prefix = root + "/";
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory()).toList();
            for (JarEntry entry : entries) {
                String name = entry.getName().substring(prefix.length());
                try (InputStream in = file.getInputStream(entry)) {
                    // One byte more than a rule file may hold: enough to know it is too large (RuleSource.MAX_FILE_BYTES).
                    files.put(name, in.readNBytes((int) RuleSource.MAX_FILE_BYTES + 1));
                }
                sizes.put(name, entry.getSize());
            }
        }
        return new InJar(jar + "!/" + root, "", files, sizes);
    }

    final class OnDisk implements RuleTree {
        private final Path path;

        OnDisk(Path path) {
            this.path = path;
        }

        @Override
        public String naam() {
            return path.getFileName().toString().replace("/", "");
        }

        @Override
        public boolean isMap() {
            return Files.isDirectory(path);
        }

        @Override
        public boolean isBestand() {
            return Files.isRegularFile(path);
        }

        @Override
        public boolean bestaat() {
            return Files.exists(path);
        }

        @Override
        public List<RuleTree> kinderen() throws IOException {
            try (Stream<Path> children = Files.list(path)) {
                return children.sorted().map(p -> (RuleTree) new OnDisk(p)).toList();
            }
        }

        @Override
        public RuleTree kind(String naam) {
            return new OnDisk(path.resolve(naam));
        }

        @Override
        public boolean isKoppeling() {
            return Files.isSymbolicLink(path);
        }

        /**
         * Looked at without following a link, opened without following one, and looked at again after reading: a
         * pipe or device is never opened (a pipe would block the read for ever), a file with a second name (a hard
         * link to a file elsewhere) never read, and a file swapped for another between the look and the read is
         * refused, not read where the other leads.
         */
        @Override
        public byte[] leesHoogstens(long max) throws IOException {
            Object before = ownFile();
            // A file system other than the default one may have no links, and refuse the option.
            OpenOption[] options = path.getFileSystem() == FileSystems.getDefault()
                    ? new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS} : new OpenOption[] {StandardOpenOption.READ};
            try (InputStream in = Channels.newInputStream(Files.newByteChannel(path, options))) {
                byte[] bytes = in.readNBytes((int) max + 1);
                if (!before.equals(ownFile())) {
                    throw new Refused(ProblemCode.KOPPELING_BUITEN_MAP, "is vervangen terwijl het gelezen werd; lees de regels opnieuw");
                }
                return bytes.length > max ? null : bytes;
            } catch (java.nio.file.FileSystemLoopException e) {
                throw new Refused(ProblemCode.KOPPELING_BUITEN_MAP, "is een koppeling; zet het bestand zelf in de regelmap");
            }
        }

        /** The file's identity (device and inode), when it is a regular file with one name; else refused. */
        private Object ownFile() throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                throw new Refused(ProblemCode.KOPPELING_BUITEN_MAP, "is een koppeling; zet het bestand zelf in de regelmap");
            }
            if (!attributes.isRegularFile()) {
                throw new Refused(ProblemCode.GEEN_GEWOON_BESTAND, "is geen gewoon bestand (maar een pipe, apparaat of socket);"
                        + " een regelbestand is een gewoon bestand");
            }
            // A file system without unix attributes (a zip file system) has no hard links either.
            if (path.getFileSystem().supportedFileAttributeViews().contains("unix")
                    && ((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() > 1) {
                throw new Refused(ProblemCode.KOPPELING_BUITEN_MAP, "heeft nog een naam (een harde koppeling, mogelijk naar een"
                        + " bestand buiten de regelmap); zet een kopie van het bestand in de regelmap");
            }
            return attributes.fileKey() == null ? attributes.lastModifiedTime() : attributes.fileKey();
        }

        @Override
        public long grootte() throws IOException {
            return Files.size(path);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A folder of a jar, with every file under it read (a jar has no links, and its files do not change). */
    final class InJar implements RuleTree {
        private final String jar;
        /** The path of this entry below the root, without slashes at the ends ("" for the root itself). */
        private final String pad;
        private final SortedMap<String, byte[]> files;
        /** Each file's size as the jar's index gives it: of a file too large, only the first bytes are read. */
        private final Map<String, Long> sizes;

        InJar(String jar, String pad, SortedMap<String, byte[]> files, Map<String, Long> sizes) {
            this.jar = jar;
            this.pad = pad;
            this.files = files;
            this.sizes = sizes;
        }

        @Override
        public String naam() {
            return pad.substring(pad.lastIndexOf('/') + 1);
        }

        @Override
        public boolean isMap() {
            String prefix = pad.isEmpty() ? "" : pad + "/";
            return files.tailMap(prefix).keySet().stream().findFirst().filter(name -> name.startsWith(prefix)).isPresent();
        }

        @Override
        public boolean isBestand() {
            return files.containsKey(pad);
        }

        @Override
        public boolean bestaat() {
            return isBestand() || isMap();
        }

        @Override
        public List<RuleTree> kinderen() {
            String prefix = pad.isEmpty() ? "" : pad + "/";
            List<RuleTree> children = new ArrayList<>();
            String last = null;
            for (String name : files.tailMap(prefix).keySet()) {
                if (!name.startsWith(prefix)) {
                    break;
                }
                int slash = name.indexOf('/', prefix.length());
                String child = slash < 0 ? name : name.substring(0, slash);
                if (!child.equals(last)) {
                    children.add(new InJar(jar, child, files, sizes));
                    last = child;
                }
            }
            // By name, as a folder on disk lists them: "a" before "a.drl", though "a/…" sorts after it.
            children.sort(Comparator.comparing(RuleTree::naam));
            return children;
        }

        @Override
        public RuleTree kind(String naam) {
            return new InJar(jar, pad.isEmpty() ? naam : pad + "/" + naam, files, sizes);
        }

        @Override
        public boolean isKoppeling() {
            return false;
        }

        @Override
        public byte[] leesHoogstens(long max) {
            byte[] bytes = files.get(pad);
            if (bytes == null) {
                throw new UncheckedIOException(new IOException("geen bestand in de jar: " + this));
            }
            return bytes.length > max ? null : bytes;
        }

        @Override
        public long grootte() {
            long size = sizes.getOrDefault(pad, -1L);
            return size >= 0 ? size : leesHoogstens(Long.MAX_VALUE).length;
        }

        @Override
        public String toString() {
            return pad.isEmpty() ? jar : jar + "/" + pad;
        }
    }
}
