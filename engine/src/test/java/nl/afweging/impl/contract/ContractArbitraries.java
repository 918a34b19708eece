// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import nl.afweging.model.Aanvraag;
import nl.afweging.model.Duur;
import nl.afweging.model.EerderTraject;
import nl.afweging.model.Huisgenoot;
import nl.afweging.model.Hulpvraag;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Leefgebied;
import nl.afweging.model.Netwerk;
import nl.afweging.model.Niveau;
import nl.afweging.model.Persoon;
import nl.afweging.model.Relatie;
import nl.afweging.model.Resultaat;
import nl.afweging.model.Veiligheid;
import nl.afweging.model.Verwijzer;
import nl.afweging.model.Wet;
import nl.afweging.model.Wlz;

/**
 * Aanvragen for the differential properties, near the edges of the contract: records (valid or not) and JSON
 * trees (a valid one's JSON form, then bent by a few random edits: a field set to an odd value, removed,
 * added under an unknown or misspelt name, a list element changed).
 */
final class ContractArbitraries {
    static final LocalDate PEILDATUM = LocalDate.of(2026, 6, 1);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ContractArbitraries() {}

    // ---- records ----

    /** Aanvragen built in Java: a quarter sound, the rest with each field now and then wrong or null. */
    static Arbitrary<Aanvraag> records() {
        return Arbitraries.frequencyOf(Tuple.of(1, records(false)), Tuple.of(3, records(true)));
    }

    /** Aanvragen built in Java that are valid (for a peildatum near {@link #PEILDATUM}). */
    static Arbitrary<Aanvraag> validRecords() {
        return records(false);
    }

    /** {@code edgy}: now and then a value outside the contract, or a null. */
    private static Arbitrary<Aanvraag> records(boolean edgy) {
        Arbitrary<Object[]> kern = Combinators.combine(ids(edgy), peildata(edgy), gemeenten(edgy), wijken(edgy),
                        nullOr(edgy, Arbitraries.of(Wet.class)), nullOr(edgy, leeftijden(edgy).map(Persoon::new)),
                        nullOr(edgy, hulpvragen(edgy)), zrm(edgy))
                .as((id, peildatum, gemeente, wijk, wet, persoon, hulpvraag, zrm) ->
                        new Object[] {id, peildatum, gemeente, wijk, wet, persoon, hulpvraag, zrm});
        Arbitrary<Object[]> situatie = Combinators.combine(huisgenoten(edgy), nullOr(edgy, netwerken()),
                        nullOr(edgy, Arbitraries.of(Veiligheid.class)), nullOr(edgy, Arbitraries.of(true, false)),
                        nullOr(edgy, Arbitraries.of(Wlz.class)), nullOr(edgy, Arbitraries.of(true, false)),
                        nullOr(edgy, Arbitraries.of(Verwijzer.class)))
                .as((huis, netwerk, veiligheid, geaccepteerd, wlz, zvw, verwijzer) ->
                        new Object[] {huis, netwerk, veiligheid, geaccepteerd, wlz, zvw, verwijzer});
        return Combinators.combine(kern, situatie, Arbitraries.integers().between(0, 3))
                .flatAs((k, s, n) -> trajecten(edgy, (LocalDate) k[1], n).map(trajecten -> aanvraag(k, s, trajecten)));
    }

    @SuppressWarnings("unchecked")
    private static Aanvraag aanvraag(Object[] k, Object[] s, List<EerderTraject> trajecten) {
        return new Aanvraag((String) k[0], (LocalDate) k[1], (String) k[2], (String) k[3], (Wet) k[4], (Persoon) k[5],
                (Hulpvraag) k[6], (Map<Leefgebied, Integer>) k[7], (List<Huisgenoot>) s[0], (Netwerk) s[1],
                (Veiligheid) s[2], (Boolean) s[3], (Wlz) s[4], (Boolean) s[5], (Verwijzer) s[6], trajecten);
    }

    /** Mostly {@code sound}; when {@code edgy}, one in {@code 1 + odds} from {@code edges}. */
    private static <T> Arbitrary<T> edged(boolean edgy, int odds, Arbitrary<T> sound, Arbitrary<T> edges) {
        return edgy ? Arbitraries.frequencyOf(Tuple.of(odds, sound), Tuple.of(1, edges)) : sound;
    }

    private static Arbitrary<String> ids(boolean edgy) {
        return edged(edgy, 6, Arbitraries.strings().withChars("ABCxyz019._-").ofMinLength(1).ofMaxLength(64),
                Arbitraries.of(null, "", "a b", "x".repeat(65), "y".repeat(41), "١٢٣", "é"));
    }

    private static Arbitrary<LocalDate> peildata(boolean edgy) {
        return edged(edgy, 8, Arbitraries.integers().between(-60, 60).map(PEILDATUM::plusDays),
                Arbitraries.of(null, LocalDate.of(10000, 1, 1), LocalDate.of(-1, 12, 31), LocalDate.of(0, 1, 1),
                        LocalDate.of(9999, 12, 31), LocalDate.MIN, LocalDate.MAX));
    }

