// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.afweging.model.Regelset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

/**
 * Drools' KieRepository is one per JVM and keeps the modules put in it, class loaders and generated classes
 * included; a loaded rule set must leave nothing there, however it was compiled, or every reload of changed rules
 * would keep the old ones (ReloadMetaspaceTest measures what that costs).
 */
class KieBasesTest {

    @Test
    void noWayOfLoadingLeavesTheRuleSetInDroolsRepository(@TempDir Path cache) {
        ParsedRuleSet regels = ParsedRuleSet.of(RuleSource.fromDirectory(root().resolve("rules/2026.1")));

        LoadedRuleSet klassiek = RuleSetLoader.load(regels);
        assertNotInRepository(klassiek.regelset());
        LoadedRuleSet gecompileerd = RuleSetLoader.load(regels, cache, true);
        assertNotInRepository(gecompileerd.regelset());
        LoadedRuleSet uitCache = RuleSetLoader.load(regels, cache, true);
        assertNotInRepository(uitCache.regelset());

        assertThat(gecompileerd.uitCache()).isFalse();
        assertThat(uitCache.uitCache()).isTrue();
        // Still whole without the repository: every evaluation takes its session from the KieBase itself.
        for (LoadedRuleSet set : new LoadedRuleSet[] {klassiek, gecompileerd, uitCache}) {
            assertThat(set.sessions().newStatelessKieSession()).isNotNull();
            assertThat(set.kieBase().getKiePackages()).isNotEmpty();
        }
    }

    private static void assertNotInRepository(Regelset regelset) {
        KieServices ks = KieServices.get();
        String artifact = "r" + regelset.hash().substring(7, 23);
        for (String part : new String[] {artifact, artifact + "-parameters"}) {
            ReleaseId id = ks.newReleaseId("nl.afweging.regelset", part, "1.0.0");
            assertThat(ks.getRepository().getKieModule(id)).as(part).isNull();
        }
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("rules")) && Files.isDirectory(p.resolve("engine"))) {
                return p;
            }
        }
        throw new IllegalStateException("Repository root not found");
    }
}
