// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Fout;
import nl.afweging.model.Hulpvraag;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Niveau;
import nl.afweging.model.Persoon;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Wet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The derived checks on the repository's own inputs (on the frozen declaration: the same problems as the
 * hand-written validator, word for word) and on named faulty records (the problems expected, from the record and
 * from its JSON form alike).
 */
class DerivedChecksTest {
    private static final LocalDate PEILDATUM = ContractArbitraries.PEILDATUM;
    private static final String SOORTEN = "HUISHOUDEN, PERSOONLIJKE_VERZORGING, BEGELEIDING, DAGBESTEDING, OPVOEDEN_OPGROEIEN, "
            + "PSYCHISCH, FINANCIEN, HUISVESTING, WERK_INKOMEN, SCHOOL, VERVOER, WONINGAANPASSING";

    private static Path root() {
        return Path.of(System.getProperty("afweging.root", "..")).toAbsolutePath();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAndFixtureGetsTheHandwrittenProblems() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("examples/ongeldig", "examples", "fixtures")) {
            try (Stream<Path> list = Files.list(root().resolve(folder))) {
                list.filter(p -> p.toString().endsWith(".json") && !p.endsWith("verwacht.json")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(40);
        return files.stream().map(file -> DynamicTest.dynamicTest(root().relativize(file).toString(), () -> {
            JsonNode tree;
            try {
                tree = JsonSupport.readTree(Files.readString(file));
            } catch (IOException e) {
                return; // malformed JSON never reaches a check
            }
            JsonNode aanvraag = file.getParent().endsWith("fixtures") ? tree.get("aanvraag") : tree;
            assertThat(TreeCheck.check(FrozenDeclaration.AANVRAAG, aanvraag).lijst()).isEqualTo(HandwrittenAanvraagValidator.valideer(aanvraag));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aFaultyRecordGetsTheProblemsOfItsJson() {
        Map<String, Case> cases = Map.of(
                "bad id", new Case(a -> with(a, "a b", a.peildatum(), a.wet(), a.persoon(), a.hulpvraag(), a.zrm(), a.eerdereTrajecten()),
                        new Fout("/id", "\"a b\"", "1 tot 64 tekens uit A-Z a-z 0-9 . _ - (een pseudoniem, nooit een BSN)")),
                "leeftijd 130", new Case(a -> with(a, a.id(), a.peildatum(), a.wet(), new Persoon(130), a.hulpvraag(), a.zrm(), a.eerdereTrajecten()),
                        new Fout("/persoon/leeftijd", "130", "een geheel getal van 0 tot en met 120")),
                "required fields null", new Case(a -> with(a, null, null, null, null, null, a.zrm(), List.of()),
                        missing("id"), missing("peildatum"), missing("wet"), missing("persoon"), missing("hulpvraag")),
                "duplicate soorten", new Case(a -> with(a, a.id(), a.peildatum(), a.wet(), a.persoon(), new Hulpvraag(List.of(
                        HulpvraagSoort.BEGELEIDING, HulpvraagSoort.FINANCIEN, HulpvraagSoort.BEGELEIDING)), a.zrm(), a.eerdereTrajecten()),
                        new Fout("/hulpvraag/soorten/2", "\"BEGELEIDING\" voor de tweede keer", "elke soort één keer")),
                "empty soorten", new Case(a -> with(a, a.id(), a.peildatum(), a.wet(), a.persoon(), new Hulpvraag(List.of()), a.zrm(),
                        a.eerdereTrajecten()), new Fout("/hulpvraag/soorten", "een lege lijst", "minstens één soort: " + SOORTEN)),
                "zrm score 7", new Case(a -> with(a, a.id(), a.peildatum(), a.wet(), a.persoon(), a.hulpvraag(),
                        Map.of(Leefgebied.FINANCIEN, 7, Leefgebied.JUSTITIE, 2), a.eerdereTrajecten()),
                        new Fout("/zrm/FINANCIEN", "7", "een geheel getal van 1 tot en met 5")),
                "einddatum after peildatum", new Case(a -> with(a, a.id(), a.peildatum(), a.wet(), a.persoon(), a.hulpvraag(), a.zrm(),
                        List.of(new EerderTraject(Niveau.LOKAAL_TEAM, Resultaat.ONVOLDOENDE, PEILDATUM.plusMonths(1)))),
                        new Fout("/eerdereTrajecten/0/einddatum", "2026-07-01, na de peildatum 2026-06-01", "een datum op of voor de peildatum")),
                "traject at NORMALISATIE", new Case(a -> with(a, a.id(), a.peildatum(), a.wet(), a.persoon(), a.hulpvraag(), a.zrm(),
                        List.of(new EerderTraject(Niveau.NORMALISATIE, Resultaat.AFGEBROKEN, PEILDATUM))),
                        new Fout("/eerdereTrajecten/0/niveau", "\"NORMALISATIE\"", "een van SOCIALE_BASIS, LOKAAL_TEAM, SPECIALISTISCH_MAATWERK")),
                "101 eerdere trajecten", new Case(a -> with(a, a.id(), a.peildatum(), a.wet(), a.persoon(), a.hulpvraag(), a.zrm(),
                        java.util.Collections.nCopies(101, new EerderTraject(Niveau.LOKAAL_TEAM, Resultaat.ONVOLDOENDE, PEILDATUM))),
                        new Fout("/eerdereTrajecten", "een lijst van 101 elementen", "hoogstens 100 eerdere trajecten")),
                "peildatum in year 10000", new Case(a -> with(a, a.id(), LocalDate.of(10000, 1, 1), a.wet(), a.persoon(), a.hulpvraag(),
                        a.zrm(), a.eerdereTrajecten()), new Fout("/peildatum", "\"+10000-01-01\"", "een datum JJJJ-MM-DD")));
        Aanvraag valid = Aanvraag.builder("2026-000123", PEILDATUM, Wet.WMO, 45).soort(HulpvraagSoort.PSYCHISCH)
                .zrm(Leefgebied.HUISVESTING, 3).eerderTraject(new EerderTraject(Niveau.SOCIALE_BASIS, Resultaat.ONVOLDOENDE, PEILDATUM))
                .build();
        assertThat(AanvraagValidator.valideer(valid).lijst()).isEmpty();
        return cases.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Aanvraag faulty = e.getValue().change().apply(valid);
            JsonNode json = JsonSupport.valueToTree(faulty);
            assertThat(AanvraagValidator.valideer(faulty).lijst()).containsExactly(e.getValue().fouten());
            assertThat(AanvraagValidator.valideer(json).lijst()).containsExactly(e.getValue().fouten());
        }));
    }

    @Test
    void listsAtTheirLongestAreValidFromTheRecordAndFromItsJson() {
        Aanvraag.Builder b = Aanvraag.builder("2026-000123", PEILDATUM, Wet.WMO, 45).soort(HulpvraagSoort.PSYCHISCH);
        for (int i = 0; i < 100; i++) {
            b.eerderTraject(new EerderTraject(Niveau.SOCIALE_BASIS, Resultaat.ONVOLDOENDE, PEILDATUM.minusDays(i)));
        }
        for (int i = 0; i < 25; i++) {
            b.huisgenoot(new nl.afweging.model.Huisgenoot(nl.afweging.model.Relatie.KIND, i, false, false, false));
        }
        Aanvraag longest = b.build();
        assertThat(AanvraagValidator.valideer(longest).lijst()).isEmpty();
        assertThat(AanvraagValidator.valideer(JsonSupport.valueToTree(longest)).lijst()).isEmpty();
    }

    @Test
    void noAanvraagAtAllIsOneProblem() {
        assertThat(AanvraagValidator.valideer((Aanvraag) null).lijst())
                .containsExactly(new Fout("", "null", "een JSON-object met de velden van een aanvraag"))
                .isEqualTo(HandwrittenAanvraagValidator.valideer(JsonSupport.valueToTree(null)));
    }

    /** The hand-read date gives the verdicts of the pattern and the strict formatter it replaced. */
    @Test
    void datesAreReadAsTheStrictFormatterReadsThem() {
        List<String> texts = new ArrayList<>(List.of("", "2026-3-01", "2026-03-1", "20260301", "2026/03/01", "+2026-03-01",
                "-2026-03-01", "2026-03-01 ", " 2026-03-01", "٢٠٢٦-٠٣-٠١", "2026-0a-01", "99999-01-01", "2026-03-01T00:00"));
        for (int year : new int[] {0, 1, 4, 100, 1582, 1900, 2000, 2023, 2024, 2026, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    texts.add(String.format("%04d-%02d-%02d", year, month, day));
                }
            }
        }
        Pattern form = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        DateTimeFormatter strict = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
        int valid = 0;
        for (String text : texts) {
            int expected;
            LocalDate date = null;
            if (!form.matcher(text).matches()) {
                expected = Dates.NO_DATE;
            } else {
                try {
                    date = LocalDate.parse(text, strict);
                    expected = Dates.VALID;
                    valid++;
                } catch (DateTimeParseException e) {
                    expected = Dates.NO_SUCH_DAY;
                }
            }
            assertThat(Dates.form(text)).as(text).isEqualTo(expected);
            if (date != null) {
                assertThat(Dates.parse(text)).as(text).isEqualTo(date);
            }
        }
        assertThat(valid).isGreaterThan(3000);
    }

    private static Fout missing(String veld) {
        return new Fout("/" + veld, "niets (verplicht veld ontbreekt)", "het veld " + veld + " is verplicht");
    }

    private static Aanvraag with(Aanvraag a, String id, LocalDate peildatum, Wet wet, Persoon persoon, Hulpvraag hulpvraag,
                                 Map<Leefgebied, Integer> zrm, List<EerderTraject> trajecten) {
        return new Aanvraag(id, peildatum, a.gemeente(), a.wijk(), wet, persoon, hulpvraag, zrm, a.huisgenoten(), a.netwerk(),
                a.veiligheid(), a.hulpGeaccepteerd(), a.wlz(), a.zvwAanspraak(), a.verwijzer(), trajecten);
    }

    private record Case(UnaryOperator<Aanvraag> change, Fout... fouten) {}
}
