// SPDX-License-Identifier: EUPL-1.2
package nl.afweging.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.afweging.Engine;
import nl.afweging.InvalidAanvraagException;
import nl.afweging.Json;
import nl.afweging.model.Advies;
import nl.afweging.model.Fout;
import nl.afweging.model.Niveau;
import nl.afweging.model.Oordeel;
import nl.afweging.model.Regelset;
import nl.afweging.model.RouteStap;
import nl.afweging.model.ToegepasteRegel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The proefomgeving at {@code /} in a real browser: Debian's Chromium, headless, driven by its chromedriver. Every
 * worked example of the afwegingskader goes through the form and must show the advies the library gives for the same
 * aanvraag; an invalid aanvraag shows each problem next to its field; the rule-set selector sets peildatum and
 * gemeente; every control is reached by Tab and has a name; the browser logs nothing. Chromium and chromedriver are
 * required, not optional: without them this test fails (.ci/run installs them), so a missing browser never passes.
 */
class ProefomgevingBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The adviseur key typed into the page, from the test service's configuration. */
    private static String SLEUTEL;
    private static final Duration WACHT = Duration.ofSeconds(20);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<Niveau, String> WOORDEN = Map.of(Niveau.NORMALISATIE, "Normalisatie", Niveau.SOCIALE_BASIS, "Sociale basis",
            Niveau.LOKAAL_TEAM, "Lokaal team", Niveau.SPECIALISTISCH_MAATWERK, "Specialistisch maatwerk");
    // Kept in a field: java.util.logging holds loggers weakly, and Selenium's warning that it has no CDP classes for
    // this Chromium (it needs none here) would come back.
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static Engine engine;
    private static Dienst dienst;
    private static Http http;
    private static ChromeDriver driver;
    private static Path target;

    @BeforeAll
    static void start() {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium ontbreekt in " + CHROMIUM + ": .ci/run installeert het (apt-get install -y chromium chromium-driver)").isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("chromedriver ontbreekt in " + CHROMEDRIVER + ": .ci/run installeert het (apt-get install -y chromium chromium-driver)").isTrue();
        SELENIUM_LOG.setLevel(Level.SEVERE);
        target = Http.root().resolve("service/target");
        engine = Engine.builder().build();
        try {
            dienst = Dienst.start(Files.createTempDirectory("proefomgeving"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SLEUTEL = dienst.sleutel(Rol.ADVISEUR);
        http = dienst.http();

        // The driver is named, so Selenium Manager never looks for one (on the network) itself.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=nl");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        // The network log shows the request the page made, with its headers: how the test sees the Authorization header.
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driverService = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(driverService, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (dienst != null) {
            dienst.close();
        }
    }

    @BeforeEach
    void open() {
        driver.get("http://localhost:" + dienst.service.port() + "/");
        wachtOp("de pagina is gestart", () -> "gereed".equals(body().getDomAttribute("data-stand")));
        WebElement sleutel = driver.findElement(By.id("f-sleutel"));
        sleutel.clear();
        sleutel.sendKeys(SLEUTEL, Keys.TAB);
        wachtOp("de regelsets zijn geladen", () -> driver.findElements(By.cssSelector("#f-regelset option")).size() > 1);
        network();
    }

    @AfterEach
    void noConsoleMessages() {
        assertThat(console()).as("berichten in de console van de browser").isEmpty();
    }

    @Test
    void everyWorkedExampleByItsButtonShowsTheAdviesTheLibraryGives() throws Exception {
        for (int voorbeeld = 1; voorbeeld <= 5; voorbeeld++) {
            JsonNode aanvraag = fixture(voorbeeld);
            Advies expected = engine.evaluate(MAPPER.writeValueAsString(aanvraag));

            driver.findElement(By.cssSelector("[data-voorbeeld='" + voorbeeld + "']")).click();
            JsonNode verzonden = verstuur();

            assertThat(body().getDomAttribute("data-stand")).as("voorbeeld " + voorbeeld).isEqualTo("advies");
            // The example button fills in exactly the worked example (and the contract's defaults, written out).
            assertThat(zonderStandaarden(verzonden)).as("voorbeeld " + voorbeeld).isEqualTo(zonderStandaarden(aanvraag));
            assertToont(expected);
            assertJsonIsTheApis(verzonden);
            if (voorbeeld == 4) {
                screenshot("proefomgeving-advies.png", By.id("advies"));
            }
        }
    }

    @Test
    void anAanvraagTypedByHandFieldByFieldGetsTheLibrarysAdvies() throws Exception {
        JsonNode aanvraag = fixture(1);
        typ("f-id", aanvraag.get("id").asText());
        typ("f-peildatum", aanvraag.get("peildatum").asText());
        kies("f-wet", aanvraag.get("wet").asText());
        typ("f-leeftijd", aanvraag.get("persoon").get("leeftijd").asText());
        for (JsonNode soort : aanvraag.get("hulpvraag").get("soorten")) {
            driver.findElement(By.id("f-soort-" + soort.asText())).click();
        }
        aanvraag.get("zrm").fields().forEachRemaining(e -> kies("f-zrm-" + e.getKey(), e.getValue().asText()));
        // A traject added by mistake and removed again leaves nothing behind.
        driver.findElement(By.id("traject-toevoegen")).click();
        kies("f-eerdereTrajecten-0-niveau", "LOKAAL_TEAM");
        driver.findElement(By.cssSelector("#f-eerdereTrajecten-0 .verwijder")).click();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("traject-toevoegen");
        driver.findElement(By.id("huisgenoot-toevoegen")).click();
        JsonNode partner = aanvraag.get("huisgenoten").get(0);
        kies("f-huisgenoten-0-relatie", partner.get("relatie").asText());
        typ("f-huisgenoten-0-leeftijd", partner.get("leeftijd").asText());
        driver.findElement(By.id("f-huisgenoten-0-beschikbaar")).click();
        kies("f-veiligheid", aanvraag.get("veiligheid").asText());

        JsonNode verzonden = verstuur();

        assertThat(zonderStandaarden(verzonden)).isEqualTo(zonderStandaarden(aanvraag));
        assertToont(engine.evaluate(MAPPER.writeValueAsString(aanvraag)));
        assertJsonIsTheApis(verzonden);
    }

    @Test
    void anInvalidAanvraagShowsEachProblemNextToItsFieldAndAllInASummary() throws Exception {
        driver.findElement(By.cssSelector("[data-voorbeeld='1']")).click();
        typ("f-peildatum", "2026-02-30");
        typ("f-gemeente", "840");
        typ("f-leeftijd", "130");
        driver.findElement(By.id("f-soort-HUISHOUDEN")).click();
        typ("f-huisgenoten-0-leeftijd", "-1");

        JsonNode verzonden = verstuur();

        assertThat(body().getDomAttribute("data-stand")).isEqualTo("ongeldig");
        List<Fout> fouten = refusal(verzonden).fouten();
        // Each problem, where the page must show it: the field, or for the hulpvraag soorten the group of boxes.
        Map<String, String> velden = Map.of("/peildatum", "f-peildatum", "/gemeente", "f-gemeente", "/persoon/leeftijd", "f-leeftijd",
                "/hulpvraag/soorten", "f-soorten", "/huisgenoten/0/leeftijd", "f-huisgenoten-0-leeftijd");
        assertThat(fouten.stream().map(Fout::pad)).containsExactlyInAnyOrderElementsOf(velden.keySet());
        HttpResponse<String> api = http.postJson(MAPPER.writeValueAsBytes(verzonden));
        assertThat(api.statusCode()).isEqualTo(400);

        WebElement overzicht = driver.findElement(By.id("foutoverzicht"));
        assertThat(overzicht.isDisplayed()).isTrue();
        assertThat(driver.switchTo().activeElement()).as("het overzicht krijgt de focus").isEqualTo(overzicht);
        assertThat(overzicht.getText()).contains(MAPPER.readTree(api.body()).get("detail").asText());
        List<WebElement> links = overzicht.findElements(By.cssSelector("#foutoverzicht-lijst a"));
        assertThat(links).hasSameSizeAs(fouten);
        for (Fout fout : fouten) {
            String uitleg = "gevonden " + fout.gevonden() + "; toegestaan: " + fout.toegestaan();
            WebElement veld = driver.findElement(By.id(velden.get(fout.pad())));
            WebElement link = links.stream().filter(l -> fout.pad().equals(l.getDomAttribute("data-pad"))).findFirst().orElseThrow();
            assertThat(link.getText()).as(fout.pad()).endsWith(uitleg);
            // Next to the field: its message is read with it (aria-describedby), and it is marked invalid.
            WebElement invoer = veld.getTagName().equals("fieldset") ? veld.findElement(By.cssSelector("input")) : veld;
            assertThat(link.getDomAttribute("href")).isEqualTo("#" + invoer.getDomAttribute("id"));
            assertThat(invoer.getDomAttribute("aria-invalid")).as(fout.pad()).isEqualTo("true");
            List<String> beschreven = List.of(invoer.getDomAttribute("aria-describedby").split(" "));
            WebElement bericht = beschreven.stream().filter(id -> id.startsWith("fout-")).map(id -> driver.findElement(By.id(id)))
                    .filter(b -> b.getText().endsWith(uitleg)).findFirst().orElseThrow(() -> new AssertionError("geen melding bij " + fout.pad()));
            assertThat(bericht.isDisplayed()).isTrue();
            WebElement plek = veld.getTagName().equals("fieldset") ? veld : veld.findElement(By.xpath("./ancestor::div[1]"));
            assertThat(plek.findElements(By.id(bericht.getDomAttribute("id")))).as("de melding staat bij " + fout.pad()).hasSize(1);
            assertThat(bericht.getDomProperty("textContent")).isEqualTo("Fout: " + uitleg);
        }
        screenshot("proefomgeving-fouten.png", By.id("foutoverzicht"));
        assertThat(teWeinigContrast()).as("tekst met te weinig contrast (WCAG 2.1 AA)").isEmpty();

        // A link in the summary takes the focus to its field.
        links.stream().filter(l -> "/persoon/leeftijd".equals(l.getDomAttribute("data-pad"))).findFirst().orElseThrow().click();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-leeftijd");

        // Mended and sent again: the messages go, the advies comes.
        typ("f-peildatum", "2026-03-01");
        typ("f-gemeente", "");
        typ("f-leeftijd", "78");
        driver.findElement(By.id("f-soort-HUISHOUDEN")).click();
        typ("f-huisgenoten-0-leeftijd", "80");
        verstuur();
        assertThat(body().getDomAttribute("data-stand")).isEqualTo("advies");
        assertThat(driver.findElements(By.cssSelector(".veldfout, [aria-invalid]"))).isEmpty();
        assertThat(overzicht.isDisplayed()).isFalse();
        assertToont(engine.evaluate(MAPPER.writeValueAsString(fixture(1))));

        // Chromium reports the 400 answer in the console itself; that one, and nothing else, was expected.
        assertThat(console()).allSatisfy(m -> assertThat(m).contains("/api/v1/adviezen").contains("400"));
    }

    @Test
    void aProblemOtherThanAnInvalidAanvraagIsShownWithItsTitleAndDetailInAnAlert() throws Exception {
        // The service's own refusals are problem+json: here the 503 of a service whose rules are still loading.
        try (Service laden = Service.builder().port(0).config(dienst.config)
                .laden(() -> new java.util.concurrent.CompletableFuture<Engine.Builder>().join()).start()) {
            driver.get("http://localhost:" + laden.port() + "/");
            wachtOp("de pagina is gestart", () -> "gereed".equals(body().getDomAttribute("data-stand")));
            // Another port is another origin, with its own sessionStorage: the key is typed again.
            typ("f-sleutel", SLEUTEL);
            driver.findElement(By.cssSelector("[data-voorbeeld='3']")).click();
            verstuur();
            WebElement melding = driver.findElement(By.id("melding"));
            assertThat(body().getDomAttribute("data-stand")).isEqualTo("probleem");
            assertThat(melding.getDomAttribute("role")).isEqualTo("alert");
            assertThat(melding.isDisplayed()).isTrue();
            assertThat(melding.getText()).startsWith("Nog niet gereed").contains("De regelset wordt nog geladen; probeer het zo opnieuw.");
            assertThat(driver.findElement(By.id("advies")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("regelset-status")).getText()).contains("Nog niet gereed");
        }
        // The 503s (the regelsets, read at start and again with the key, and the advies) are in the console as Chromium
        // reports them; nothing else.
        List<String> console = console();
        assertThat(console).allSatisfy(m -> assertThat(m).contains("status of 503"));
        assertThat(console.stream().filter(m -> m.contains("/api/v1/adviezen"))).hasSize(1);

        // A rule set that fails on the aanvraag (422): its title, its detail, and the rule with where it is written.
        try (Service faalt = Service.builder().port(0).config(dienst.config).laden(() -> Engine.builder().maxFirings(1)).start()) {
            faalt.loaded().toCompletableFuture().join();
            driver.get("http://localhost:" + faalt.port() + "/");
            wachtOp("de pagina is gestart", () -> "gereed".equals(body().getDomAttribute("data-stand")));
            typ("f-sleutel", SLEUTEL);
            driver.findElement(By.cssSelector("[data-voorbeeld='3']")).click();
            JsonNode verzonden = verstuur();
            JsonNode probleem = MAPPER.readTree(new Http(faalt.port(), SLEUTEL).postJson(MAPPER.writeValueAsBytes(verzonden)).body());
            assertThat(probleem.get("status").asInt()).isEqualTo(422);
            WebElement melding = driver.findElement(By.id("melding"));
            assertThat(melding.isDisplayed()).isTrue();
            assertThat(melding.getText().split("\n")).containsExactly(probleem.get("title").asText(), probleem.get("detail").asText(),
                    "Regel: " + probleem.get("regel").asText() + " (" + probleem.get("bron").asText() + ")");
        }
        assertThat(console()).singleElement().satisfies(m -> assertThat(m).contains("/api/v1/adviezen", "status of 422"));
    }

    @Test
    void choosingARuleSetSetsPeildatumAndGemeenteAndTheAdviesNamesIt() throws Exception {
        List<Regelset> sets = engine.regelsets();
        // The texts in one look: the page may fill the list again meanwhile (a found option element would go stale).
        @SuppressWarnings("unchecked")
        List<String> opties = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#f-regelset option'), o => o.textContent);");
        assertThat(opties).hasSize(sets.size() + 1);
        JsonNode lijst = MAPPER.readTree(http.get("/api/v1/regelsets").body()).get("regelsets");
        for (int i = 0; i < sets.size(); i++) {
            Regelset set = sets.get(i);
            String tekst = opties.get(i + 1);
            assertThat(tekst).startsWith(set.naam() + " " + set.versie());
            if (set.gemeente() != null) {
                assertThat(tekst).contains("gemeente " + set.gemeente().code());
            }
            assertThat(lijst.get(i).get("hash").asText()).isEqualTo(set.hash());
            assertThat(lijst.get(i).get("geldigVanaf").asText()).isEqualTo(set.geldigVanaf().toString());
            // 2026.1 ends the day before 2027.1 starts; the newest has no end.
            if (set.versie().equals("2026.1")) {
                assertThat(lijst.get(i).get("geldigTot").asText()).isEqualTo("2026-12-31");
                assertThat(tekst).contains("tot en met 31 december 2026");
            } else {
                assertThat(lijst.get(i).has("geldigTot")).isFalse();
            }
        }

        // Voorbeeld 3 (peildatum 2026-03-01), then 2027.1 with gemeente 1728's regels: both fields follow the choice.
        driver.findElement(By.cssSelector("[data-voorbeeld='3']")).click();
        int bladel2027 = index(sets, "2027.1", "1728");
        kies("f-regelset", String.valueOf(bladel2027));
        assertThat(waarde("f-peildatum")).isEqualTo("2027-01-01");
        assertThat(waarde("f-gemeente")).isEqualTo("1728");
        JsonNode verzonden = verstuur();
        ObjectNode aanvraag = (ObjectNode) fixture(3);
        aanvraag.put("peildatum", "2027-01-01").put("gemeente", "1728");
        assertThat(zonderStandaarden(verzonden)).isEqualTo(zonderStandaarden(aanvraag));
        Advies expected = engine.evaluate(MAPPER.writeValueAsString(aanvraag));
        assertThat(expected.regelset()).isEqualTo(sets.get(bladel2027));
        assertToont(expected);

        // A peildatum inside the chosen version stays; the gemeente with its own regels goes for the version alone.
        typ("f-peildatum", "2026-05-05");
        assertThat(waarde("f-regelset")).as("de keuze volgt de peildatum").isEqualTo(String.valueOf(index(sets, "2026.1", "1728")));
        kies("f-regelset", String.valueOf(index(sets, "2026.1", null)));
        assertThat(waarde("f-peildatum")).isEqualTo("2026-05-05");
        assertThat(waarde("f-gemeente")).isEmpty();
        verstuur();
        aanvraag.put("peildatum", "2026-05-05").remove("gemeente");
        expected = engine.evaluate(MAPPER.writeValueAsString(aanvraag));
        assertThat(expected.regelset()).isEqualTo(sets.get(index(sets, "2026.1", null)));
        assertToont(expected);
    }

    @Test
    void everyControlIsReachedByTabHasAnAccessibleNameAndShowsItsFocus() throws Exception {
        // Every kind of control on the page: a huisgenoot and a traject group, and the advies with its JSON switch.
        driver.findElement(By.cssSelector("[data-voorbeeld='1']")).click();
        driver.findElement(By.id("traject-toevoegen")).click();
        kies("f-eerdereTrajecten-0-niveau", "SOCIALE_BASIS");
        kies("f-eerdereTrajecten-0-resultaat", "DOEL_BEREIKT");
        typ("f-eerdereTrajecten-0-einddatum", "2025-06-30");
        verstuur();
        assertThat(body().getDomAttribute("data-stand")).isEqualTo("advies");
        screenshot("proefomgeving.png", null);

        JavascriptExecutor js = driver;
        // Each form control must have a <label for> with text (a checkbox group also its legend, a button its text).
        @SuppressWarnings("unchecked")
        List<String> zonderLabel = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('input, select, textarea'))"
                        + ".filter(e => !(e.labels.length === 1 && e.labels[0].htmlFor === e.id && e.labels[0].textContent.trim() !== ''))"
                        + ".map(e => e.id || e.outerHTML);");
        assertThat(zonderLabel).as("invoer zonder eigen <label for>").isEmpty();
        @SuppressWarnings("unchecked")
        List<WebElement> controls = (List<WebElement>) js.executeScript(
                "const all = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex=\"0\"]'))"
                        + ".filter(e => !e.disabled && e.offsetParent !== null);"
                        + "all.forEach((e, i) => e.dataset.tabNr = String(i)); return all;");
        assertThat(controls).hasSizeGreaterThan(50);
        for (WebElement control : controls) {
            assertThat(control.getAccessibleName()).as("toegankelijke naam van " + control.getDomAttribute("id")).isNotBlank();
        }

        // From the top of the page, Tab alone reaches every control, each showing where the focus is.
        // The focus starts at the top, as on a page just opened (the advies had it last).
        js.executeScript("document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); window.scrollTo(0, 0);");
        Set<String> bereikt = new HashSet<>();
        List<String> zonderFocusRand = new ArrayList<>();
        List<String> volgorde = new ArrayList<>();
        for (int i = 0; i < controls.size() + 20 && bereikt.size() < controls.size(); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement actief = driver.switchTo().activeElement();
            String nr = actief.getDomAttribute("data-tab-nr");
            volgorde.add(actief.getTagName() + "#" + actief.getDomAttribute("id") + "/" + nr);
            if (nr != null && bereikt.add(nr) && "none".equals(actief.getCssValue("outline-style"))) {
                zonderFocusRand.add(actief.getDomAttribute("id"));
            }
        }
        List<String> gemist = controls.stream().filter(c -> !bereikt.contains(c.getDomAttribute("data-tab-nr")))
                .map(c -> c.getDomAttribute("id") + " " + c.getAccessibleName()).toList();
        assertThat(gemist).as("niet te bereiken met Tab; de focus ging langs " + volgorde).isEmpty();
        assertThat(zonderFocusRand).as("geen zichtbare focus").isEmpty();
        assertThat(teWeinigContrast()).as("tekst met te weinig contrast (WCAG 2.1 AA)").isEmpty();
    }

    /**
     * Every visible text whose colour against its background falls below WCAG 2.1 AA (4.5:1, large text 3:1), as the
     * browser computes both; a background is the nearest one that is not transparent, else the page's white.
     */
    @SuppressWarnings("unchecked")
    private static List<String> teWeinigContrast() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(String.join("\n",
                "const lum = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => { v /= 255;",
                "  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })",
                "  .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);",
                "const achter = (e) => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;",
                "  const m = c.match(/[\\d.]+/g); if (m && (m.length < 4 || Number(m[3]) > 0)) { return c; } } return 'rgb(255, 255, 255)'; };",
                "const uit = [];",
                "document.querySelectorAll('body *').forEach((e) => {",
                "  if (e.offsetParent === null || e.closest('.verborgen')) { return; }",
                "  if (!Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim() !== '')) { return; }",
                "  const s = getComputedStyle(e); const a = lum(s.color); const b = lum(achter(e));",
                "  const verhouding = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);",
                "  const grootte = parseFloat(s.fontSize); const groot = grootte >= 24 || (Number(s.fontWeight) >= 700 && grootte >= 18.66);",
                "  if (verhouding < (groot ? 3 : 4.5)) { uit.push(e.tagName + '#' + e.id + ' ' + verhouding.toFixed(2) + ': ' + e.textContent.trim().slice(0, 40)); }",
                "});",
                "return uit;"));
    }

    @Test
    void thePageComesWithAStrictContentSecurityPolicyAndServesNothingElse() throws Exception {
        HttpResponse<String> pagina = http.get("/");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String csp = pagina.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'").doesNotContain("unsafe", "http:", "https:");
        // Nothing inline for the policy to forbid: no script or style in the page itself, no handler attributes.
        assertThat(pagina.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style", " style=", " onclick=");
        for (String bestand : List.of("proef.css", "proef.js", "favicon.svg")) {
            assertThat(http.get("/proefomgeving/" + bestand).statusCode()).as(bestand).isEqualTo(200);
        }
        for (String anders : List.of("/proefomgeving/index.html", "/proefomgeving/..%2FRoutes.class", "/proefomgeving/logback-test.xml",
                "/proefomgeving/", "/nl/afweging/service/proefomgeving/proef.js")) {
            assertThat(http.get(anders).statusCode()).as(anders).isEqualTo(404);
        }
    }

    // ---- What the page shows ------------------------------------------------------------------------------------

    private static void assertToont(Advies expected) {
        WebElement advies = driver.findElement(By.id("advies"));
        assertThat(advies.isDisplayed()).isTrue();
        WebElement niveau = driver.findElement(By.id("advies-niveau"));
        assertThat(niveau.getDomAttribute("data-niveau")).isEqualTo(expected.niveau().name());
        assertThat(niveau.getText()).isEqualTo(WOORDEN.get(expected.niveau()));
        assertThat(driver.findElement(By.id("advies-kop")).getText().replaceAll("\\s+", " ")).isEqualTo("Advies: " + WOORDEN.get(expected.niveau()));
        assertThat(driver.findElement(By.id("advies-spoed")).getText()).startsWith(expected.spoed() ? "Spoed: ja." : "Spoed: nee.");
        assertThat(driver.findElement(By.id("advies-toelichting")).getText()).isEqualTo(expected.toelichting());

        // Why each lower level is not enough: the route's own reasons, per level.
        List<RouteStap> lager = expected.route().stream().filter(s -> s.oordeel() == Oordeel.ONTOEREIKEND).toList();
        List<WebElement> blokken = driver.findElements(By.cssSelector("#advies-route-lager [data-route-niveau]"));
        assertThat(blokken).hasSameSizeAs(lager);
        for (int i = 0; i < lager.size(); i++) {
            RouteStap stap = lager.get(i);
            WebElement blok = blokken.get(i);
            assertThat(blok.getDomAttribute("data-route-niveau")).isEqualTo(stap.niveau().name());
            assertThat(blok.findElement(By.tagName("h4")).getText()).isEqualTo(WOORDEN.get(stap.niveau()) + " is niet genoeg, omdat:");
            assertThat(teksten(blok.findElements(By.cssSelector("li.reden")))).containsExactlyElementsOf(stap.redenen());
            assertThat(blok.findElement(By.tagName("p")).getText()).isEqualTo("Regels: " + String.join(", ", stap.regels()));
        }
        RouteStap passend = expected.route().get(expected.route().size() - 1);
        assertThat(passend.oordeel()).isEqualTo(Oordeel.PASSEND);
        assertThat(teksten(driver.findElements(By.cssSelector("#advies-route-passend li.reden")))).containsExactlyElementsOf(passend.redenen());

        // Every rule that fired, in firing order, with its naam, grondslag and bron.
        List<WebElement> regels = driver.findElements(By.cssSelector("#advies-regels > li"));
        assertThat(regels.stream().map(r -> r.getDomAttribute("data-regel"))).containsExactlyElementsOf(expected.regelIds());
        for (int i = 0; i < regels.size(); i++) {
            ToegepasteRegel regel = expected.regels().get(i);
            assertThat(regels.get(i).findElement(By.className("regel-naam")).getText()).isEqualTo(regel.id() + ": " + regel.naam());
            assertThat(regels.get(i).findElement(By.className("grondslag")).getText()).isEqualTo("Grondslag: " + regel.grondslag());
            assertThat(regels.get(i).findElement(By.className("bron")).getText()).isEqualTo("Bron: " + regel.bron());
        }
        assertThat(codes("#advies-verwijzingen li[data-code]")).isEqualTo(expected.verwijzingen());
        assertThat(codes("#advies-aandachtspunten li[data-code]")).isEqualTo(expected.aandachtspunten());
        assertThat(codes("#advies-voorzieningen li[data-code]")).isEqualTo(expected.voorzieningen().stream().map(v -> v.code()).toList());

        // Which rule set made it.
        Regelset rs = expected.regelset();
        assertThat(veld("naam")).isEqualTo(rs.naam());
        assertThat(veld("versie")).isEqualTo(rs.versie());
        assertThat(veld("hash")).isEqualTo(rs.hash());
        assertThat(veld("gemeente")).isEqualTo(rs.gemeente() == null ? "Geen eigen regels van een gemeente"
                : rs.gemeente().code() + ": " + rs.gemeente().naam() + " versie " + rs.gemeente().versie() + " (hash " + rs.gemeente().hash() + ")");
    }

    /** The raw-JSON switch shows exactly what the API answers to the aanvraag the page sent. */
    private static void assertJsonIsTheApis(JsonNode verzonden) throws Exception {
        WebElement knop = driver.findElement(By.id("json-knop"));
        WebElement json = driver.findElement(By.id("advies-json"));
        assertThat(knop.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(json.isDisplayed()).isFalse();
        knop.click();
        assertThat(knop.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(json.isDisplayed()).isTrue();
        HttpResponse<String> api = http.postJson(MAPPER.writeValueAsBytes(verzonden));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(json.getDomProperty("textContent")).isEqualTo(api.body());
        knop.click();
        assertThat(knop.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(json.isDisplayed()).isFalse();
    }

    // ---- Acting like a person -----------------------------------------------------------------------------------

    private static void typ(String id, String tekst) {
        WebElement veld = driver.findElement(By.id(id));
        veld.clear();
        veld.sendKeys(tekst);
    }

    private static void kies(String id, String waarde) {
        driver.findElement(By.id(id)).findElement(By.cssSelector("option[value='" + waarde + "']")).click();
    }

    /** Presses "Vraag advies", waits for the answer, and returns the aanvraag the page sent, after checking its headers. */
    private static JsonNode verstuur() throws Exception {
        int voor = Integer.parseInt(body().getDomAttribute("data-antwoorden"));
        driver.findElement(By.id("verstuur")).click();
        wachtOp("een antwoord van de dienst", () -> Integer.parseInt(body().getDomAttribute("data-antwoorden")) > voor);
        List<JsonNode> posts = network().stream().filter(r -> r.get("method").asText().equals("POST")
                && r.get("url").asText().endsWith("/api/v1/adviezen")).toList();
        assertThat(posts).hasSize(1);
        JsonNode request = posts.get(0);
        assertThat(header(request, "Authorization")).isEqualTo("Bearer " + SLEUTEL);
        assertThat(header(request, "Content-Type")).isEqualTo("application/json");
        return MAPPER.readTree(postData(request));
    }

    // ---- Reading the browser ------------------------------------------------------------------------------------

    private static WebElement body() {
        return driver.findElement(By.tagName("body"));
    }

    private static String waarde(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private static String veld(String naam) {
        return driver.findElement(By.cssSelector("#advies-regelset [data-veld='" + naam + "']")).getText();
    }

    private static List<String> teksten(List<WebElement> elementen) {
        return elementen.stream().map(WebElement::getText).toList();
    }

    private static List<String> codes(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute("data-code")).toList();
    }

    private static void wachtOp(String wat, BooleanSupplier klaar) {
        long eind = System.nanoTime() + WACHT.toNanos();
        while (!klaar.getAsBoolean()) {
            if (System.nanoTime() > eind) {
                fail("na " + WACHT.toSeconds() + " s nog niet: " + wat);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** What the page wrote to the console, and what Chromium wrote there about it (a refused script, a failed load). */
    private static List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** The requests the page made since the last call (Network.requestWillBeSent: url, method, headers, postData). */
    private static List<JsonNode> network() {
        List<JsonNode> requests = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = MAPPER.readTree(entry.getMessage()).get("message");
                if ("Network.requestWillBeSent".equals(message.get("method").asText())) {
                    requests.add(message.get("params").get("request"));
                }
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        return requests;
    }

    private static String header(JsonNode request, String naam) {
        for (Iterator<Map.Entry<String, JsonNode>> it = request.get("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(naam)) {
                return e.getValue().asText();
            }
        }
        return null;
    }

    private static String postData(JsonNode request) {
        if (request.hasNonNull("postData")) {
            return request.get("postData").asText();
        }
        StringBuilder body = new StringBuilder();
        request.get("postDataEntries").forEach(e -> body.append(new String(Base64.getDecoder().decode(e.get("bytes").asText()), StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static void screenshot(String naam, By deel) throws Exception {
        Files.createDirectories(target);
        Dimension venster = driver.manage().window().getSize();
        long hoogte = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        try {
            // The window as tall as the page, so that one picture holds all of it (or all of the part).
            driver.manage().window().setSize(new Dimension(venster.getWidth(), (int) Math.min(hoogte + 200, 16000)));
            byte[] png = deel == null ? driver.getScreenshotAs(OutputType.BYTES) : driver.findElement(deel).getScreenshotAs(OutputType.BYTES);
            Files.write(target.resolve(naam), png);
        } finally {
            driver.manage().window().setSize(venster);
        }
    }

    // ---- Expected values --------------------------------------------------------------------------------------

    private static JsonNode fixture(int voorbeeld) throws Exception {
        try (Stream<Path> files = Files.list(Http.root().resolve("fixtures"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(String.format("%03d-voorbeeld-%d-", voorbeeld, voorbeeld)))
                    .findFirst().orElseThrow();
            return MAPPER.readTree(file.toFile()).get("aanvraag");
        }
    }

    /**
     * An aanvraag without the values the contract gives an absent field (netwerk false, veiligheid GEEN, ...), which
     * the page writes out: what is left must be the same aanvraag.
     */
    private static JsonNode zonderStandaarden(JsonNode aanvraag) {
        ObjectNode copy = aanvraag.deepCopy();
        Map<String, String> standaard = Map.of("veiligheid", "\"GEEN\"", "hulpGeaccepteerd", "true", "wlz", "\"GEEN\"",
                "zvwAanspraak", "false", "verwijzer", "\"GEEN\"", "netwerk", "{\"beschikbaar\":false,\"mantelzorgerOverbelast\":false}");
        standaard.forEach((veld, waarde) -> {
            if (copy.has(veld) && copy.get(veld).toString().equals(waarde)) {
                copy.remove(veld);
            }
        });
        // The page sends the soorten in its own order; the contract reads them as a set.
        ObjectNode hulpvraag = (ObjectNode) copy.get("hulpvraag");
        List<String> soorten = new ArrayList<>();
        hulpvraag.get("soorten").forEach(s -> soorten.add(s.asText()));
        hulpvraag.set("soorten", MAPPER.valueToTree(soorten.stream().sorted().toList()));
        return copy;
    }

    private static int index(List<Regelset> sets, String versie, String gemeente) {
        for (int i = 0; i < sets.size(); i++) {
            Regelset set = sets.get(i);
            if (set.versie().equals(versie) && (gemeente == null ? set.gemeente() == null : set.gemeente() != null && set.gemeente().code().equals(gemeente))) {
                return i;
            }
        }
        throw new AssertionError("geen regelset " + versie + " " + gemeente);
    }

    private static InvalidAanvraagException refusal(JsonNode aanvraag) throws Exception {
        try {
            Json.readAanvraag(new ByteArrayInputStream(MAPPER.writeValueAsBytes(aanvraag)));
        } catch (InvalidAanvraagException e) {
            return e;
        }
        throw new AssertionError("de bibliotheek neemt deze aanvraag aan: " + aanvraag);
    }
}
