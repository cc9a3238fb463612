package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ui.HeadlessChromium.byTestId;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.summit.agenda.AgendaService;
import org.summit.agenda.AgendaSession;
import org.summit.agenda.Room;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.api.demo.DemoData;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The organisers' programme editor in headless Chromium at 1366 px wide, on the demo summit as it starts (its
 * programme published as release 1), as the demo organiser: a session dragged with the mouse onto a time when one of
 * its speakers is in another session is refused with the conflict, kept anyway, and then shows the conflict with its
 * reason; publishing is refused listing it; the session put back and shortened in its form, publishing
 * makes the next release with its changelog. The English texts are checked, and the zh-Hant ones on the same screens.
 * Screenshots in {@code target/screenshots/agenda-editor-*.png}.
 */
@MicronautTest(environments = "api", transactional = false)
@Property(name = "summit.demo.enabled", value = "true")
@Property(name = "summit.data-dir", value = "target/agenda-editor-browser-data")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaEditorBrowserIntegrationTest implements KafkaTestSupport {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 1300;
    /** The grid's scale (summit-ui's timetable.ts): two pixels a minute. */
    private static final int PIXELS_PER_MINUTE = 2;

    private static final Path DATA = Path.of("target", "agenda-editor-browser-data");

    static {
        // The demo keeps its accounts' logins in the data directory as the server starts.
        try {
            Files.createDirectories(DATA);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Inject
    EmbeddedServer server;

    @Inject
    SummitService summits;

    @Inject
    AgendaService agenda;

    private HeadlessChromium chromium;
    private Summit summit;
    private int releaseBefore;

    @BeforeAll
    void startTheBrowserOnTheDemoSummit() {
        summit = summits.list().stream()
                .filter(candidate -> candidate.details().equals(DemoData.TAIPEI_2016))
                .findFirst()
                .orElseThrow();
        // The demo publishes its programme once the agenda has learnt the demo delegates from the cities events.
        await().atMost(Duration.ofSeconds(120)).until(() -> agenda.latestReleaseNumber(summit.id()) >= 1);
        releaseBefore = agenda.latestReleaseNumber(summit.id());
        chromium = HeadlessChromium.start(server.getURI(), WIDTH, HEIGHT);
    }

    @AfterAll
    void quitTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Two sessions of the first day in different rooms that share a person: A moved {@code minutes} overlaps B. */
    record Clash(AgendaSession moved, AgendaSession other, int minutes) {}

    @Test
    void aDraggedDoubleBookingShowsItsReasonBlocksPublishingAndOnceFixedPublishesTheNextRelease() {
        Clash clash = aSpeakerInTwoRoomsOfTheFirstDay();
        String moved = clash.moved().id().toString();
        // A delegate has the programme open in Traditional Chinese in a browser of their own the whole time.
        try (HeadlessChromium delegate = HeadlessChromium.start(server.getURI(), WIDTH, HEIGHT)) {
            openTheAgendaAsTheDemoDelegate(delegate, "zh-Hant");
            editPublishAndFix(clash, moved);
            theDelegatesOpenPageShowsTheNewRelease(delegate, clash);
        }
    }

    private void editPublishAndFix(Clash clash, String moved) {
        openTheEditorAsTheDemoOrganiser("en");
        assertThat(chromium.visible("publish").getText()).isEqualTo("Publish release " + (releaseBefore + 1));

        assertThat(Math.abs(clash.minutes()))
                .as("a drag that stays in the window")
                .isLessThanOrEqualTo(240);
        // Dragged onto the other session's time: refused at once, listing the double booking; kept anyway.
        dragSession(moved, clash.minutes());
        WebElement refusal = chromium.visible("conflict-refusal");
        assertThat(refusal.getText())
                .contains("is also in “" + clash.other().title().en() + "”");
        chromium.screenshot("agenda-editor-refused-en", refusal);
        keepTheConflict();
        WebElement session = awaitConflictsOn(moved);
        assertThat(textOf(session))
                .contains(clash.other().title().en())
                .containsPattern("is also in “.+” from \\d\\d:\\d\\d to \\d\\d:\\d\\d\\.");
        assertThat(chromium.visible("draft-conflicts").getText())
                .contains(clash.other().title().en());
        chromium.screenshot("agenda-editor-conflict-en", session);

        // Publishing is refused with the list; a click on an entry goes to the session.
        WebElement blocked = publishRefused();
        assertThat(blocked.getText())
                .contains("The draft cannot be published")
                .contains(clash.moved().title().en() + ": ");
        chromium.screenshot("agenda-editor-blocked-en", blocked);
        blocked.findElements(byTestId("blocking-problem")).stream()
                .filter(entry ->
                        entry.getText().startsWith(clash.moved().title().en() + ": "))
                .findFirst()
                .orElseThrow()
                .click();
        chromium.wait.until(driver -> driver.findElement(byTestId("session-form"))
                .getText()
                .contains(clash.moved().title().en()));

        // The same screens in zh-Hant: the reason and the refusal in Chinese.
        chromium.switchTo("zh-Hant");
        assertThat(textOf(sessionBlock(moved)))
                .contains("另有「" + clash.other().title().zhHant() + "」");
        assertThat(chromium.visible("publish-blocked").getText())
                .contains("草案無法發布")
                .contains(clash.moved().title().zhHant() + "：");
        chromium.screenshot("agenda-editor-blocked-zh-Hant", sessionBlock(moved));
        chromium.switchTo("en");

        // Fixed in the form (the keyboard way): back at its time, ending five minutes earlier so that the release has
        // a change.
        String shortened = clock(clash.moved().endsAt().toLocalTime().minusMinutes(5));
        moveInTheForm(moved, clock(clash.moved().startsAt().toLocalTime()), shortened);
        awaitNoConflictsOn(moved);
        chromium.wait.until(driver -> textOf(sessionBlock(moved)).contains(shortened));
        chromium.screenshot("agenda-editor-fixed-en", sessionBlock(moved));

        WebElement published = publish();
        assertThat(published.getText())
                .contains("Release " + (releaseBefore + 1) + " published")
                .contains(clash.moved().title().en());
        assertThat(agenda.latestReleaseNumber(summit.id())).isEqualTo(releaseBefore + 1);
        chromium.screenshot("agenda-editor-published-en", published);
        chromium.switchTo("zh-Hant");
        assertThat(chromium.visible("published").getText())
                .contains("已發布第 " + (releaseBefore + 1) + " 版")
                .contains(clash.moved().title().zhHant());
        chromium.screenshot("agenda-editor-published-zh-Hant", chromium.visible("published"));
        assertTheGridFitsTheWindow();
    }

    // The delegate's steps

    private void openTheAgendaAsTheDemoDelegate(HeadlessChromium delegate, String language) {
        delegate.open("/");
        delegate.logIn("delegate.orlando@summit.demo", demoPassword("delegate.orlando@summit.demo"));
        delegate.switchTo(language);
        delegate.open("/agenda");
        delegate.wait.until(driver -> String.valueOf(releaseBefore)
                .equals(driver.findElement(byTestId("programme")).getDomAttribute("data-release")));
        ((JavascriptExecutor) delegate.browser).executeScript("window.__marker = 'open before the release'");
    }

    /** The release the organiser published reaches the page the delegate opened before it, without a reload. */
    private void theDelegatesOpenPageShowsTheNewRelease(HeadlessChromium delegate, Clash clash) {
        int release = releaseBefore + 1;
        WebElement banner = delegate.wait
                .withTimeout(Duration.ofSeconds(15))
                .withMessage("the banner of release " + release + " on the delegate's open page")
                .until(driver -> {
                    List<WebElement> found = driver.findElements(byTestId("agenda-update"));
                    return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
                });
        assertThat(banner.getText())
                .contains("第 " + release + " 版議程已公布：異動如下")
                .contains(clash.moved().title().zhHant());
        assertThat(delegate.browser.findElement(byTestId("programme")).getDomAttribute("data-release"))
                .isEqualTo(String.valueOf(release));
        assertThat(((JavascriptExecutor) delegate.browser).executeScript("return window.__marker"))
                .as("the same page: it was not reloaded")
                .isEqualTo("open before the release");
        delegate.screenshot("agenda-editor-delegate-page-zh-Hant", banner);
        delegate.switchTo("en");
        assertThat(delegate.visible("agenda-update").getText())
                .contains("Release " + release + " published: what changed")
                .contains(clash.moved().title().en());
        delegate.screenshot("agenda-editor-delegate-page-en", delegate.visible("agenda-update"));
    }

    // The organiser's steps

    void openTheEditorAsTheDemoOrganiser(String language) {
        chromium.open("/");
        chromium.browser.manage().deleteAllCookies();
        chromium.forgetStoredChoices();
        chromium.logIn("organiser@summit.demo", demoPassword("organiser@summit.demo"));
        chromium.switchTo(language);
        chromium.visible("nav-organiser").click();
        chromium.visible("organiser-agenda-link").click();
        chromium.visible("programme-editor");
    }

    /** Drags a session by its title with the mouse, {@code minutes} later (earlier if negative), in its room. */
    void dragSession(String sessionId, int minutes) {
        drag(chromium.visible("session-handle-" + sessionId), minutes);
    }

    /** Opens a session's form with its Edit button and gives it other times of the same day. */
    void moveInTheForm(String sessionId, String start, String end) {
        WebElement edit = chromium.browser.findElement(byTestId("session-edit-" + sessionId));
        ((JavascriptExecutor) chromium.browser).executeScript("arguments[0].click()", edit);
        chromium.setValue(chromium.visible("session-start"), start);
        chromium.setValue(chromium.visible("session-end"), end);
        chromium.visible("session-save").click();
    }

    void keepTheConflict() {
        chromium.visible("keep-conflicts").click();
    }

    /** Presses publish and waits for the refusal listing what blocks it. */
    WebElement publishRefused() {
        chromium.visible("publish").click();
        return chromium.visible("publish-blocked");
    }

    /** Presses publish and waits for the release with its changelog. */
    WebElement publish() {
        chromium.visible("publish").click();
        return chromium.visible("published");
    }

    // How

    private void drag(WebElement handle, int minutes) {
        int pixels = minutes * PIXELS_PER_MINUTE;
        // The whole way of the pointer inside the grid's scroll box and far from its edges, where the grid would
        // scroll under the pointer (by how much depends on the machine's speed): start a fifth from the edge behind.
        ((JavascriptExecutor) chromium.browser).executeScript("""
                        const handle = arguments[0], downwards = arguments[1] > 0;
                        handle.scrollIntoView({block: 'center'});
                        let box = handle.parentElement;
                        while (box && !(getComputedStyle(box).overflowY === 'auto' && box.scrollHeight > box.clientHeight)) {
                          box = box.parentElement;
                        }
                        if (box) {
                          const top = box.getBoundingClientRect().top, at = handle.getBoundingClientRect();
                          box.scrollTop += at.top + at.height / 2 - (top + box.clientHeight * (downwards ? 0.2 : 0.8));
                        }
                        """, handle, pixels);
        // Real pointer input through the driver: pressed, moved past the activation distance, moved, released.
        new Actions(chromium.browser)
                .moveToElement(handle, 0, 0)
                .clickAndHold()
                .moveByOffset(0, Integer.signum(pixels) * 6)
                .pause(Duration.ofMillis(50))
                .moveByOffset(0, pixels / 2 - Integer.signum(pixels) * 6)
                .pause(Duration.ofMillis(50))
                .moveByOffset(0, pixels - pixels / 2)
                .pause(Duration.ofMillis(100))
                .release()
                .perform();
    }

    private WebElement sessionBlock(String sessionId) {
        return chromium.browser.findElement(byTestId("session-" + sessionId));
    }

    private WebElement awaitConflictsOn(String sessionId) {
        chromium.wait.withMessage("the session shows its conflicts").until(driver -> conflictsOn(sessionId) > 0);
        return sessionBlock(sessionId);
    }

    private void awaitNoConflictsOn(String sessionId) {
        chromium.wait
                .withMessage(() -> "the session has no conflict left: " + textOf(sessionBlock(sessionId)) + " / "
                        + chromium.browser.findElement(By.tagName("main")).getText())
                .until(driver -> conflictsOn(sessionId) == 0);
    }

    /** How many conflicts the grid shows on a session. */
    private int conflictsOn(String sessionId) {
        Object count = ((JavascriptExecutor) chromium.browser)
                .executeScript("return Number(arguments[0].dataset.conflicts)", sessionBlock(sessionId));
        return ((Number) count).intValue();
    }

    /** The whole text of an element, also the part its box clips (a short session shows its reasons on hover). */
    private String textOf(WebElement element) {
        return (String)
                ((JavascriptExecutor) chromium.browser).executeScript("return arguments[0].textContent", element);
    }

    private void assertTheGridFitsTheWindow() {
        Number pageWidth = (Number)
                ((JavascriptExecutor) chromium.browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("no sideways scrolling at 1366 px").isLessThanOrEqualTo(WIDTH);
        List<WebElement> heads = chromium.browser.findElements(By.cssSelector(".timetable__room"));
        assertThat(heads)
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(head -> assertThat(head.isDisplayed()).isTrue());
    }

    private Clash aSpeakerInTwoRoomsOfTheFirstDay() {
        LocalDate firstDay = summit.details().startsOn();
        List<AgendaSession> day = agenda.draft(summit.id()).stream()
                .filter(session -> session.startsAt().toLocalDate().equals(firstDay))
                .toList();
        Clash best = null;
        for (AgendaSession a : day) {
            for (AgendaSession b : day) {
                if (a.roomId().equals(b.roomId()) || !shareAPerson(a, b)) {
                    continue;
                }
                // The shortest drag that makes A overlap B by twenty minutes, in its own room.
                int minutes = a.startsAt().isBefore(b.startsAt())
                        ? (int) Duration.between(a.endsAt(), b.startsAt()).toMinutes() + 20
                        : (int) Duration.between(a.startsAt(), b.endsAt()).toMinutes() - 20;
                if (minutes != 0
                        && withinItsRoomsHours(a, minutes)
                        && (best == null || Math.abs(minutes) < Math.abs(best.minutes()))) {
                    best = new Clash(a, b, minutes);
                }
            }
        }
        assertThat(best)
                .as("the demo programme has a person in two sessions of the first day")
                .isNotNull();
        return best;
    }

    private boolean withinItsRoomsHours(AgendaSession session, int minutes) {
        Room room = agenda.rooms(summit.id()).stream()
                .filter(candidate -> candidate.id().equals(session.roomId()))
                .findFirst()
                .orElseThrow();
        java.time.LocalTime start = session.startsAt().plusMinutes(minutes).toLocalTime();
        java.time.LocalTime end = session.endsAt().plusMinutes(minutes).toLocalTime();
        return session.startsAt()
                        .plusMinutes(minutes)
                        .toLocalDate()
                        .equals(session.startsAt().toLocalDate())
                && (room.opensAt() == null || !start.isBefore(room.opensAt()))
                && (room.closesAt() == null || !end.isAfter(room.closesAt()));
    }

    private static boolean shareAPerson(AgendaSession a, AgendaSession b) {
        Set<UUID> people = new HashSet<>(a.speakers());
        if (a.moderatorId() != null) {
            people.add(a.moderatorId());
        }
        return b.speakers().stream().anyMatch(people::contains)
                || (b.moderatorId() != null && people.contains(b.moderatorId()));
    }

    private static String clock(java.time.LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
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
            throw new java.io.UncheckedIOException(e);
        }
    }
}
