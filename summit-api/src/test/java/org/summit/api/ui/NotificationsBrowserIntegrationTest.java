package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ui.HeadlessChromium.byTestId;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.api.demo.DemoCities;
import org.summit.api.demo.DemoData;
import org.summit.events.notifications.NoticeCreated;
import org.summit.notices.LiveNotices;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.Notice;
import org.summit.notices.NoticePreference;
import org.summit.notices.NoticePreferenceRepository;
import org.summit.notices.NoticeRepository;
import org.summit.notices.Recipients;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.outbox.Outbox;

/**
 * Notifications in Chromium (issue #14), the people's side: a delegate's bell counts a notification the moment it is
 * written for them, without a reload; they open the list, read it in their language and open it, which marks it
 * read and takes them to its page. An organiser opens the mailbox, reads a dead letter (its HTML in a sandboxed
 * frame) and retries it. The notification and the e-mails are written as summit-notifications writes them: rows
 * through its repositories and {@code NoticeCreated} through the outbox. Screenshots in both languages in
 * {@code target/notifications-browser/}.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsBrowserIntegrationTest implements KafkaTestSupport {

    private static final Path SCREENSHOTS = Path.of("target", "notifications-browser");
    private static final String PASSWORD = "correct horse battery staple";

    @Inject
    EmbeddedServer server;

    @Inject
    SummitService summits;

    @Inject
    DemoCities demoCities;

    @Inject
    AccountService accounts;

    @Inject
    NoticeRepository notices;

    @Inject
    MailRepository mails;

    @Inject
    NoticePreferenceRepository preferences;

    @Inject
    Outbox outbox;

    @Inject
    LiveNotices live;

    @Inject
    TransactionOperations<Connection> database;

    private HeadlessChromium chromium;

    @BeforeAll
    void startTheBrowserOnASummitWhoseLiveNotificationsAreFollowed() throws Exception {
        summits.create(DemoData.TAIPEI_2016);
        demoCities.load();
        // The live consumer starts at the end of the topic once it has joined: wait until it hears one, so that the
        // test's notification cannot slip in before it.
        String probe = "probe." + UUID.randomUUID() + "@browser.test";
        List<NoticeCreated> heard = new CopyOnWriteArrayList<>();
        try (AutoCloseable following = live.follow(probe, heard::add)) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        database.executeWrite(status -> outbox.append(
                                new NoticeCreated(UUID.randomUUID().toString(), probe, "session.changed")));
                        return !heard.isEmpty();
                    });
        }
        chromium = HeadlessChromium.start(server.getURI(), 1366, 1000);
    }

    @BeforeEach
    void startLoggedOut() {
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

    @Test
    void aDelegatesBellCountsANewNotificationLiveAndOpeningItMarksItRead() {
        String email = "delegate." + UUID.randomUUID() + "@browser.test";
        accounts.createActive(email, "Browser delegate", Role.DELEGATE, "orlando", PASSWORD);
        chromium.logIn(email, PASSWORD);
        chromium.switchTo("en");
        WebElement bell = chromium.visible("notifications-bell");
        assertThat(bell.getDomAttribute("data-unread")).isEqualTo("0");
        await().atMost(Duration.ofSeconds(30)).until(() -> live.followers(email) >= 1);

        Notice notice = write(email);

        chromium.wait
                .withMessage("the bell counts the new notification without a reload")
                .until(driver -> "1"
                        .equals(driver.findElement(byTestId("notifications-bell"))
                                .getDomAttribute("data-unread")));
        assertThat(chromium.visible("notifications-count").getText()).isEqualTo("1");
        assertThat(chromium.visible("notifications-bell").getAccessibleName()).isEqualTo("Notifications: 1 unread");
        screenshot("bell-en");
        chromium.switchTo("zh-Hant");
        assertThat(chromium.visible("notifications-bell").getAccessibleName()).isEqualTo("通知：1 則未讀");
        screenshot("bell-zh-Hant");

        chromium.visible("notifications-bell").click();
        WebElement item = chromium.visible("notice-" + notice.id());
        assertThat(item.getText()).contains("開幕式時間變更", "開幕式改至 3 月 23 日 10:00", "未讀", "我的議程有所變更");
        assertThat(item.getDomAttribute("data-read")).isEqualTo("false");
        screenshot("list-zh-Hant");
        chromium.switchTo("en");
        item = chromium.visible("notice-" + notice.id());
        assertThat(item.getText())
                .contains(
                        "The opening ceremony moved",
                        "now on 23 March at 10:00",
                        "Unread",
                        "A session of mine changed");
        screenshot("list-en");

        chromium.visible("notice-open-" + notice.id()).click();

        chromium.wait
                .withMessage("opening the notification goes to its page")
                .until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/delegate"));
        chromium.wait
                .withMessage("the bell has nothing unread once it is read")
                .until(driver -> "0"
                        .equals(driver.findElement(byTestId("notifications-bell"))
                                .getDomAttribute("data-unread")));
        assertThat(notices.findById(notice.id()).orElseThrow().readAt()).isNotNull();
        chromium.open("/notifications");
        assertThat(chromium.visible("notice-" + notice.id()).getDomAttribute("data-read"))
                .isEqualTo("true");
        chromium.logOut();
    }

    @Test
    void aDelegateChoosesWhatReachesThemByEmailAndWhenAndTheChoiceHolds() {
        String email = "Delegate." + UUID.randomUUID() + "@browser.test";
        accounts.createActive(email, "Preferring delegate", Role.DELEGATE, "orlando", PASSWORD);
        chromium.logIn(email, PASSWORD);
        chromium.switchTo("zh-Hant");
        chromium.open("/notifications");
        chromium.visible("notifications-preferences-link").click();

        WebElement form = chromium.visible("notice-preferences");
        assertThat(form.getText()).contains("我的議程有所變更", "有城市邀請本市交流", "輪到我簽署");
        assertThat(form.findElements(byTestId("preference-organiser.conflict")))
                .as("a delegate is offered only what can reach a delegate")
                .isEmpty();
        WebElement sessionEmail = chromium.visible("preference-session.changed-email");
        assertThat(sessionEmail.isSelected()).isTrue();
        sessionEmail.click();
        chromium.visible("preference-delivery-digest").click();
        new Select(chromium.visible("preference-language")).selectByValue("en");
        screenshot("preferences-zh-Hant", form);
        chromium.visible("preferences-save").click();

        assertThat(chromium.visible("preferences-saved").getText()).isEqualTo("已儲存您的設定。");
        NoticePreference saved = preferences.findById(Recipients.key(email)).orElseThrow();
        assertThat(saved.emailOff()).contains("session.changed");
        assertThat(saved.inAppOff()).isEmpty();
        assertThat(saved.emailDigest()).isTrue();
        assertThat(saved.language()).isEqualTo("en");

        // The choice holds: read back after a reload, and in the other language.
        chromium.open("/notifications/preferences");
        chromium.switchTo("en");
        assertThat(chromium.visible("preference-session.changed-email").isSelected())
                .isFalse();
        assertThat(chromium.visible("preference-session.changed-in-app").isSelected())
                .isTrue();
        assertThat(chromium.visible("preference-delivery-digest").isSelected()).isTrue();
        assertThat(new Select(chromium.visible("preference-language"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("English");
        assertThat(chromium.visible("notice-preferences").getText())
                .contains("A session of mine changed", "One daily digest");
        screenshot("preferences-en", chromium.visible("notice-preferences"));
        chromium.logOut();
    }

    @Test
    void anOrganiserOpensTheMailboxReadsADeadLetterAndRetriesIt() {
        Mail kept = mail(MailState.KEPT, "Your session moved", Instant.now().minusSeconds(60));
        Mail dead = mail(MailState.DEAD, "Eindhoven asks your city for an exchange", Instant.now());
        String email = "organiser." + UUID.randomUUID() + "@browser.test";
        accounts.createActive(email, "Browser organiser", Role.ORGANISER, null, PASSWORD);
        chromium.logIn(email, PASSWORD);
        chromium.switchTo("en");

        chromium.visible("nav-mailbox").click();
        assertThat(chromium.visible("mailbox-kept-note").getText())
                .contains("With no SMTP server configured, Summit does not send e-mails");
        assertThat(chromium.visible("mail-" + kept.id()).getText()).contains("Kept, not sent", "Your session moved");
        chromium.visible("mailbox-filter-DEAD").click();
        chromium.wait
                .withMessage("only the dead letters are listed")
                .until(driver ->
                        driver.findElements(byTestId("mail-" + kept.id())).isEmpty());
        chromium.visible("mail-open-" + dead.id()).click();

        WebElement detail = chromium.visible("mail-detail");
        assertThat(detail.getText())
                .contains("Could not be delivered", "Connection refused", "Summit tried to send this e-mail 5 times");
        WebElement frame = chromium.visible("mail-html");
        assertThat(frame.getDomAttribute("sandbox")).isEmpty();
        chromium.browser.switchTo().frame(frame);
        assertThat(chromium.browser.findElement(By.tagName("body")).getText())
                .contains("Eindhoven asks Orlando for an exchange on cycle lanes.");
        // As its recipient sees it: the template's own inline styles apply (allowed by their hashes); any other is
        // held back by the page's policy, as on every page of Summit.
        assertThat(chromium.browser.findElement(By.tagName("body")).getCssValue("background-color"))
                .isEqualTo("rgba(244, 245, 247, 1)");
        assertThat(chromium.browser.findElement(By.tagName("h1")).getCssValue("color"))
                .isNotEqualTo("rgba(18, 60, 105, 1)");
        chromium.browser.switchTo().defaultContent();
        assertThat(chromium.visible("mail-calendar").getText()).contains("BEGIN:VCALENDAR");
        screenshot("mailbox-dead-en", detail);
        chromium.switchTo("zh-Hant");
        assertThat(chromium.visible("mail-detail").getText()).contains("無法投遞", "已嘗試寄送此郵件 5 次後放棄");
        screenshot("mailbox-dead-zh-Hant", chromium.visible("mail-detail"));

        chromium.visible("mail-retry").click();

        assertThat(chromium.visible("mail-retried").getText()).contains("郵件已重新排入佇列");
        assertThat(chromium.visible("mail-detail-state").getText()).isEqualTo("等候寄送");
        assertThat(mails.findById(dead.id()).orElseThrow().state())
                .as("out of the dead letters (the sender may have taken it up already)")
                .isNotEqualTo(MailState.DEAD);
        screenshot("mailbox-retried-zh-Hant", chromium.visible("mail-detail"));
        chromium.switchTo("en");
        chromium.visible("mailbox-filter-all").click();
        screenshot("mailbox-en", chromium.visible("mailbox"));
        chromium.logOut();
    }

    /** A notification for {@code email}, written as summit-notifications writes one. */
    private Notice write(String email) {
        return database.executeWrite(status -> {
            Notice notice = notices.save(new Notice(
                    UUID.randomUUID(),
                    Recipients.key(email),
                    "session.changed",
                    UUID.randomUUID(),
                    "開幕式時間變更",
                    "The opening ceremony moved",
                    "開幕式改至 3 月 23 日 10:00，地點不變。",
                    "The opening ceremony is now on 23 March at 10:00, in the same room.",
                    "/delegate",
                    Instant.now(),
                    null));
            outbox.append(new NoticeCreated(notice.id().toString(), notice.recipient(), notice.kind()));
            return notice;
        });
    }

    /** The style of the body of Summit's e-mail template, as the template has it. */
    private static final String TEMPLATE_BODY_STYLE = templateBodyStyle();

    private static String templateBodyStyle() {
        try (InputStream in = NotificationsBrowserIntegrationTest.class
                .getClassLoader()
                .getResourceAsStream("notifications/templates/mail.html")) {
            Matcher body = Pattern.compile("<body style=\"([^\"]*)\"")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(body.find()).as("the template's body has a style").isTrue();
            assertThat(body.group(1)).contains("background:#f4f5f7");
            return body.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Mail mail(MailState state, String subject, Instant at) {
        boolean dead = state == MailState.DEAD;
        return mails.save(new Mail(
                UUID.randomUUID(),
                "delegate.orlando@summit.demo",
                dead ? "exchange.requested" : "session.changed",
                UUID.randomUUID(),
                "en",
                subject,
                "Eindhoven asks Orlando for an exchange on cycle lanes.",
                // The body styled as the e-mail template styles it; the heading with a style of no template.
                "<html><body style=\"" + TEMPLATE_BODY_STYLE + "\"><h1 style=\"color:#123c69\">Summit</h1>"
                        + "<p>Eindhoven asks Orlando for an exchange on cycle lanes.</p></body></html>",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Summit//EN\r\nEND:VCALENDAR\r\n",
                state,
                dead ? 5 : 0,
                at,
                dead ? "Connection refused" : null,
                at,
                null));
    }

    private void screenshot(String name, WebElement element) {
        ((JavascriptExecutor) chromium.browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
        screenshot(name);
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve("notifications-" + name + ".png"),
                    ((TakesScreenshot) chromium.browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
