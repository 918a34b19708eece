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
 * The checks derived from the declaration give exactly the problems of the hand-written validator they replaced
 * (same order, pointers and words), on JSON near the edges of the contract; and the direct check of a record gives
 * exactly what the JSON check gives for the record's JSON form. The coverage lines keep the generators honest: most
 * inputs must be invalid, some valid.
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

        assertThat(AanvraagValidator.valideer(tree)).isEqualTo(expected);

        Statistics.collect(expected.isEmpty() ? "geldig" : "ongeldig");
        Statistics.coverage(c -> {
            c.check("ongeldig").percentage(p -> p > 50);
            c.check("geldig").percentage(p -> p > 5);
        });
    }

    @Property(tries = 3000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void theRecordCheckGivesTheProblemsOfTheRecordsJson(@ForAll("records") Aanvraag aanvraag) {
        JsonNode json = JsonSupport.MAPPER.valueToTree(aanvraag);
        List<Fout> expected = HandwrittenAanvraagValidator.valideer(json);

        assertThat(AanvraagValidator.valideer(json)).isEqualTo(expected);
        assertThat(AanvraagValidator.valideer(aanvraag)).isEqualTo(expected);

        Statistics.collect(expected.isEmpty() ? "geldig" : "ongeldig");
        Statistics.coverage(c -> {
            c.check("ongeldig").percentage(p -> p > 30);
            c.check("geldig").percentage(p -> p > 10);
        });
    }
}
