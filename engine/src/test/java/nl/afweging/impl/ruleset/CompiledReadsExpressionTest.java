// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afweging.feiten.Casus;
import nl.afweging.feiten.Huisgenoot;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Parameters;
import nl.afweging.feiten.Profiel;
import nl.afweging.feiten.Traject;
import nl.afweging.feiten.Vraag;
import nl.afweging.feiten.VraagOpNiveau;
import nl.afweging.impl.ruleset.CompiledReads.Member;
import org.junit.jupiter.api.Test;

/** One compiled constraint's expression, resolved against its pattern's fact and the declarations it may use. */
class CompiledReadsExpressionTest {

    @Test
    void aParameterIsReadByTheNameItIsComparedWith() {
        assertThat(reads("naam == \"meervoudigVanaf\"", Parameter.class))
                .containsExactly(new Member(Parameter.class, "naam", List.of(), "meervoudigVanaf"));
        // Compared with something that is not a constant, the name is read but not known.
        assertThat(reads("naam == \"meervoudig\" + \"Vanaf\"", Parameter.class)).containsExactly(Member.property(Parameter.class, "naam"));
        assertThat(reads("naam == $n", Parameter.class, "$n", null)).containsExactly(Member.property(Parameter.class, "naam"));
    }

    @Test
    void aParameterOfTheOneFactIsReadByTheNameItIsAskedFor() {
        assertThat(reads("$p.heeftMinstens(waarde(\"meervoudigVanaf\"), 3) == true", Parameters.class, "$p", Profiel.class))
                .containsExactlyInAnyOrder(call(Profiel.class, "heeftMinstens", null, "3"), call(Parameters.class, "waarde", "meervoudigVanaf"));
        assertThat(reads("aantalTotEnMet(3) >= $parameters.waarde(\"meervoudigVanaf\")", Profiel.class, "$parameters", Parameters.class))
                .containsExactlyInAnyOrder(call(Profiel.class, "aantalTotEnMet", "3"), call(Parameters.class, "waarde", "meervoudigVanaf"));
        // A name put together is no constant: the read is seen, its name is not (loading refuses it).
        assertThat(reads("aantalTotEnMet(3) >= $parameters.waarde(\"meervoudig\" + \"Vanaf\")", Profiel.class, "$parameters", Parameters.class))
                .contains(call(Parameters.class, "waarde", (String) null));
    }

    @Test
    void aMethodCallIsReadWithItsConstantArguments() {
        assertThat(reads("score(Leefgebied.HUISVESTING) == 1", Profiel.class))
                .containsExactly(call(Profiel.class, "score", "HUISVESTING"));
        assertThat(reads("score(nl.afweging.model.Leefgebied.FINANCIEN) <= 2", Profiel.class))
                .containsExactly(call(Profiel.class, "score", "FINANCIEN"));
        assertThat(reads("score($leefgebied) < 3", Profiel.class, "$leefgebied", null))
                .containsExactly(call(Profiel.class, "score", (String) null));
        assertThat(reads("heeftSoort(HulpvraagSoort.SCHOOL)", Casus.class)).containsExactly(call(Casus.class, "heeftSoort", "SCHOOL"));
        assertThat(reads("aantalTotEnMet(3) >= $vanaf", Profiel.class, "$vanaf", null)).containsExactly(call(Profiel.class, "aantalTotEnMet", "3"));
        assertThat(reads("eindigdeBinnenMaanden($termijn)", Traject.class, "$termijn", null))
                .containsExactly(call(Traject.class, "eindigdeBinnenMaanden", (String) null));
    }

    @Test
    void aMemberReachedThroughADeclarationIsAMemberOfTheFactItIsBoundTo() {
        assertThat(reads("$p.heeftMinstens(waarde, 3) == true", Parameter.class, "$p", Profiel.class))
                .containsExactlyInAnyOrder(call(Profiel.class, "heeftMinstens", null, "3"), Member.property(Parameter.class, "waarde"));
        assertThat(reads("$c.wet == Wet.JEUGDWET", Vraag.class, "$c", Casus.class))
                .containsExactly(new Member(Casus.class, "wet", List.of(), "JEUGDWET"));
        // A getter call is its property; a null-safe access is an access.
        assertThat(reads("$c.isZvwAanspraak()", Vraag.class, "$c", Casus.class)).containsExactly(Member.property(Casus.class, "zvwAanspraak"));
        assertThat(reads("$c!.gemeente != null", Vraag.class, "$c", Casus.class)).containsExactly(Member.property(Casus.class, "gemeente"));
        assertThat(reads("this.gemeente == \"0363\"", VraagOpNiveau.class))
                .containsExactly(new Member(VraagOpNiveau.class, "gemeente", List.of(), "0363"));
        // Only the first member is the fact's: soorten, not size.
        assertThat(reads("$c.soorten.size() > 1", Vraag.class, "$c", Casus.class)).containsExactly(Member.property(Casus.class, "soorten"));
    }

    @Test
    void aStringLiteralACommentATypeOrAnOperatorWordReadsNothing() {
        assertThat(reads("gemeente != \"leeftijd\"", Casus.class)).containsExactly(Member.property(Casus.class, "gemeente"));
        assertThat(reads("gemeente != \"wet(\"", Casus.class)).containsExactly(Member.property(Casus.class, "gemeente"));
        // What Drools' parser cannot read (loading refuses it before compiling) is not guessed at: the caller falls
        // back to the properties Drools says the constraint listens to.
        assertThat(reads("gemeente != 'wet('", Casus.class)).isNull();
        assertThat(reads("/* leeftijd */ wet == Wet.WMO // veiligheid", Casus.class))
                .containsExactly(new Member(Casus.class, "wet", List.of(), "WMO"));
        assertThat(reads("soorten contains HulpvraagSoort.SCHOOL", Casus.class)).containsExactly(Member.property(Casus.class, "soorten"));
        assertThat(reads("Math.max(leeftijd, 18) > 20", Casus.class)).containsExactly(Member.property(Casus.class, "leeftijd"));
    }

    @Test
    void everyPropertyOfACombinedConstraintIsRead() {
        assertThat(reads("relatie == Relatie.PARTNER || ((relatie == Relatie.KIND || relatie == Relatie.OVERIG) && leeftijd >= $volwassenVanaf)",
                Huisgenoot.class, "$volwassenVanaf", null)).containsExactlyInAnyOrder(
                new Member(Huisgenoot.class, "relatie", List.of(), "PARTNER"),
                new Member(Huisgenoot.class, "relatie", List.of(), "KIND"),
                new Member(Huisgenoot.class, "relatie", List.of(), "OVERIG"),
                Member.property(Huisgenoot.class, "leeftijd"));
        assertThat(reads("!overbelast", Huisgenoot.class)).containsExactly(Member.property(Huisgenoot.class, "overbelast"));
        assertThat(reads("leeftijd > 10 && < 20", Casus.class)).containsExactly(Member.property(Casus.class, "leeftijd"));
        assertThat(reads("heeftScores == true", Profiel.class)).containsExactly(new Member(Profiel.class, "heeftScores", List.of(), "true"));
    }

    private static Set<Member> reads(String expression, Class<?> fact) {
        return CompiledReads.reads(expression, fact, Map.of());
    }

    private static Set<Member> reads(String expression, Class<?> fact, String declaration, Class<?> boundTo) {
        Map<String, Class<?>> declarations = new HashMap<>();
        declarations.put(declaration, boundTo);
        return CompiledReads.reads(expression, fact, declarations);
    }

    private static Member call(Class<?> fact, String method, String... arguments) {
        return new Member(fact, method, Arrays.asList(arguments), null);
    }
}
