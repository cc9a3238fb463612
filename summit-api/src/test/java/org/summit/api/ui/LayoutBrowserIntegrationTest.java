package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.api.demo.DemoCities;
import org.summit.api.demo.DemoData;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The layout at 1366 × 768, the width of a common laptop, in both languages (issue #9): the header is one row when
 * logged in and its language switch stays where it was pressed; the English delegation table is not cut off; what
 * appears after an action (the pairing code, a saved notice) is in the visible area. Screenshots of each land in
 * {@code target/screenshots/layout-*.png}.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutBrowserIntegrationTest implements KafkaTestSupport {

    private static final String PASSWORD = "correct horse battery staple";
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    @Inject
    EmbeddedServer server;

    @Inject
    SummitService summits;

    @Inject
    AccountService accounts;

    @Inject
    DemoCities demoCities;

    private HeadlessChromium chromium;

    @Inject
    CeremonyService ceremonies;

    @BeforeAll
    void startTheBrowserOnTheDemoSummit() {
        summits.create(DemoData.TAIPEI_2016);
        demoCities.load();
        ceremonies.create(LocalizedText.of("宣言簽署", "Signing"), DemoDeclaration.TAIPEI_2016, "test");
        accounts.createActive("organiser@layout.test", "Lin Mei-hua 林美華", Role.ORGANISER, null, PASSWORD);
        accounts.createActive("staff@layout.test", "Chen Wei 陳偉", Role.STAFF, null, PASSWORD);
        accounts.createActive("delegate.orlando@summit.demo", "Orlando delegate", Role.DELEGATE, "orlando", PASSWORD);
        chromium = HeadlessChromium.start(server.getURI(), WIDTH, HEIGHT);
    }

    @BeforeEach
    void startAsAFirstTimeVisitor() {
        // Logged out whatever the test before left: a failed one does not reach its logout.
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
    @ValueSource(strings = {"en", "zh-Hant"})
    void theHeaderIsOneRowAndTheLanguageSwitchStaysWhereItWasPressed(String language) {
        chromium.logIn("organiser@layout.test", PASSWORD);
        chromium.switchTo(language);
        chromium.screenshot("layout-header-" + language);

        Map<String, Long> brand = rect(chromium.browser.findElement(By.cssSelector(".site-header__brand")));
        for (String part : List.of(".site-header__event", ".site-header__tools", "[data-testid='logout']")) {
            Map<String, Long> box = rect(chromium.browser.findElement(By.cssSelector(".site-header__bar " + part)));
            assertThat(box.get("top"))
                    .as("%s is on the brand's row, not below it (brand %s, it %s)", part, brand, box)
                    .isLessThan(brand.get("bottom"));
        }

        String other = language.equals("en") ? "zh-Hant" : "en";
        Map<String, Long> before = rect(chromium.visible("lang-" + other));
        chromium.switchTo(other);
        Map<String, Long> after = rect(chromium.visible("lang-" + other));
        assertThat(after.get("left"))
                .as("the switch just pressed stays under the pointer (before %s, after %s)", before, after)
                // The pressed button is bold: a pixel or two of width, not a jump.
                .isCloseTo(before.get("left"), org.assertj.core.data.Offset.offset(3L));
        assertThat(after.get("top")).isEqualTo(before.get("top"));
        chromium.logOut();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "zh-Hant"})
    void theDelegationTableIsNotCutOff(String language) {
        chromium.logIn("organiser@layout.test", PASSWORD);
        chromium.switchTo(language);
        chromium.open("/cities/orlando");
        WebElement table = chromium.visible("delegation-table");
        chromium.screenshot("layout-delegation-" + language, table);

        Object overflow = ((JavascriptExecutor) chromium.browser)
                .executeScript(
                        "const box = arguments[0].closest('.table-scroll') ?? arguments[0].parentElement;"
                                + " return box.scrollWidth - box.clientWidth;",
                        table);
        assertThat(((Number) overflow).intValue())
                .as("pixels of the delegation table hidden to the right")
                .isLessThanOrEqualTo(0);
        chromium.logOut();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "zh-Hant"})
    void theIssuedPairingCodeIsInTheVisibleArea(String language) {
        chromium.logIn("staff@layout.test", PASSWORD);
        chromium.switchTo(language);
        chromium.open("/staff");
        // The console's button under the signatories, below the fold at this height.
        WebElement pairScreen = chromium.visible("console-pair-screen");
        ((JavascriptExecutor) chromium.browser)
                .executeScript("arguments[0].scrollIntoView({block: 'end'})", pairScreen);
        pairScreen.click();

        WebElement code = chromium.visible("console-pairing-code");
        chromium.wait
                .withMessage("the pairing code scrolled into the visible area")
                .until(driver -> inView(code));
        chromium.screenshot("layout-pairing-code-" + language);
        chromium.logOut();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "zh-Hant"})
    void theSavedNoticeOfAProfileIsInTheVisibleArea(String language) {
        chromium.logIn("delegate.orlando@summit.demo", PASSWORD);
        chromium.switchTo(language);
        chromium.open("/profile");
        WebElement submit = chromium.visible("profile-submit");
        ((JavascriptExecutor) chromium.browser).executeScript("arguments[0].scrollIntoView({block: 'end'})", submit);
        submit.click();

        WebElement saved = chromium.visible("profile-saved");
        chromium.wait
                .withMessage("the saved notice scrolled into the visible area")
                .until(driver -> inView(saved));
        chromium.screenshot("layout-profile-saved-" + language);
        chromium.logOut();
    }

    private boolean inView(WebElement element) {
        Map<String, Long> box = rect(element);
        return box.get("top") >= 0 && box.get("bottom") <= viewportHeight();
    }

    private long viewportHeight() {
        return ((Number) ((JavascriptExecutor) chromium.browser).executeScript("return window.innerHeight"))
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> rect(WebElement element) {
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) chromium.browser)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return {top: Math.round(r.top), bottom: Math.round(r.bottom),"
                                + " left: Math.round(r.left), right: Math.round(r.right)};",
                        element);
        return Map.of(
                "top", ((Number) box.get("top")).longValue(),
                "bottom", ((Number) box.get("bottom")).longValue(),
                "left", ((Number) box.get("left")).longValue(),
                "right", ((Number) box.get("right")).longValue());
    }
}
