// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.afweging.impl.support.Sha256;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.memorycompiler.JavaConfiguration;
import org.kie.memorycompiler.KieMemoryCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drools' alpha network compiler, applied where it pays: the tests of one fact type's conditions (its alpha network)
 * become one generated Java class instead of a walk over node objects. That makes a small network faster; a fact type
 * with hundreds of conditions (a large catalogue) gives methods too large for the JIT, which then runs them
 * interpreted and slower than Drools' own network, so such a type keeps it ({@link #MAX_SOURCE}).
 *
 * <p>Compiling the classes costs a second or more, so it is done once per rule set and engine, and the cache of compiled
 * rule sets keeps the classes ({@link #compile}, {@link #write}); later they are put back ({@link #read},
 * {@link #attach}), at a rule set's first advice ({@link RuleCompiler}). A class goes back only onto the network it
 * was made from: Drools generates the source of each network again (no compiler, but 150-400 ms per rule set in a
 * fresh JVM) and the class is used only when that source is the one it was compiled from, so a class can never run
 * against another network than its own.
 */
final class AlphaNetwork {
    private static final Logger LOG = LoggerFactory.getLogger(AlphaNetwork.class);
    /**
     * Above this much generated source for one fact type its network stays Drools' own. The default catalogue's
     * network is 46 KB of source; the 1,000-row one's 757 KB, which the reporter measured 13 % slower compiled.
     */
    static final int MAX_SOURCE = 128 * 1024;
    private static final Pattern COMMENT = Pattern.compile("//[^\n]*");

    /** The compiled network of one fact type: the hash of the source it was compiled from, and its class files. */
    record Compiled(String sourceHash, String className, Map<String, byte[]> classes) {}

    private AlphaNetwork() {}

    /** Compiles the network of every fact type whose generated source is at most {@code maxSource} long, by fact type. */
    static Map<String, Compiled> compile(KieBase kieBase, int maxSource) {
        Map<String, CompiledNetworkSources> chosen = new TreeMap<>(sources(kieBase, type -> true));
        chosen.values().removeIf(s -> s.getSource().length() > maxSource);
        Map<String, Compiled> compiled = new TreeMap<>();
        if (chosen.isEmpty()) {
            return compiled;
        }
        Map<String, String> sources = new LinkedHashMap<>();
        chosen.values().forEach(s -> sources.put(s.getName(), s.getSource()));
        // Eclipse's compiler, as Drools uses for the executable model: javac in-process cannot see the engine's
        // modules when the engine runs as one (module path).
        Map<String, byte[]> classes = KieMemoryCompiler.compileNoLoad(sources, rootLoader(kieBase), JavaConfiguration.CompilerType.ECLIPSE);
        chosen.forEach((type, s) -> {
            Map<String, byte[]> own = new TreeMap<>();
            classes.forEach((name, bytes) -> {
                String binary = binaryName(name);
                if (binary.equals(s.getName()) || binary.startsWith(s.getName() + "$")) {
                    own.put(binary, bytes);
                }
            });
            compiled.put(type, new Compiled(sourceHash(s), s.getName(), own));
        });
        return compiled;
    }

    /** The length of each fact type's generated source, by fact type: what {@link #MAX_SOURCE} is compared with. */
    static Map<String, Integer> sourceSizes(KieBase kieBase) {
        Map<String, Integer> sizes = new TreeMap<>();
        sources(kieBase, type -> true).forEach((type, s) -> sizes.put(type, s.getSource().length()));
        return sizes;
    }

    /**
     * Puts the compiled networks into the KieBase, before any session is made from it; a fact type whose network
     * is no longer the one a class was compiled from keeps Drools' own. Returns the fact types now compiled.
     */
    static Set<String> attach(KieBase kieBase, Map<String, Compiled> compiled) {
        Set<String> attached = new TreeSet<>();
        if (compiled.isEmpty()) {
            return attached;
        }
        Loader loader = new Loader(rootLoader(kieBase));
        // Only the networks there is a class for are generated again: a large one would cost time for nothing.
        for (Map.Entry<String, CompiledNetworkSources> type : sources(kieBase, compiled::containsKey).entrySet()) {
            Compiled c = compiled.get(type.getKey());
            if (!c.sourceHash().equals(sourceHash(type.getValue()))) {
                LOG.debug("Geen gecompileerd alfanetwerk voor {}: de klasse is niet van dit netwerk gemaakt", type.getKey());
                continue;
            }
            loader.add(c.classes());
            try {
                type.getValue().createInstanceAndSet(loader.loadClass(c.className()));
                attached.add(type.getKey());
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                LOG.warn("Het gecompileerde alfanetwerk voor {} is niet te laden ({}); Drools' eigen netwerk blijft", type.getKey(), e.toString());
            }
        }
        return attached;
    }

    /** The generated source of the network of each fact type {@code wanted} accepts, by fact type. */
    private static Map<String, CompiledNetworkSources> sources(KieBase kieBase, Predicate<String> wanted) {
        Map<String, CompiledNetworkSources> sources = new TreeMap<>();
        for (ObjectTypeNode otn : ObjectTypeNodeCompiler.objectTypeNodes(((InternalKnowledgeBase) kieBase).getRete())) {
            String type = otn.getObjectType().getClassName();
            if (wanted.test(type)) {
                sources.put(type, new ObjectTypeNodeCompiler(otn).generateSource());
            }
        }
        return sources;
    }

    /**
     * The hash of a network's code: its source without the class name, which Drools makes anew each time, and without
     * comments, which show the constraints with their objects' identity hashes. What remains follows from the
     * network's nodes (their ids and types, the values of hashed tests), so equal hashes mean the same network; the
     * class reaches each node's constraint through the live network, never through a copy.
     */
    private static String sourceHash(CompiledNetworkSources s) {
        String simpleName = s.getName().substring(s.getName().lastIndexOf('.') + 1);
        String source = COMMENT.matcher(s.getSource()).replaceAll("").replace(simpleName, "CompiledNetwork");
        return Sha256.hex(source.getBytes(StandardCharsets.UTF_8));
    }

    private static ClassLoader rootLoader(KieBase kieBase) {
        return ((InternalKnowledgeBase) kieBase).getRootClassLoader();
    }

    /** A class name from the compiler's output, which names class files by path. */
    private static String binaryName(String name) {
        String n = name.endsWith(".class") ? name.substring(0, name.length() - ".class".length()) : name;
        return n.replace('/', '.');
    }

    /** The compiled networks as bytes for the cache (a fixed order, so the same rules give the same bytes). */
    static byte[] write(Map<String, Compiled> compiled) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(compiled.size());
            for (Map.Entry<String, Compiled> e : new TreeMap<>(compiled).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().sourceHash());
                out.writeUTF(e.getValue().className());
                out.writeInt(e.getValue().classes().size());
                for (Map.Entry<String, byte[]> c : new TreeMap<>(e.getValue().classes()).entrySet()) {
                    out.writeUTF(c.getKey());
                    out.writeInt(c.getValue().length);
                    out.write(c.getValue());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** What {@link #write} wrote. */
    static Map<String, Compiled> read(byte[] bytes) throws IOException {
        Map<String, Compiled> compiled = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int types = in.readInt();
            for (int t = 0; t < types; t++) {
                String type = in.readUTF();
                String hash = in.readUTF();
                String className = in.readUTF();
                int count = in.readInt();
                Map<String, byte[]> classes = new TreeMap<>();
                for (int c = 0; c < count; c++) {
                    String name = in.readUTF();
                    byte[] code = new byte[in.readInt()];
                    in.readFully(code);
                    classes.put(name, code);
                }
                compiled.put(type, new Compiled(hash, className, classes));
            }
            if (in.read() != -1) {
                throw new IOException("meer bytes dan de gecompileerde netwerken");
            }
        }
        return compiled;
    }

    /** Defines the compiled networks' classes, beside the rules' own classes they use. */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes = new java.util.HashMap<>();

        Loader(ClassLoader parent) {
            super(parent);
        }

        void add(Map<String, byte[]> more) {
            classes.putAll(more);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] code = classes.get(name);
            if (code == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, code, 0, code.length);
        }
    }
}
