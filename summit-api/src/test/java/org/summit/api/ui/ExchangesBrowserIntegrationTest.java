package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ui.HeadlessChromium.byTestId;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.summit.agenda.AgendaService;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.api.demo.DemoData;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * City-to-city exchanges in Chromium (issue #13), on the demo summit as it starts, through the pages people use:
 * Orlando's delegate asks Eindhoven for an exchange with the form (the city picked from the list, a subject in both
 * languages, who attends, a preferred slot of the second exchange block); Eindhoven's delegate accepts it, naming who
 * attends; the organiser gives every exchange block without tables two tables and runs automatic scheduling, watching
 * its progress until it is done. Both delegates then see the meeting in my agenda on their home page and in their
 * calendar feed, and Orlando's delegate is not in a session of theirs at that time. Screenshots in both languages in
 * {@code target/exchanges-browser/}.
 */
@MicronautTest(environments = "api", transactional = false)
@Property(name = "summit.demo.enabled", value = "true")
@Property(name = "summit.data-dir", value = "target/exchanges-browser-data")
// Short enough for a test, long enough to see the run's progress.
@Property(name = "summit.exchanges.scheduling.time-limit", value = "6s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class ExchangesBrowserIntegrationTest implements KafkaTestSupport {

    private static final Path DATA = Path.of("target", "exchanges-browser-data");
    private static final Path SCREENSHOTS = Path.of("target", "exchanges-browser");
    private static final String ORLANDO = "delegate.orlando@summit.demo";
    private static final String EINDHOVEN = "delegate.eindhoven@summit.demo";
    private static final String ORGANISER = "organiser@summit.demo";

    static {
        // The demo keeps its accounts' logins in the data directory as the server starts.
        try {
            Files.createDirectories(DATA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SummitService summits;

    @Inject
    AgendaService agenda;

    private HeadlessChromium chromium;
    private Summit summit;

    @BeforeAll
    void startTheBrowserOnTheDemoSummit() {
        summit = summits.list().stream()
                .filter(candidate -> candidate.details().equals(DemoData.TAIPEI_2016))
                .findFirst()
                .orElseThrow();
        // The demo publishes its programme, exchange blocks included, once the agenda knows the demo delegates.
        await().atMost(Duration.ofSeconds(120)).until(() -> agenda.latestReleaseNumber(summit.id()) >= 1);
        chromium = HeadlessChromium.start(server.getURI(), 1366, 1100);
    }

    @AfterAll
    void quitTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void orlandoAsksEindhovenAcceptsTheOrganiserSchedulesAndBothSeeTheMeetingInTheirAgendaAndFeed() {
        String subject = "Cycle lanes " + UUID.randomUUID().toString().substring(0, 6);
        String exchangeId = orlandoAsksEindhoven(subject);
        eindhovenAccepts(exchangeId);
        theOrganiserGivesTheBlocksTablesAndSchedules(exchangeId);

        Map placed = get(ORGANISER, "/api/exchanges/" + exchangeId);
        Map placement = (Map) placed.get("placement");
        assertThat(placement)
                .as("the exchange has a place once scheduling is done")
                .isNotNull();
        assertThat(placed.get("title").toString()).contains(subject);

        for (String delegate : List.of(ORLANDO, EINDHOVEN)) {
            seesTheMeetingInMyAgenda(delegate, exchangeId, subject);
            assertThat(feedOf(delegate, exchangeId))
                    .as("the calendar feed of " + delegate)
                    .contains("UID:exchange-" + exchangeId + "@summit")
                    .contains(subject);
        }
        orlandosDelegateIsInNoSessionAtThatTime(placement);
    }

    // Orlando's delegate

    private String orlandoAsksEindhoven(String subject) {
        logIn(ORLANDO, "en");
        chromium.visible("nav-exchanges").click();
        chromium.visible("exchange-request-open").click();
        WebElement form = chromium.visible("exchange-request-form");
        chromium.visible("exchange-request-cities-search").sendKeys("Eindh");
        checkbox("exchange-request-cities", "Eindhoven").click();
        new Select(chromium.visible("exchange-request-topic")).selectByValue("SUBJECT");
        chromium.visible("exchange-request-subject-zh").sendKeys("自行車道 " + subject.substring(12));
        chromium.visible("exchange-request-subject-en").sendKeys(subject);
        chromium.visible("exchange-request-note-zh").sendKeys("分享自行車道規劃經驗");
        chromium.visible("exchange-request-note-en").sendKeys("Sharing how we plan cycle lanes");
        checkbox("exchange-request-members", "Alex Rivera").click();
        // The first slot of the third block, and one of the second, when Alex Rivera speaks (scheduling avoids it).
        form.findElement(By.cssSelector("input[aria-label='Thu 24 Mar 14:00–14:30']"))
                .click();
        form.findElement(By.cssSelector("input[aria-label='Thu 24 Mar 11:20–11:50']"))
                .click();
        screenshot("request-form-en", form);
        chromium.switchTo("zh-Hant");
        assertThat(chromium.visible("exchange-request-form").getText()).contains("受邀城市", "恩荷芬", "出席的本團成員", "希望時間");
        screenshot("request-form-zh-Hant", chromium.visible("exchange-request-form"));
        chromium.switchTo("en");
        chromium.visible("exchange-request-submit").click();
        chromium.visible("exchange-requested");

        WebElement card = cardWithText("exchanges-group-others", subject);
        String exchangeId = card.getDomAttribute("data-testid").substring("exchange-".length());
        assertThat(card.getText()).contains("Waiting for answers", "Eindhoven not answered yet");
        screenshot("requested-en", card);
        chromium.logOut();
        return exchangeId;
    }

    // Eindhoven's delegate

    private void eindhovenAccepts(String exchangeId) {
        logIn(EINDHOVEN, "zh-Hant");
        chromium.visible("nav-exchanges").click();
        WebElement waiting = chromium.visible("exchanges-group-mine");
        WebElement card = waiting.findElement(byTestId("exchange-" + exchangeId));
        assertThat(card.getText()).contains("等待回覆", "奧蘭多", "提出邀請", "亞歷克斯·李維拉");
        screenshot("asked-zh-Hant", card);
        chromium.visible("exchange-accept-" + exchangeId).click();
        checkbox("exchange-accept-members-" + exchangeId, "珊妮·巴克").click();
        screenshot("accept-zh-Hant", card);
        chromium.visible("exchange-accept-submit-" + exchangeId).click();
        WebElement agreed = chromium.wait
                .withMessage("the exchange among the agreed ones")
                .until(driver -> {
                    List<WebElement> found = driver.findElement(byTestId("exchanges-group-agreed"))
                            .findElements(byTestId("exchange-" + exchangeId));
                    return found.isEmpty() ? null : found.get(0);
                });
        assertThat(agreed.getText()).contains("已議定", "尚未排定時間與地點");
        chromium.switchTo("en");
        screenshot("agreed-en", chromium.visible("exchange-" + exchangeId));
        chromium.logOut();
    }

    // The organiser

    private void theOrganiserGivesTheBlocksTablesAndSchedules(String exchangeId) {
        logIn(ORGANISER, "en");
        chromium.visible("nav-organiser").click();
        chromium.visible("organiser-exchanges-link").click();
        chromium.visible("organiser-exchanges");
        List<String> blocks =
                chromium.browser.findElements(By.cssSelector("form[data-testid^='exchange-block-']")).stream()
                        .map(block -> block.getDomAttribute("data-testid"))
                        .toList();
        assertThat(blocks).as("the demo programme's exchange blocks").isNotEmpty();
        for (String block : blocks) {
            WebElement form = chromium.visible(block);
            if (form.findElements(By.cssSelector("tbody tr")).isEmpty()) {
                giveTwoTables(block);
            }
        }
        screenshot("blocks-en", chromium.visible(blocks.get(0)));

        // What the page reports as an error is kept, to say why should the run's view go away.
        ((JavascriptExecutor) chromium.browser)
                .executeScript(
                        "window.__errors = []; const original = console.error;"
                                + " console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); original(...args); };"
                                + " window.addEventListener('error', e => window.__errors.push(String(e.error && e.error.stack)));");
        chromium.visible("scheduling-start").click();
        chromium.visible("scheduling-run");
        chromium.wait
                .withMessage("the run's progress")
                .until(driver -> !driver.findElements(
                                        By.cssSelector("[data-testid='scheduling-run'][data-state='RUNNING'] progress"))
                                .isEmpty()
                        || !"RUNNING"
                                .equals(driver.findElement(byTestId("scheduling-run"))
                                        .getDomAttribute("data-state")));
        screenshot("scheduling-running-en", chromium.visible("scheduling"));
        try {
            chromium.wait
                    .withTimeout(Duration.ofSeconds(60))
                    .withMessage("the scheduling run done")
                    .until(driver -> "DONE"
                            .equals(driver.findElement(byTestId("scheduling-run"))
                                    .getDomAttribute("data-state")));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "The run did not end as done; the page reads: "
                            + chromium.browser.findElement(By.tagName("body")).getText()
                            + "\nand reported: "
                            + ((JavascriptExecutor) chromium.browser).executeScript("return window.__errors"),
                    e);
        }
        WebElement done = chromium.visible("scheduling-run");
        assertThat(done.getText()).contains("Scheduling has finished", "Score (hard / medium / soft)");
        assertThat(chromium.visible("scheduling-score").getText()).startsWith("0 / ");
        screenshot("scheduling-done-en", chromium.visible("scheduling"));
        chromium.switchTo("zh-Hant");
        assertThat(chromium.visible("scheduling-run").getText()).contains("排程已完成");
        screenshot("scheduling-done-zh-Hant", chromium.visible("scheduling"));
        WebElement placement = chromium.visible("exchange-placement-" + exchangeId);
        screenshot("placed-zh-Hant", chromium.visible("exchange-" + exchangeId));
        assertThat(placement.getText()).matches(".*\\d\\d:\\d\\d–\\d\\d:\\d\\d · .+");
        chromium.switchTo("en");
        chromium.logOut();
    }

    private void giveTwoTables(String block) {
        String blockId = block.substring("exchange-block-".length());
        for (int table = 1; table <= 2; table++) {
            chromium.visible("exchange-block-add-table-" + blockId).click();
            WebElement form = chromium.visible(block);
            form.findElement(By.cssSelector("input[aria-label='Chinese name of table " + table + "']"))
                    .sendKeys("第 " + table + " 桌");
            form.findElement(By.cssSelector("input[aria-label='English name of table " + table + "']"))
                    .sendKeys("Table " + table);
            if (table == 1) {
                form.findElement(By.cssSelector("input[aria-label='Interpretation at table 1']"))
                        .click();
            }
        }
        chromium.visible("exchange-block-save-" + blockId).click();
        chromium.wait
                .withMessage("the block " + blockId + " saved")
                .until(driver -> driver.findElement(byTestId(block)).getText().contains("The block has been saved."));
    }

    // Both delegates

    private void seesTheMeetingInMyAgenda(String delegate, String exchangeId, String subject) {
        for (String language : List.of("en", "zh-Hant")) {
            logIn(delegate, language);
            chromium.visible("nav-delegate").click();
            WebElement meeting = chromium.wait
                    .withTimeout(Duration.ofSeconds(30))
                    .withMessage("the exchange meeting in my agenda of " + delegate)
                    .until(driver -> {
                        List<WebElement> found = driver.findElements(byTestId("my-agenda-exchange-" + exchangeId));
                        if (found.isEmpty()) {
                            driver.navigate().refresh();
                            return null;
                        }
                        return found.get(0);
                    });
            assertThat(meeting.getText()).contains(language.equals("en") ? subject : subject.substring(12));
            screenshot(
                    "my-agenda-" + delegate.substring("delegate.".length(), delegate.indexOf('@')) + "-" + language,
                    meeting);
            chromium.logOut();
        }
    }

    private String feedOf(String delegate, String exchangeId) {
        LoggedIn session = LoggedIn.login(http, delegate, demoPassword(delegate));
        Map feed = http.toBlocking()
                .retrieve(
                        session.send(HttpRequest.POST("/api/agenda/" + summit.id() + "/my-feed", Map.of())), Map.class);
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> http.toBlocking()
                                .retrieve(HttpRequest.GET(feed.get("path").toString())),
                        ics -> ics.contains("UID:exchange-" + exchangeId + "@summit"));
    }

    /** Scheduling keeps every participant out of the sessions they speak in or moderate at the same time. */
    private void orlandosDelegateIsInNoSessionAtThatTime(Map placement) {
        LocalDateTime startsAt = LocalDateTime.parse(placement.get("startsAt").toString());
        LocalDateTime endsAt = LocalDateTime.parse(placement.get("endsAt").toString());
        Map mine = get(ORLANDO, "/api/agenda/" + summit.id() + "/mine");
        List<Map> sessions = (List<Map>) mine.get("sessions");
        List<Map> busy = sessions.stream()
                .filter(entry ->
                        Boolean.TRUE.equals(entry.get("speaking")) || Boolean.TRUE.equals(entry.get("moderating")))
                .map(entry -> (Map) entry.get("session"))
                .toList();
        assertThat(busy).as("Orlando's delegate speaks in the demo programme").isNotEmpty();
        for (Map session : busy) {
            LocalDateTime from = LocalDateTime.parse(session.get("startsAt").toString());
            LocalDateTime to = LocalDateTime.parse(session.get("endsAt").toString());
            assertThat(from.isBefore(endsAt) && startsAt.isBefore(to))
                    .as("the meeting %s–%s overlaps the session %s–%s", startsAt, endsAt, from, to)
                    .isFalse();
        }
    }

    // Steps every part repeats

    private void logIn(String email, String language) {
        chromium.open("/");
        chromium.browser.manage().deleteAllCookies();
        chromium.forgetStoredChoices();
        chromium.logIn(email, demoPassword(email));
        chromium.switchTo(language);
    }

    /** The checkbox labelled {@code label} inside the element {@code testId}. */
    private WebElement checkbox(String testId, String label) {
        return chromium.wait
                .withMessage("the checkbox " + label + " in " + testId)
                .until(driver -> {
                    List<WebElement> found = driver.findElement(byTestId(testId))
                            .findElements(By.xpath(".//label[contains(normalize-space(.), '" + label + "')]//input"));
                    return found.isEmpty() ? null : found.get(0);
                });
    }

    private WebElement cardWithText(String group, String text) {
        return chromium.wait
                .withMessage("an exchange with " + text + " in " + group)
                .until(
                        driver -> driver
                                .findElement(byTestId(group))
                                .findElements(By.cssSelector("[data-testid^='exchange-']"))
                                .stream()
                                .filter(card -> card.getTagName().equals("li")
                                        && card.getText().contains(text))
                                .findFirst()
                                .orElse(null));
    }

    private Map get(String email, String path) {
        LoggedIn session = LoggedIn.login(http, email, demoPassword(email));
        return http.toBlocking().retrieve(session.send(HttpRequest.GET(path)), Map.class);
    }

    private void screenshot(String name, WebElement element) {
        ((JavascriptExecutor) chromium.browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve("exchanges-" + name + ".png"),
                    ((TakesScreenshot) chromium.browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String demoPassword(String email) {
        try {
            return Files.readAllLines(DATA.resolve("demo-logins.txt")).stream()
                    .map(String::trim)
                    .filter(line -> line.startsWith(email + " "))
                    .map(line -> line.substring(email.length()).trim())
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
