// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Fout;

/**
 * The JSON check derived from a declaration gives exactly the problems of the hand-written validator it replaced
 * (same order, pointers and words), on JSON near the edges of the contract; it runs on the declaration the oracle
 * knows ({@link FrozenDeclaration}), so a field added to the model does not set the two apart. And the direct check
 * of a record gives exactly what the JSON check gives for the record's JSON form, on the engine's own declaration.
 * The coverage lines keep the generators honest: many inputs must be invalid, some valid.
 */
class DerivedChecksProperties {

    @Provide
    Arbitrary<JsonNode> trees() {
        return ContractArbitraries.trees();
    }

    @Provide
    Arbitrary<Aanvraag> records() {
        return ContractArbitraries.records();
    }

    @Property(tries = 3000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theJsonCheckGivesTheHandwrittenValidatorsProblems(@ForAll("trees") JsonNode tree) {
        List<Fout> expected = HandwrittenAanvraagValidator.valideer(tree);

        assertThat(TreeCheck.check(FrozenDeclaration.AANVRAAG, tree).lijst()).isEqualTo(expected);

        Statistics.collect(expected.isEmpty() ? "geldig" : "ongeldig");
        Statistics.coverage(c -> {
            c.check("ongeldig").percentage(p -> p > 50);
            c.check("geldig").percentage(p -> p > 5);
        });
    }

    @Property(tries = 3000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theRecordCheckGivesTheProblemsOfTheRecordsJson(@ForAll("records") Aanvraag aanvraag) {
        List<Fout> expected = AanvraagValidator.valideer(JsonSupport.<JsonNode>valueToTree(aanvraag)).lijst();

        assertThat(AanvraagValidator.valideer(aanvraag).lijst()).isEqualTo(expected);

        Statistics.collect(expected.isEmpty() ? "geldig" : "ongeldig");
        Statistics.coverage(c -> {
            c.check("ongeldig").percentage(p -> p > 30);
            c.check("geldig").percentage(p -> p > 10);
        });
    }
}
