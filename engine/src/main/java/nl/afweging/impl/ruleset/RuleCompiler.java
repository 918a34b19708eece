package nl.afweging.impl.ruleset;

import java.util.List;
import java.util.Optional;
import nl.afweging.model.LoadProblem;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the DRL of a parsed rule set with Drools: the classic way, or through a cache of compiled rule sets
 * (the executable model). Every compile error becomes a problem at its file and line, or table row and column
 * ({@link CompileMessages}).
 */
final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    /** Where the files go in Drools' file system; a decision table as the DRL made of it, under its own name plus ".drl". */
    static final String FOLDER = "nl/afweging/regels/";
    private static final String RESOURCES = "src/main/resources/" + FOLDER;

    /** What a compilation gave: the container, or null after errors; and whether it came from the cache. */
    record Compiled(KieContainer container, boolean uitCache) {}

    private RuleCompiler() {}

    /** Compiles every file with DRL; {@code cache} may be null. Adds every compile error to {@code problems}. */
    static Compiled compile(ParsedRuleSet parsed, CompiledRuleSetCache cache, List<LoadProblem> problems) {
        List<ParsedFile> files = parsed.regelbestanden().stream().filter(f -> f.drl() != null).toList();
        if (files.isEmpty()) {
            return new Compiled(null, false);
        }
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A release id per content hash: two different rule sets never share a KieModule.
        ReleaseId releaseId = ks.newReleaseId("nl.afweging.regelset", "r" + parsed.hash().substring(7, 23), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (ParsedFile file : files) {
            kfs.write(RESOURCES + file.pad() + (file.isTabel() ? ".drl" : ""), file.drl());
        }
        if (cache != null) {
            Optional<KieContainer> cached = cache.load(ks, releaseId, parsed.hash());
            if (cached.isPresent()) {
                return new Compiled(cached.get(), true);
            }
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            if (!builder.getResults().hasMessages(Message.Level.ERROR)) {
                cache.store(builder, parsed.hash());
                return new Compiled(ks.newKieContainer(releaseId), false);
            }
            // The classic build below also gives the messages that name file and line.
            LOG.debug("Executable model niet te bouwen, klassiek compileren: {}", builder.getResults().getMessages(Message.Level.ERROR));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            // Drools adds this after any parse error in a file; the parse error itself says more.
            if (!String.valueOf(m.getText()).contains("Parser returned a null Package")) {
                problems.add(CompileMessages.toProblem(m, parsed));
            }
        }
        return new Compiled(builder.getResults().hasMessages(Message.Level.ERROR) ? null : ks.newKieContainer(releaseId), false);
    }

    /** The rule file a compile message is about, from the path it was written to; the message's own path when not one of those. */
    static String fileOf(String messagePath) {
        String path = messagePath == null ? "" : messagePath;
        int at = path.indexOf(FOLDER);
        String file = at >= 0 ? path.substring(at + FOLDER.length()) : path;
        return file.endsWith(".drl.csv.drl") ? file.substring(0, file.length() - ".drl".length()) : file;
    }
}
