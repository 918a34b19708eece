// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.impl.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.afweging.feiten.Parameter;
import nl.afweging.feiten.Parameters;
import nl.afweging.model.GemeenteRegels;
import nl.afweging.model.HulpvraagSoort;
import nl.afweging.model.Niveau;
import nl.afweging.model.Regelset;
import nl.afweging.model.Regelsoort;

/**
 * Everything a successful load found out about a rule set apart from its compiled rules: the manifest's data, every
 * rule as the engine describes it, the catalogue, the parameter values and which parameter facts the rules match.
 * {@link RuleSetLoader} keeps it in the cache of compiled rule sets after a load that found no problem, under the same
 * HMAC as the compiled rules; a later load of the same files by the same engine takes it from there and neither reads
 * the rule files again nor runs the checks (reading the decision tables and describing the rules cost a {@code decide}
 * about a tenth of a second). The engine's fingerprint covers the code that reads and checks the files
 * ({@link CodeFingerprint}), so a kept description is exactly what that code would find again.
 *
 * <p>The bytes are this class's own plain format: no reflection, nothing to resolve by name. Each part is written and
 * read in one order; a reading that does not end exactly at the last byte is refused.
 */
record RuleSetDescription(String naam, String versie, LocalDate geldigVanaf, GemeenteRegels gemeente, String beschrijving,
                          Map<String, RuleInfo> regels, Map<String, VoorzieningInfo> catalogus, Map<String, Integer> parameters,
                          boolean parameterFeit, boolean parametersFeit) {
    /** Raised with every change to what is written: a description of another format is never read as this one. */
    private static final int FORMAT = 1;

    /** The description of a loaded rule set; {@code gematcht}: the fact types its evaluations' patterns match. */
    static RuleSetDescription of(Regelset regelset, String beschrijving, Map<String, RuleInfo> regels,
                                 Map<String, VoorzieningInfo> catalogus, Map<String, Integer> parameters, Set<Class<?>> gematcht) {
        return new RuleSetDescription(regelset.naam(), regelset.versie(), regelset.geldigVanaf(), regelset.gemeente(), beschrijving,
                regels, catalogus, parameters, LoadedRuleSet.matches(gematcht, Parameter.class),
                LoadedRuleSet.matches(gematcht, Parameters.class));
    }

    /** The rule set's identity, with the hash of the files this description was kept for. */
    Regelset regelset(String hash) {
        return new Regelset(naam, versie, geldigVanaf, hash, gemeente);
    }

    /** The parameter facts the rules match, as {@link LoadedRuleSet} asks for them. */
    Set<Class<?>> gematcht() {
        Set<Class<?>> matched = new HashSet<>();
        if (parameterFeit) {
            matched.add(Parameter.class);
        }
        if (parametersFeit) {
            matched.add(Parameters.class);
        }
        return matched;
    }

    byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            text(out, naam);
            text(out, versie);
            text(out, geldigVanaf.toString());
            out.writeBoolean(gemeente != null);
            if (gemeente != null) {
                text(out, gemeente.code());
                text(out, gemeente.naam());
                text(out, gemeente.versie());
                text(out, gemeente.hash());
            }
            text(out, beschrijving);
            out.writeBoolean(parameterFeit);
            out.writeBoolean(parametersFeit);
            out.writeInt(regels.size());
            for (RuleInfo rule : regels.values()) {
                write(out, rule);
            }
            out.writeInt(catalogus.size());
            for (Map.Entry<String, VoorzieningInfo> entry : catalogus.entrySet()) {
                text(out, entry.getKey());
                write(out, entry.getValue());
            }
            out.writeInt(parameters.size());
            for (Map.Entry<String, Integer> entry : parameters.entrySet()) {
                text(out, entry.getKey());
                out.writeInt(entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /** A description as {@link #write()} wrote it; IOException for anything else. */
    static RuleSetDescription read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            if (in.readInt() != FORMAT) {
                throw new IOException("een beschrijving in een ander formaat");
            }
            String naam = text(in);
            String versie = text(in);
            LocalDate geldigVanaf = LocalDate.parse(text(in));
            GemeenteRegels gemeente = in.readBoolean() ? new GemeenteRegels(text(in), text(in), text(in), text(in)) : null;
            String beschrijving = text(in);
            boolean parameterFeit = in.readBoolean();
            boolean parametersFeit = in.readBoolean();
            Map<String, RuleInfo> regels = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                RuleInfo rule = rule(in);
                regels.put(rule.ruleName(), rule);
            }
            Map<String, VoorzieningInfo> catalogus = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                catalogus.put(text(in), voorziening(in));
            }
            Map<String, Integer> parameters = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                parameters.put(text(in), in.readInt());
            }
            if (in.read() != -1) {
                throw new IOException("bytes na het einde van de beschrijving");
            }
            return new RuleSetDescription(naam, versie, geldigVanaf, gemeente, beschrijving, regels, catalogus, parameters,
                    parameterFeit, parametersFeit);
        } catch (RuntimeException e) {
            throw new IOException("geen beschrijving van een regelset: " + e.getMessage(), e);
        }
    }

    private static void write(DataOutputStream out, RuleInfo rule) throws IOException {
        text(out, rule.ruleName());
        text(out, rule.id());
        text(out, rule.naam());
        text(out, rule.grondslag());
        text(out, rule.uitleg());
        text(out, rule.plaats().bestand());
        out.writeInt(rule.plaats().regelnummer());
        text(out, rule.plaats().kolom());
        text(out, rule.soort() == null ? null : rule.soort().name());
        out.writeInt(rule.leest().size());
        for (String path : rule.leest()) {
            text(out, path);
        }
        out.writeInt(rule.metadata().size());
        for (Map.Entry<String, String> entry : rule.metadata().entrySet()) {
            text(out, entry.getKey());
            text(out, entry.getValue());
        }
    }

    private static RuleInfo rule(DataInputStream in) throws IOException {
        String ruleName = text(in);
        String id = text(in);
        String naam = text(in);
        String grondslag = text(in);
        String uitleg = text(in);
        Bron plaats = new Bron(text(in), in.readInt(), text(in));
        String soort = text(in);
        Set<String> leest = new TreeSet<>();
        for (int i = in.readInt(); i > 0; i--) {
            leest.add(text(in));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            metadata.put(text(in), text(in));
        }
        return new RuleInfo(ruleName, id, naam, grondslag, uitleg, plaats, soort == null ? null : Regelsoort.valueOf(soort), leest,
                Map.copyOf(metadata));
    }

    private static void write(DataOutputStream out, VoorzieningInfo v) throws IOException {
        text(out, v.code());
        text(out, v.naam());
        text(out, v.productcategorie());
        text(out, v.bedrag() == null ? null : v.bedrag().toString());
        text(out, v.eenheid());
        text(out, v.kostenbron());
        text(out, v.niveau() == null ? null : v.niveau().name());
        text(out, v.soort() == null ? null : v.soort().name());
        text(out, v.gemeente());
        out.writeBoolean(v.collectief());
    }

    private static VoorzieningInfo voorziening(DataInputStream in) throws IOException {
        String code = text(in);
        String naam = text(in);
        String productcategorie = text(in);
        String bedrag = text(in);
        String eenheid = text(in);
        String kostenbron = text(in);
        String niveau = text(in);
        String soort = text(in);
        return new VoorzieningInfo(code, naam, productcategorie, bedrag == null ? null : new BigDecimal(bedrag), eenheid, kostenbron,
                niveau == null ? null : Niveau.valueOf(niveau), soort == null ? null : HulpvraagSoort.valueOf(soort), text(in),
                in.readBoolean());
    }

    /** A text as its length in UTF-8 bytes (-1: null) and those bytes: no limit on its length, as writeUTF has. */
    private static void text(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
