// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.BuildContext;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieModuleKieProject;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

/**
 * KieBases made straight from their KieModule, as a KieContainer makes its default one, without the container and
 * without Drools' KieRepository.
 *
 * <p>Without the repository: it is one per JVM and keeps every module put in it (up to 100 release ids, with their
 * class loaders and generated classes), so a process that loads rules again and again (a reload after each change)
 * would keep dozens of rule sets it no longer uses: measured, 25 reloads of changed rules kept 3,400 classes and 17 MB
 * of metaspace. A KieBase made here holds its module itself; once the engine that uses it is gone, so is everything it
 * loaded. Taking the module by release id from the repository would also race: two loads of the same files use the
 * same release id, and one could take, or remove, the other's module.
 *
 * <p>Without the container: a KieContainer logs two INFO lines for every KieBase it builds ("Start/End creation of
 * KieBase"), into the embedder's log, on every load and reload; the engine needs only the KieBase and a pool of
 * sessions on it ({@code KieBase.newKieSessionsPool}), which the container would only have passed on.
 */
final class KieBases {
    private KieBases() {}

    /** The KieBase of what {@code built} compiled (without errors); the module it put in the repository is taken out. */
    static KieBase of(KieBuilder built, ReleaseId releaseId) {
        try {
            return of((InternalKieModule) built.getKieModule());
        } finally {
            forget(releaseId);
        }
    }

    /**
     * The KieBase of a compiled rule set's executable model (a kjar from the cache), as Drools'
     * {@code CanonicalKieModuleProvider} reads one, without its two INFO lines per module. A kjar without the model is
     * refused: everything this engine compiles has one.
     */
    static KieBase ofExecutableModel(ReleaseId releaseId, KieModuleModel model, MemoryFileSystem jar) {
        MemoryKieModule module = new MemoryKieModule(releaseId, model, jar);
        if (!module.hasResource(CanonicalKieModule.getModelFileWithGAV(releaseId))) {
            throw new IllegalStateException("er staat geen uitvoerbaar model in");
        }
        return of(new CanonicalKieModule(module));
    }

    /** The default KieBase of this module, built now (while loading, rather than at the first advice). */
    static KieBase of(InternalKieModule module) {
        KieModuleKieProject project = new KieModuleKieProject(module, module.getModuleClassLoader());
        project.init();
        KieBaseModelImpl model = (KieBaseModelImpl) project.getDefaultKieBaseModel();
        BuildContext context = new BuildContext();
        InternalKnowledgeBase kieBase = module.createKieBase(model, project, context, null);
        if (kieBase == null) {
            throw new IllegalStateException("Drools bouwde geen KieBase: " + context.getMessages().filterMessages(Message.Level.ERROR));
        }
        module.afterKieBaseCreationUpdate(model.getName(), kieBase);
        return kieBase;
    }

    /** Takes the module with this release id out of the repository, where a build puts it; nothing when it is not there. */
    static void forget(ReleaseId releaseId) {
        KieServices.get().getRepository().removeKieModule(releaseId);
    }
}
