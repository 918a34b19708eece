package nl.afweging.impl.ruleset;

import nl.afweging.impl.contract.JsonSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afweging.model.LoadProblem;
import nl.afweging.feiten.Parameter;
import nl.afweging.model.Regelset;
import nl.afweging.model.Regelsoort;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a {@link RuleSource} into a {@link LoadedRuleSet}, or fails with every problem it finds, each
 * pointing at a file and line (or table row and column): compile errors, a missing manifest field, a rule
 * without id, naam, grondslag or uitleg, duplicate ids, unreadable catalogue amounts.
 */
public final class RuleSetLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);
    private static final String RESOURCES = "src/main/resources/nl/afweging/regels/";
    private static final String MARKER = "nl/afweging/regels/";
    private static final List<String> REQUIRED = List.of("id", "naam", "grondslag", "uitleg");
    /** The agenda group of the parameter table's rules, and the package that keeps the group to that table. */
    static final String PARAMETER_GROUP = "parameters";
    static final String PARAMETER_PACKAGE = "nl.afweging.regels.parameters";
    private static final Pattern RULE_NAME_IN_MESSAGE = Pattern.compile("Rule name='([^']+)'");
    /** Some MVEL errors carry neither a line nor a rule name, only the expression that failed. */
    private static final Pattern EXPRESSION_IN_MESSAGE = Pattern.compile("Unable to Analyse Expression (.+?):\\s*$", Pattern.MULTILINE);

    private final List<LoadProblem> problems = new ArrayList<>();
    private final RuleLocations locations = new RuleLocations();
    private final Map<String, CsvTable> tables = new HashMap<>();
    private boolean fromCache;

    private RuleSetLoader() {}

    public static LoadedRuleSet load(RuleSource source) {
        return new RuleSetLoader().run(source, null);
    }

    /**
     * Loads with a folder of compiled rule sets: a rule set compiled before (same files, same engine) is read
     * from it instead of compiled; a new one is compiled to the executable model and kept there.
     */
    public static LoadedRuleSet load(RuleSource source, Path cacheFolder) {
        return new RuleSetLoader().run(source, CompiledRuleSetCache.in(cacheFolder).orElse(null));
    }

    private LoadedRuleSet run(RuleSource source, CompiledRuleSetCache cache) {
        long start = System.nanoTime();
        Manifest manifest = readManifest(source);
        String hash = source.hash();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A release id per content hash: two different rule sets never share a KieModule.
        ReleaseId releaseId = ks.newReleaseId("nl.afweging.regelset", "r" + hash.substring(7, 23), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        boolean anyRules = false;
        for (String path : source.files().keySet()) {
            if (path.endsWith(".drl")) {
                String drl = source.text(path);
                locations.add(path, drl, null);
                kfs.write(RESOURCES + path, drl);
                anyRules = true;
            } else if (path.endsWith(".drl.csv")) {
                String drl = compileTable(path, source);
                if (drl != null) {
                    kfs.write(RESOURCES + path + ".drl", drl);
                    anyRules = true;
                }
            }
        }
        if (source.files().keySet().stream().noneMatch(p -> p.endsWith(".drl") || p.endsWith(".drl.csv"))) {
            problems.add(new LoadProblem(null, 0, null, "geen .drl- of .drl.csv-bestanden gevonden in " + source.beschrijving()));
        }
        // Every stage runs as far as it can, so one load names every problem in the rule set at once.
        KieContainer container = !anyRules ? null : cache == null ? build(ks, kfs, releaseId) : buildCached(ks, kfs, releaseId, hash, cache);
        KieBase kieBase = container == null ? null : container.getKieBase();
        Map<String, RuleInfo> regels = kieBase == null ? Map.of() : describeRules(kieBase);
        Map<String, VoorzieningInfo> catalogus = readCatalogue(regels);
        Map<String, Integer> parameters = kieBase == null ? Map.of() : readParameters(kieBase, regels);
        if (!problems.isEmpty() || manifest == null) {
            throw new RuleSetProblems(problems);
        }
        Regelset regelset = new Regelset(manifest.naam(), manifest.versie(), manifest.geldigVanaf(), hash);
        LOG.info("Regelset {} {} geladen uit {}{} ({} regels, {} ms)", regelset.naam(), regelset.versie(),
                source.beschrijving(), fromCache ? ", gecompileerd uit de cache" : "", regels.size(), (System.nanoTime() - start) / 1_000_000);
        return new LoadedRuleSet(container, regelset, manifest.beschrijving(), regels, catalogus, parameters, fromCache);
    }

    /** Compiles the written files; null when Drools reports errors (added to the problems). */
    private KieContainer build(KieServices ks, KieFileSystem kfs, ReleaseId releaseId) {
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            // Drools adds this after any parse error in a file; the parse error itself says more.
            if (!String.valueOf(m.getText()).contains("Parser returned a null Package")) {
                problems.add(toProblem(m));
            }
        }
        return builder.getResults().hasMessages(Message.Level.ERROR) ? null : ks.newKieContainer(releaseId);
    }

    /**
     * From the cache, or compiled to the executable model and kept. A rule set the executable model cannot
     * compile is compiled the classic way, which also gives the messages that name file and line.
     */
    private KieContainer buildCached(KieServices ks, KieFileSystem kfs, ReleaseId releaseId, String hash,
                                     CompiledRuleSetCache cache) {
        Optional<KieContainer> cached = cache.load(ks, releaseId, hash);
        if (cached.isPresent()) {
            fromCache = true;
            return cached.get();
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (!builder.getResults().hasMessages(Message.Level.ERROR)) {
            cache.store(builder, hash);
            return ks.newKieContainer(releaseId);
        }
        LOG.debug("Executable model niet te bouwen, klassiek compileren: {}", builder.getResults().getMessages(Message.Level.ERROR));
        return build(ks, kfs, releaseId);
    }

    /** {@code beschrijving} is optional: null when the manifest has none. */
    record Manifest(String naam, String versie, LocalDate geldigVanaf, String beschrijving) {}

    private Manifest readManifest(RuleSource source) {
        if (!source.files().containsKey(RuleSource.MANIFEST)) {
            problems.add(new LoadProblem(RuleSource.MANIFEST, 0, null,
                    "het manifest ontbreekt: maak " + RuleSource.MANIFEST + " met naam, versie en geldigVanaf"));
            return null;
        }
        JsonNode json;
        try {
            json = JsonSupport.readTree(source.files().get(RuleSource.MANIFEST));
        } catch (java.io.IOException e) {
            problems.add(new LoadProblem(RuleSource.MANIFEST, 0, null, "geen geldige JSON: " + JsonSupport.describe(e)));
            return null;
        }
        int before = problems.size();
        String naam = manifestText(json, "naam");
        String versie = manifestText(json, "versie");
        String geldig = manifestText(json, "geldigVanaf");
        LocalDate geldigVanaf = null;
        if (geldig != null) {
            try {
                geldigVanaf = LocalDate.parse(geldig);
            } catch (DateTimeParseException e) {
                problems.add(new LoadProblem(RuleSource.MANIFEST, 0, null, "geldigVanaf is geen datum (JJJJ-MM-DD): " + geldig));
            }
        }
        JsonNode beschrijving = json.get("beschrijving");
        String omschrijving = beschrijving != null && beschrijving.isTextual() && !beschrijving.asText().isBlank()
                ? beschrijving.asText().strip() : null;
        return problems.size() == before ? new Manifest(naam, versie, geldigVanaf, omschrijving) : null;
    }

    private String manifestText(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.add(new LoadProblem(RuleSource.MANIFEST, 0, null, "het veld '" + field + "' ontbreekt of is leeg"));
            return null;
        }
        return value.asText();
    }

    private String compileTable(String path, RuleSource source) {
        String text = source.text(path);
        CsvTable table = CsvTable.parse(text);
        tables.put(path, table);
        if (table.unclosedQuoteRow() > 0) {
            problems.add(new LoadProblem(path, table.unclosedQuoteRow(), null,
                    "een aanhalingsteken (\") opent hier een cel die nergens wordt gesloten; sluit de cel met een aanhalingsteken"));
        }
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(source.files().get(path)), InputType.CSV);
            locations.add(path, drl, table);
            return drl;
        } catch (RuntimeException e) {
            problems.add(new LoadProblem(path, 0, null, "de beslistabel is niet te lezen: " + e.getMessage()));
            return null;
        }
    }

    private LoadProblem toProblem(Message m) {
        String generated = m.getPath() == null ? "" : m.getPath();
        int at = generated.indexOf(MARKER);
        String file = at >= 0 ? generated.substring(at + MARKER.length()) : generated;
        String text = m.getText() == null ? "" : m.getText().strip();
        if (file.endsWith(".drl.csv.drl")) {
            file = file.substring(0, file.length() - ".drl".length());
            Matcher named = RULE_NAME_IN_MESSAGE.matcher(text);
            Matcher expression = EXPRESSION_IN_MESSAGE.matcher(text);
            String rule = named.find() ? named.group(1)
                    : expression.find() ? locations.ruleContaining(file, expression.group(1).strip())
                    : locations.ruleAt(file, m.getLine());
            RuleLocations.Location location = rule == null ? null : locations.of(rule);
            if (location == null) {
                return new LoadProblem(file, 0, null, text);
            }
            return new LoadProblem(file, location.line(), columnMentioned(file, location.line(), text), text);
        }
        return new LoadProblem(file, m.getLine(), null, text);
    }

    /** The table column whose cell in this row the message quotes (the longest match); null if none. */
    private String columnMentioned(String file, int row, String message) {
        List<String> cells = tables.get(file).row(row);
        int best = -1;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            if (!cell.isEmpty() && message.contains(cell) && (best < 0 || cell.length() > cells.get(best).strip().length())) {
                best = c;
            }
        }
        return best < 0 ? null : CsvTable.columnLetter(best + 1);
    }

    private Map<String, RuleInfo> describeRules(KieBase kieBase) {
        Map<String, RuleInfo> regels = new LinkedHashMap<>();
        Map<String, String> bronById = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleLocations.Location location = locations.of(rule.getName());
                Map<String, Object> meta = new LinkedHashMap<>();
                rule.getMetaData().forEach((k, v) -> meta.put(k, unquote(v)));
                String bron = location == null ? pkg.getName() + "." + rule.getName() : location.bron();
                for (String key : REQUIRED) {
                    Object value = meta.get(key);
                    if (value == null || String.valueOf(value).isBlank()) {
                        problems.add(new LoadProblem(location == null ? null : location.file(),
                                location == null ? 0 : location.line(), metadataColumn(location, key),
                                "regel '" + rule.getName() + "' mist " + key + " (elke regel heeft een id, naam, grondslag en uitleg)"));
                    }
                }
                String id = meta.get("id") == null ? null : String.valueOf(meta.get("id"));
                if (id != null) {
                    String earlier = bronById.putIfAbsent(id, bron);
                    if (earlier != null) {
                        problems.add(new LoadProblem(location == null ? null : location.file(),
                                location == null ? 0 : location.line(), metadataColumn(location, "id"),
                                "id " + id + " komt twee keer voor (ook in " + earlier + ")"));
                    }
                }
                Regelsoort soort = location == null ? Regelsoort.BESLISREGEL : Regelsoort.vanActie(location.rhs());
                regels.put(rule.getName(), new RuleInfo(rule.getName(), id, text(meta, "naam"), text(meta, "grondslag"),
                        text(meta, "uitleg"), bron, soort, Leesplan.paths(CompiledReads.of(kieBase, rule)),
                        Map.copyOf(meta)));
            }
        }
        return regels;
    }

    /** The column of a table's METADATA cell for {@code key}, read from the table's code row. */
    private String metadataColumn(RuleLocations.Location location, String key) {
        if (location == null || location.table() == null) {
            return null;
        }
        CsvTable table = location.table();
        for (int r = 1; r <= table.size(); r++) {
            List<String> cells = table.row(r);
            if (cells.stream().anyMatch(c -> c.strip().equals("METADATA"))) {
                List<String> code = table.row(r + 2);
                for (int c = 0; c < code.size(); c++) {
                    if (code.get(c).strip().startsWith(key + "(")) {
                        return CsvTable.columnLetter(c + 1);
                    }
                }
                return null;
            }
        }
        return null;
    }

    private Map<String, VoorzieningInfo> readCatalogue(Map<String, RuleInfo> regels) {
        Map<String, VoorzieningInfo> catalogus = new HashMap<>();
        for (RuleInfo regel : regels.values()) {
            if (regel.soort() != Regelsoort.VOORZIENING || regel.id() == null) {
                continue;
            }
            RuleLocations.Location location = locations.of(regel.ruleName());
            BigDecimal bedrag = null;
            String text = regel.meta("bedrag");
            if (text != null && !text.isBlank()) {
                try {
                    bedrag = new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    problems.add(new LoadProblem(location.file(), location.line(), metadataColumn(location, "bedrag"),
                            "bedrag '" + text + "' is geen getal (gebruik een punt: 55.80)"));
                }
            }
            catalogus.put(regel.id(), new VoorzieningInfo(regel.id(), regel.naam(), regel.meta("productcategorie"),
                    bedrag, regel.meta("eenheid"), regel.meta("kostenbron")));
        }
        return catalogus;
    }

    /**
     * Parameter rules have no conditions and sit in their own agenda group: an empty session fires nothing
     * until that group has the focus, and then yields every parameter value. Evaluations never focus it; the
     * engine inserts the values read here as facts, which spares every advice the firing of the whole table.
     * A parameter rule outside the group would fire in every evaluation next to those facts, so it is refused.
     */
    private Map<String, Integer> readParameters(KieBase kieBase, Map<String, RuleInfo> regels) {
        KieSession session = kieBase.newKieSession();
        try {
            session.fireAllRules();
            if (session.getObjects(o -> o instanceof Parameter).size() > 0) {
                regels.values().stream().filter(r -> r.soort() == Regelsoort.PARAMETER).findFirst().ifPresent(r -> {
                    RuleLocations.Location location = locations.of(r.ruleName());
                    // Row 1: the RuleSet line, under which the Agenda-Group line belongs.
                    problems.add(new LoadProblem(location == null ? null : location.file(), location == null ? 0 : 1, null,
                            "parameterregels horen in hun eigen agenda-groep: zet de regel 'Agenda-Group," + PARAMETER_GROUP
                                    + "' boven de tabel (met RuleSet " + PARAMETER_PACKAGE + ", zodat de groep alleen voor deze tabel geldt)"));
                });
            }
            // No such group when no rule is in it (no parameter table, or one without the Agenda-Group line).
            AgendaGroup group = session.getAgenda().getAgendaGroup(PARAMETER_GROUP);
            if (group != null) {
                group.setFocus();
                session.fireAllRules();
            }
            Map<String, Integer> parameters = new java.util.TreeMap<>();
            for (Object o : session.getObjects(o -> o instanceof Parameter)) {
                Parameter p = (Parameter) o;
                parameters.put(p.getNaam(), p.getWaarde());
            }
            return parameters;
        } finally {
            session.dispose();
        }
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static Object unquote(Object value) {
        if (value instanceof String s && s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        return value;
    }
}
