package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summit.api.ui.HeadlessChromium.byTestId;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.api.demo.DemoCities;
import org.summit.api.demo.DemoData;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The live agenda in Chromium (issue #11): a delegate has the programme open; an organiser publishes a new release
 * through the API; within seconds the same page, never reloaded, shows the banner with what changed, in the
 * delegate's language, and the session at its new time. A bookmarked session shows on the delegate's home, in my
 * agenda. Screenshots in {@code target/screenshots/live-agenda-*.png}, at 1366 px and at a phone's width.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class LiveAgendaBrowserIntegrationTest implements KafkaTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAgendaBrowserIntegrationTest.class);

    private static final String PASSWORD = "correct horse battery staple";
    private static final String DELEGATE = "delegate.orlando@summit.demo";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SummitService summits;

    @Inject
    AccountService accounts;

    @Inject
    DemoCities demoCities;

    private HeadlessChromium chromium;
    private LoggedIn organiser;
    private String base;
    private Map keynote;
    private Map signing;

    @BeforeAll
    void aPublishedProgrammeAndADelegate() {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        demoCities.load();
        accounts.createActive(DELEGATE, "Orlando delegate", Role.DELEGATE, "orlando", PASSWORD);
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        base = "/api/agenda/" + summit.id();
        Map hall = post(
                base + "/rooms",
                Map.of(
                        "name",
                        Map.of("zh-Hant", "大會堂", "en", "Plenary Hall"),
                        "capacity",
                        800,
                        "interpretation",
                        true));
        keynote = post(
                base + "/sessions",
                session(
                        hall,
                        "智慧城市的未來",
                        "The future of smart cities",
                        "KEYNOTE",
                        "2016-03-23T09:30:00",
                        "2016-03-23T10:15:00"));
        signing = post(
                base + "/sessions",
                session(
                        hall,
                        "宣言簽署典禮",
                        "Signing of the declaration",
                        "CEREMONY",
                        "2016-03-24T16:00:00",
                        "2016-03-24T17:00:00"));
        assertThat(post(base + "/releases", Map.of())).containsEntry("release", 1);
        chromium = HeadlessChromium.start(server.getURI(), 1366, 900);
    }

    @BeforeEach
    void startAsAFirstTimeVisitor() {
        chromium.browser.manage().window().setSize(new Dimension(1366, 900));
        chromium.open("/");
        chromium.browser.manage().deleteAllCookies();
        chromium.forgetStoredChoices();
    }

    @AfterAll
    void quitTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh-Hant", "en"})
    void anOpenAgendaShowsANewReleaseAndWhatChangedWithoutAReload(String language) {
        chromium.logIn(DELEGATE, PASSWORD);
        chromium.switchTo(language);
        chromium.open("/agenda");
        chromium.visible("programme-session-" + keynote.get("id"));
        JavascriptExecutor js = (JavascriptExecutor) chromium.browser;
        js.executeScript("window.__marker = arguments[0]", "open-before-" + language);
        int before = ((Number) js.executeScript(
                        "return Number(document.querySelector('[data-testid=programme]').dataset.release)"))
                .intValue();

        // The organiser moves the keynote by an hour, or back, and publishes: release N+1.
        Map current = get(base + "/draft");
        Map draftKeynote = ((List<Map>) current.get("sessions"))
                .stream()
                        .filter(s -> s.get("id").equals(keynote.get("id")))
                        .findFirst()
                        .orElseThrow();
        boolean early = draftKeynote.get("startsAt").toString().startsWith("2016-03-23T09:30");
        String startsAt = early ? "2016-03-23T10:30:00" : "2016-03-23T09:30:00";
        String endsAt = early ? "2016-03-23T11:15:00" : "2016-03-23T10:15:00";
        post(
                base + "/sessions/" + keynote.get("id") + "/move",
                Map.of(
                        "roomId",
                        draftKeynote.get("roomId"),
                        "startsAt",
                        startsAt,
                        "endsAt",
                        endsAt,
                        "version",
                        draftKeynote.get("version")));
        long published = System.nanoTime();
        assertThat(post(base + "/releases", Map.of())).containsEntry("release", before + 1);

        WebElement banner = chromium.wait
                .withTimeout(Duration.ofSeconds(10))
                .withMessage("the banner of release " + (before + 1))
                .until(driver -> {
                    List<WebElement> found = driver.findElements(byTestId("agenda-update"));
                    return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
                });
        long shownAfter = (System.nanoTime() - published) / 1_000_000;
        assertThat(banner.getDomAttribute("role")).isEqualTo("status");
        String text = banner.getText();
        if (language.equals("zh-Hant")) {
            assertThat(text).contains("第 " + (before + 1) + " 版議程已公布：異動如下", "異動", "智慧城市的未來");
        } else {
            assertThat(text)
                    .contains(
                            "Release " + (before + 1) + " published: what changed",
                            "Moved",
                            "The future of smart cities",
                            "Plenary Hall");
        }
        chromium.wait
                .withMessage("the keynote at its new time")
                .until(driver -> driver.findElement(byTestId("programme-session-" + keynote.get("id")))
                        .getText()
                        .contains(startsAt.substring(11, 16)));
        assertThat(js.executeScript("return window.__marker"))
                .as("the same window: the page was not reloaded")
                .isEqualTo("open-before-" + language);
        chromium.screenshot("live-agenda-update-" + language, banner);
        LOG.info("Release {} shown on the open page {} ms after publishing", before + 1, shownAfter);
        chromium.logOut();
    }

    @Test
    void aBookmarkedSessionShowsInMyAgendaOnTheDelegatesHome() {
        chromium.logIn(DELEGATE, PASSWORD);
        chromium.switchTo("en");
        chromium.open("/agenda?view=grid&day=2016-03-24");
        WebElement session = chromium.visible("programme-session-" + signing.get("id"));
        WebElement star = session.findElement(byTestId("session-bookmark"));
        if (!"true".equals(star.getDomAttribute("aria-pressed"))) {
            star.click();
        }
        chromium.wait
                .withMessage("the star pressed")
                .until(driver -> "true"
                        .equals(driver.findElement(byTestId("programme-session-" + signing.get("id")))
                                .findElement(byTestId("session-bookmark"))
                                .getDomAttribute("aria-pressed")));
        chromium.screenshot("live-agenda-grid-en");

        chromium.open("/delegate");
        WebElement mine = chromium.visible("my-agenda-session-" + signing.get("id"));
        assertThat(mine.getText()).contains("Signing of the declaration", "Bookmarked", "16:00–17:00");
        chromium.visible("agenda-subscribe");
        chromium.screenshot("live-agenda-my-agenda-en");
        chromium.switchTo("zh-Hant");
        chromium.wait.until(driver -> driver.findElement(byTestId("my-agenda-session-" + signing.get("id")))
                .getText()
                .contains("宣言簽署典禮"));
        assertThat(chromium.visible("my-agenda-session-" + signing.get("id")).getText())
                .contains("已收藏");
        chromium.screenshot("live-agenda-my-agenda-zh-Hant");

        chromium.browser.manage().window().setSize(new Dimension(390, 844));
        chromium.open("/agenda");
        chromium.visible("programme-session-" + keynote.get("id"));
        chromium.screenshot("live-agenda-phone-list-zh-Hant");
        chromium.open("/agenda?view=grid");
        chromium.visible("programme-session-" + keynote.get("id"));
        chromium.screenshot("live-agenda-phone-grid-zh-Hant");
        chromium.open("/delegate");
        chromium.visible("my-agenda-session-" + signing.get("id"));
        chromium.screenshot("live-agenda-phone-my-agenda-zh-Hant");
    }

    private Map session(Map room, String zh, String en, String type, String startsAt, String endsAt) {
        return Map.of(
                "title",
                Map.of("zh-Hant", zh, "en", en),
                "type",
                type,
                "language",
                "zh-Hant",
                "roomId",
                room.get("id"),
                "startsAt",
                startsAt,
                "endsAt",
                endsAt,
                "speakerIds",
                List.of());
    }

    private Map post(String path, Map body) {
        return http.toBlocking().retrieve(organiser.send(HttpRequest.POST(path, body)), Map.class);
    }

    private Map get(String path) {
        return http.toBlocking().retrieve(organiser.send(HttpRequest.GET(path)), Map.class);
    }
}
