package nl.afweging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule-set internals stay below the API: {@code impl.ruleset} uses only the model, the rule vocabulary, support,
 * contract and its own tables; the tables use none of the rest of {@code impl.ruleset}, so the two form no cycle.
 */
class RuleSetLayersTest {
    private static final Path SOURCES = TestEngines.root().resolve("engine/src/main/java/nl/afweging/impl/ruleset");
    private static final Pattern REFERENCE = Pattern.compile("\\bnl\\.afweging\\.((?:[a-z]\\w*\\.)*)[A-Z]");
    private static final List<String> BELOW = List.of("model.", "feiten.", "impl.support.", "impl.contract.");

    @Test
    void theRuleSetPackagesUseNothingAboveThem() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                boolean table = file.getParent().getFileName().toString().equals("tables");
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String pkg = m.group(1);
                    boolean allowed = BELOW.contains(pkg) || pkg.equals("impl.ruleset.tables.") || !table && pkg.equals("impl.ruleset.");
                    if (!allowed) {
                        violations.add(SOURCES.relativize(file) + " uses nl.afweging." + pkg);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