    private static Arbitrary<String> gemeenten(boolean edgy) {
        return edged(edgy, 3, Arbitraries.of(null, "0840", "0363"), Arbitraries.of("84", "08400", "abcd", "١٢٣٤"));
    }

    private static Arbitrary<String> wijken(boolean edgy) {
        return edged(edgy, 3, Arbitraries.of(null, "WK084001"), Arbitraries.of("wk084001", "WK08400", "WK0840011", "x".repeat(50)));
    }

    private static Arbitrary<Integer> leeftijden(boolean edgy) {
        return edged(edgy, 6, Arbitraries.integers().between(0, 120),
                Arbitraries.of(-1, 121, 130, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    private static Arbitrary<Hulpvraag> hulpvragen(boolean edgy) {
        Arbitrary<List<HulpvraagSoort>> soorten = edged(edgy, 4,
                Arbitraries.of(HulpvraagSoort.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(HulpvraagSoort.class).list().ofMaxSize(4));
        Arbitrary<String> omschrijving = edged(edgy, 4, Arbitraries.of(null, "", "kort", "z".repeat(4000)),
                Arbitraries.just("z".repeat(4001)));
        return Combinators.combine(edgy ? soorten.injectNull(0.08) : soorten, nullOr(edgy, Arbitraries.of(Duur.class)),
                omschrijving).as(Hulpvraag::new);
    }

    private static Arbitrary<Map<Leefgebied, Integer>> zrm(boolean edgy) {
        Arbitrary<Integer> score = edged(edgy, 8, Arbitraries.integers().between(1, 5), Arbitraries.of(null, -1, 0, 6, 7, 8));
        return Arbitraries.of(Leefgebied.class).list().ofMaxSize(5).flatMap(gebieden ->
                score.list().ofSize(gebieden.size()).map(scores -> {
                    Map<Leefgebied, Integer> zrm = new EnumMap<>(Leefgebied.class);
                    for (int i = 0; i < gebieden.size(); i++) {
                        zrm.put(gebieden.get(i), scores.get(i));
                    }
                    return zrm;
                }));
    }

    private static Arbitrary<List<Huisgenoot>> huisgenoten(boolean edgy) {
        Arbitrary<Boolean> b = Arbitraries.of(true, false);
        return nullOr(edgy, Combinators.combine(edged(edgy, 8, Arbitraries.of(Relatie.class), Arbitraries.just(null)),
                leeftijden(edgy), b, b, b).as(Huisgenoot::new).list().ofMaxSize(2));
    }

    private static Arbitrary<Netwerk> netwerken() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Netwerk::new);
    }

    /** Earlier trajecten ending before the peildatum; when edgy, now and then after it, far off, or at NORMALISATIE. */
    private static Arbitrary<List<EerderTraject>> trajecten(boolean edgy, LocalDate peildatum, int n) {
        LocalDate around = peildatum == null || !Dates.inForm(peildatum) ? PEILDATUM : peildatum;
        Arbitrary<LocalDate> einddatum = edged(edgy, 6, Arbitraries.integers().between(-900, 0).map(around::plusDays),
                Arbitraries.of(null, around.plusDays(1), around.plusYears(1), LocalDate.of(10000, 1, 1), LocalDate.of(-3, 1, 1)));
        Arbitrary<Niveau> niveau = edged(edgy, 6,
                Arbitraries.of(Niveau.SOCIALE_BASIS, Niveau.LOKAAL_TEAM, Niveau.SPECIALISTISCH_MAATWERK),
                Arbitraries.of(Niveau.NORMALISATIE, null));
        return Combinators.combine(niveau, nullOr(edgy, Arbitraries.of(Resultaat.class)), einddatum).as(EerderTraject::new)
                .list().ofSize(n);
    }

    private static <T> Arbitrary<T> nullOr(boolean edgy, Arbitrary<T> arbitrary) {
        return edgy ? arbitrary.injectNull(0.08) : arbitrary;
    }

    // ---- JSON trees ----

    /** JSON aanvragen: a valid one's JSON form (nulls dropped) bent by up to six random edits. */
    static Arbitrary<JsonNode> trees() {
        Arbitrary<JsonNode> base = validRecords().map(ContractArbitraries::withoutNulls);
        return Combinators.combine(base, edits().list().ofMaxSize(6), Arbitraries.integers().between(0, 40), values())
                .as((tree, edits, rootDice, instead) -> {
                    if (rootDice == 0) {
                        return instead; // the aanvraag itself no object, now and then
                    }
                    JsonNode edited = tree.deepCopy();
                    edits.forEach(e -> e.apply(edited));
                    return edited;
                });
    }

    private static JsonNode withoutNulls(Aanvraag aanvraag) {
        JsonNode tree = JsonSupport.valueToTree(aanvraag);
        dropNulls(tree);
        return tree;
    }

    private static void dropNulls(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNull()) {
                    it.remove();
                } else {
                    dropNulls(e.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(ContractArbitraries::dropNulls);
        }
    }

    /**
     * One edit of a tree: at the {@code target}-th object or array, {@code op} 0 sets {@code name} (or appends),
     * 1 removes, 2 replaces an existing field or element with {@code value}, 3 repeats an element (or copies a
     * field's value to {@code name}).
     */
    record Edit(int target, int op, String name, JsonNode value) {
        void apply(JsonNode root) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode at = containers.get(target % containers.size());
            if (at instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                switch (op) {
                    case 0 -> object.set(name, value);
                    case 1 -> { if (!names.isEmpty()) object.remove(names.get(Math.abs(name.hashCode()) % names.size())); }
                    case 2 -> { if (!names.isEmpty()) object.set(names.get(Math.abs(name.hashCode()) % names.size()), value); }
                    default -> { if (!names.isEmpty()) object.set(name, object.get(names.get(names.size() - 1)).deepCopy()); }
                }
            } else if (at instanceof ArrayNode array) {
                switch (op) {
                    case 0 -> array.add(value);
                    case 1 -> { if (!array.isEmpty()) array.remove(Math.abs(name.hashCode()) % array.size()); }
                    case 3 -> { if (!array.isEmpty()) array.add(array.get(Math.abs(name.hashCode()) % array.size()).deepCopy()); }
                    default -> {
                        if (array.isEmpty()) {
                            array.add(value);
                        } else {
                            array.set(Math.abs(name.hashCode()) % array.size(), value);
                        }
                    }
                }
            }
        }

        private static void collect(JsonNode node, List<JsonNode> into) {
            if (node.isContainerNode()) {
                into.add(node);
                node.forEach(child -> collect(child, into));
            }
        }
    }

    private static Arbitrary<Edit> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 3), names(), values())
                .as(Edit::new);
    }

    /** Field names: every name of the contract, every enum constant (zrm keys), and some that are not. */
    private static Arbitrary<String> names() {
        List<String> known = List.of("id", "peildatum", "gemeente", "wijk", "wet", "persoon", "hulpvraag", "zrm", "huisgenoten",
                "netwerk", "veiligheid", "hulpGeaccepteerd", "wlz", "zvwAanspraak", "verwijzer", "eerdereTrajecten", "leeftijd",
                "soorten", "duur", "omschrijving", "relatie", "beschikbaar", "overbelast", "beperking", "mantelzorgerOverbelast",
                "niveau", "resultaat", "einddatum");
        List<String> odd = List.of("veilgheid", "bsn", "a/b", "x~y", "", "VERSLAVING", "Id");
        return Arbitraries.of(Stream.of(known, odd, enumNames()).flatMap(List::stream).toList());
    }

    private static List<String> enumNames() {
        return Stream.of(Wet.class, HulpvraagSoort.class, Duur.class, Leefgebied.class, Relatie.class, Veiligheid.class,
                        Wlz.class, Verwijzer.class, Niveau.class, Resultaat.class)
                .flatMap(type -> Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()))
                .distinct().toList();
    }

    /** Values of every JSON type, near the edges of what the contract allows. */
    static Arbitrary<JsonNode> values() {
        List<String> texts = new ArrayList<>(enumNames());
        texts.addAll(List.of("", "a", "A b", "x".repeat(40), "x".repeat(41), "y".repeat(64), "y".repeat(65), "z".repeat(4001),
                "2026-03-01", "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2024-02-29", "2023-02-29", "1900-02-29",
                "2000-02-29", "0000-01-01", "2027-01-01", "1999-12-31", "20260301", "+10000-01-01", "2026-1-01", "٢٠٢٦-٠١-٠١",
                "0840", "084", "١٢٣٤", "WK084001", "WK08400", "prop-1", "~a/b"));
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.of(texts).map(NODES::textNode),
                Arbitraries.of(-1, 0, 1, 2, 5, 6, 7, 18, 120, 121, 130, Integer.MAX_VALUE).map(NODES::numberNode),
                Arbitraries.of(Long.MAX_VALUE, 1L << 40).map(NODES::numberNode),
                Arbitraries.of(new BigInteger("123456789012345678901234567890")).map(NODES::numberNode),
                Arbitraries.of(new BigDecimal("45.0"), new BigDecimal("1.5")).map(NODES::numberNode),
                Arbitraries.of(45.0, 3.0).map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        Arbitrary<JsonNode> arrays = scalars.list().ofMaxSize(4).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Combinators.combine(names().list().ofMaxSize(3), scalars.list().ofSize(3)).as((names, vals) -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                object.set(names.get(i), vals.get(i));
            }
            return object;
        });
        Arbitrary<JsonNode> lists = objects.list().ofMaxSize(2).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        return Arbitraries.frequencyOf(Tuple.of(6, scalars), Tuple.of(2, arrays),
                Tuple.of(2, objects), Tuple.of(1, lists));
    }
}
