// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.util.UUID;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieContainerImpl;
import org.drools.compiler.kie.builder.impl.KieModuleKieProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * KieContainers made straight from their KieModule, leaving nothing in Drools' KieRepository. That repository is one
 * per JVM and keeps every module put in it (up to 100 release ids, with their class loaders and generated classes),
 * so a process that loads rules again and again (a reload after each change) would keep dozens of rule sets it no
 * longer uses: measured, 25 reloads of changed rules kept 3,400 classes and 17 MB of metaspace. A container made
 * here holds its module itself; once the engine that uses it is gone, so is everything it loaded.
 *
 * <p>Taking the module by release id from the repository ({@code KieServices.newKieContainer}) would also race: two
 * loads of the same files use the same release id, and one could take, or remove, the other's module.
 */
final class KieContainers {
    private KieContainers() {}

    /** The container of what {@code built} compiled (without errors); the module it put in the repository is taken out. */
    static KieContainer of(KieBuilder built, ReleaseId releaseId) {
        try {
            return of((InternalKieModule) built.getKieModule(), releaseId);
        } finally {
            forget(releaseId);
        }
    }

    /** A container on this module, its KieBase built; as {@code KieServicesImpl.newKieContainer} makes one, without the lookup. */
    static KieContainer of(InternalKieModule module, ReleaseId releaseId) {
        ClassLoader loader = module.getModuleClassLoader();
        KieModuleKieProject project = new KieModuleKieProject(module, loader);
        if (project.getClassLoader() != loader) {
            project.init();
        }
        KieContainer container = new KieContainerImpl(UUID.randomUUID().toString(), project, KieServices.get().getRepository(), releaseId);
        // Built now, while loading, rather than at the first advice.
        container.getKieBase();
        return container;
    }

    /** Takes the module with this release id out of the repository, where a build puts it; nothing when it is not there. */
    static void forget(ReleaseId releaseId) {
        KieServices.get().getRepository().removeKieModule(releaseId);
    }
}
