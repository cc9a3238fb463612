package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summit.accounts.AccountService;
import org.summit.accounts.DeviceKind;
import org.summit.accounts.DeviceService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.api.demo.DemoCities;
import org.summit.ceremony.Ceremony;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.Signatory;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The UI as people use it: the real application serving the built React app to Debian's headless Chromium.
 * Chromium is a prerequisite of the suite, like the Kafka broker: without it the test fails rather than skips.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserEndToEndIntegrationTest implements KafkaTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String NAME_ZH = "2016 智慧城市市長高峰會";
    private static final String NAME_EN = "2016 Smart City Mayors' Summit";
    private static final String CEREMONY_ZH = "2016 智慧城市 臺北宣言簽署典禮";
    private static final String CEREMONY_EN = "Signing of the 2016 Smart City Taipei Declaration";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    EmbeddedServer server;

    @Inject
    SummitService summits;

    @Inject
    AccountService accounts;

    @Inject
    DemoCities demoCities;

    @Inject
    CitiesService cities;

    @Inject
    DeviceService devices;

    @Inject
    CeremonyService ceremonies;

    private static final String PASSWORD = "correct horse battery staple";

    private Path profile;
    private WebDriver browser;
    private WebDriverWait wait;
    private Ceremony ceremony;

    @BeforeAll
    void startTheBrowserOnASummit() throws IOException {
        assertThat(CHROMIUM)
                .as("Chromium is needed for the browser tests: apt-get install -y chromium chromium-driver")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("chromedriver is needed for the browser tests: apt-get install -y chromium chromium-driver")
                .isExecutable();

        summits.create(new SummitDetails(
                LocalizedText.of(NAME_ZH, NAME_EN),
                LocalizedText.of("臺北南港展覽館", "Taipei Nangang Exhibition Center"),
                LocalDate.of(2016, 3, 23),
                LocalDate.of(2016, 3, 24),
                "Asia/Taipei"));
        demoCities.load();
        // A ceremony being drafted: what a device is paired for, and what the staff's console shows.
        ceremony = ceremonies.create(
                LocalizedText.of(CEREMONY_ZH, CEREMONY_EN), DemoDeclaration.TAIPEI_2016, "browser-test");

        profile = Files.createTempDirectory("summit-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--window-size=1280,900",
                        "--lang=en-US");
        // An explicit driver keeps Selenium Manager from trying to download one (nothing is reachable here).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @BeforeEach
    void startAsAFirstTimeVisitor() {
        browser.get(url("/"));
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear()");
        browser.navigate().refresh();
    }

    @AfterAll
    void quitTheBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void switchingTheLanguageShowsTheSummitNameInTheOtherLanguage() {
        waitForText(byTestId("summit-name"), NAME_EN);
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(text("summit-dates")).isEqualTo("23–24 March 2016");
        WebElement chinese = browser.findElement(byTestId("lang-zh-Hant"));
        assertThat(chinese.getAccessibleName()).isEqualTo("中文");
        assertThat(chinese.getDomAttribute("aria-pressed")).isEqualTo("false");

        chinese.click();

        waitForText(byTestId("summit-name"), NAME_ZH);
        assertThat(htmlLang()).isEqualTo("zh-Hant");
        assertThat(browser.findElement(byTestId("lang-zh-Hant")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(browser.findElement(byTestId("lang-en")).getDomAttribute("aria-pressed"))
                .isEqualTo("false");
        assertThat(text("summit-dates")).contains("2016年3月23日");

        browser.navigate().refresh();

        waitForText(byTestId("summit-name"), NAME_ZH);
        assertThat(htmlLang()).isEqualTo("zh-Hant");

        WebElement english = browser.findElement(byTestId("lang-en"));
        assertThat(english.getAccessibleName()).isEqualTo("English");
        english.click();

        waitForText(byTestId("summit-name"), NAME_EN);
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(browser.findElement(byTestId("lang-en")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void anonymousVisitorsSeeOnlyTheHomeTheProgrammeAndTheLoginLink() {
        waitForText(byTestId("summit-name"), NAME_EN);

        // The programme is public: the only link besides home.
        assertThat(visibleNavigation()).containsExactly("nav-agenda");
        assertThat(browser.findElements(byTestId("login-link"))).hasSize(1);
    }

    @Test
    void theTabletAndTheBigScreenPagesOfAnUnpairedDeviceSendItToPair() {
        browser.get(url("/tablet"));
        waitForText(By.tagName("h1"), "Signatory tablet");
        waitForText(
                byTestId("tablet-not-paired"),
                "This device is not paired as a signatory tablet. Ask the ceremony staff for a pairing code.");
        browser.findElement(By.cssSelector("a[href='/pair']")).click();
        waitForText(By.tagName("h1"), "Pair this device");
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("pair-code")));

        browser.get(url("/screen"));
        waitForText(By.tagName("h1"), "Big screen");
        waitForText(
                byTestId("screen-not-paired"),
                "This device is not paired as the big screen. Ask the ceremony staff for a pairing code.");
        assertThat(browser.findElement(By.cssSelector("a[href='/pair']")).getText())
                .isEqualTo("Pair this device");
        assertThat(browser.findElements(byTestId("big-screen"))).isEmpty();
    }

    @Test
    void eachRoleLogsInAndSeesOnlyItsOwnNavigation() {
        Map<Role, List<String>> expected = Map.of(
                Role.ORGANISER, List.of("nav-agenda", "nav-organiser", "nav-cities", "nav-mailbox"),
                Role.DELEGATE, List.of("nav-agenda", "nav-delegate", "nav-exchanges", "nav-cities", "nav-profile"),
                // The tablet and the big screen are no one's view: a paired device opens them without logging in.
                Role.STAFF, List.of("nav-agenda", "nav-staff", "nav-cities"));
        Map<Role, String> home = Map.of(Role.ORGANISER, "/organiser", Role.DELEGATE, "/delegate", Role.STAFF, "/staff");
        for (Role role : List.of(Role.ORGANISER, Role.DELEGATE, Role.STAFF)) {
            String email = role.code() + "." + UUID.randomUUID() + "@browser.test";
            accounts.createActive(email, "Browser " + role.code(), role, "orlando", PASSWORD);
            browser.get(url("/login"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("login-email")));

            browser.findElement(byTestId("login-email")).sendKeys(email);
            browser.findElement(byTestId("login-password")).sendKeys(PASSWORD);
            browser.findElement(byTestId("login-submit")).click();

            wait.withMessage(() -> role + " lands on " + home.get(role))
                    .until(driver ->
                            URI.create(driver.getCurrentUrl()).getPath().equals(home.get(role)));
            wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("logout")));
            assertThat(visibleNavigation())
                    .as("navigation of %s", role)
                    .containsExactlyInAnyOrderElementsOf(expected.get(role));
            opensEachOfItsViews(role);

            browser.findElement(byTestId("logout")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("login-link")));
            assertThat(visibleNavigation()).as("navigation after logout").containsExactly("nav-agenda");
        }
    }

    /**
     * Each view the role's navigation offers opens with what it is for, and {@code /pair} (where devices go, whoever
     * is logged in) offers its code field: the views beyond the role's home page, opened as the role would. A logged-in
     * browser is no device: the tablet's page sends it to pair.
     */
    private void opensEachOfItsViews(Role role) {
        switch (role) {
            case DELEGATE -> {
                browser.get(url("/profile"));
                waitForText(By.tagName("h1"), "My profile");
                // A new account is on no delegation yet: the page says so, and links to the city it represents.
                waitForText(
                        byTestId("profile-missing"),
                        "Your account is not on your city's delegation list yet; ask an organiser.");
                assertThat(browser.findElement(byTestId("profile-city-link")).getDomAttribute("href"))
                        .isEqualTo("/cities/orlando");
            }
            case STAFF -> {
                // The staff's home is the console of the current ceremony.
                waitForText(byTestId("console-state"), "State: being drafted");
                assertThat(browser.findElement(byTestId("ceremony-console")).getText())
                        .contains(CEREMONY_ZH, CEREMONY_EN);
            }
            default -> {
                browser.get(url("/profile"));
                waitForText(By.tagName("h1"), "Your role cannot use this page");
                // The organisers' mailbox says why e-mails are kept there when no SMTP server is configured.
                browser.findElement(byTestId("nav-mailbox")).click();
                waitForText(By.tagName("h1"), "Mailbox");
                wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("mailbox-kept-note")));
            }
        }
        browser.get(url("/tablet"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("tablet-not-paired")));
        browser.get(url("/pair"));
        waitForText(By.tagName("h1"), "Pair this device");
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("pair-code")));
        assertThat(browser.findElement(byTestId("pair-submit")).isEnabled()).isTrue();
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("logout")));
    }

    @Test
    void theDemoCitiesAppearInBothLanguagesOnTheCitiesScreen() throws IOException {
        String email = "cities." + UUID.randomUUID() + "@browser.test";
        accounts.createActive(email, "Browser delegate", Role.DELEGATE, "orlando", PASSWORD);
        logIn(email);

        browser.get(url("/cities"));
        for (DemoCities.DemoCity city : DemoCities.CITIES) {
            By row = byTestId("city-" + city.code());
            wait.withMessage(() -> city.code() + " on the cities screen")
                    .until(ExpectedConditions.visibilityOfElementLocated(row));
            assertThat(browser.findElement(row).getText())
                    .as("the cities screen shows %s in both languages", city.code())
                    .contains(
                            city.details().name().zhHant(),
                            city.details().name().en());
        }
        assertThat(browser.findElement(byTestId("city-country-delegation-malaysia"))
                        .isDisplayed())
                .isTrue();
        assertThat(browser.findElement(byTestId("city-role-taipei")).getText()).isEqualTo("Host city");

        browser.findElement(byTestId("lang-zh-Hant")).click();
        waitForText(byTestId("city-role-taipei"), "主辦城市");
        Files.createDirectories(SCREENSHOTS);
        Files.write(
                SCREENSHOTS.resolve("cities-zh-Hant.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.findElement(byTestId("lang-en")).click();

        browser.findElement(byTestId("city-orlando"))
                .findElement(By.tagName("a"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("delegation-table")));
        assertThat(browser.findElement(byTestId("delegation-table")).getText())
                .as("a delegate of Orlando sees their own city's contact details")
                .contains("delegate.orlando@summit.demo");
        browser.findElement(byTestId("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("login-link")));
    }

    @Test
    void anOrganiserOpensACityThatHasNoDelegatesYetAndCanAddOne() {
        String code = "new-" + UUID.randomUUID().toString().substring(0, 8);
        cities.register(
                new CityCode(code),
                new CityDetails(
                        LocalizedText.of("新竹市", "Hsinchu City"),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "TW",
                        "Asia/Taipei",
                        null));
        String email = "organiser." + UUID.randomUUID() + "@browser.test";
        accounts.createActive(email, "Browser organiser", Role.ORGANISER, null, PASSWORD);
        logIn(email);

        browser.get(url("/cities/" + code));

        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("delegate-add")));
        assertThat(browser.findElement(byTestId("city-detail-" + code)).getText())
                .contains("新竹市", "Hsinchu City");
        browser.findElement(byTestId("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("login-link")));
    }

    private void logIn(String email) {
        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("login-email")));
        browser.findElement(byTestId("login-email")).sendKeys(email);
        browser.findElement(byTestId("login-password")).sendKeys(PASSWORD);
        browser.findElement(byTestId("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("logout")));
    }

    /** The role links in the navigation, apart from the home link everyone has. */
    private List<String> visibleNavigation() {
        return browser.findElements(By.cssSelector("[data-testid^='nav-']")).stream()
                .filter(WebElement::isDisplayed)
                .map(link -> link.getDomAttribute("data-testid"))
                .filter(testId -> !testId.equals("nav-home"))
                .toList();
    }

    @Test
    void aBigScreenAndATabletPairAtPairThenOpenTheirOwnPagesAndSayWhatTheyServeByName() {
        String ceremonyId = ceremony.id().toString();
        String screenCode = devices.issue(DeviceKind.SCREEN, ceremonyId, null, "staff@browser.test")
                .code();

        pairWith(screenCode);

        // Paired, the screen goes to its own page: the ceremony's declaration in both languages.
        wait.withMessage("the paired screen opens /screen")
                .until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/screen"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("big-screen")));
        assertThat(text("big-screen")).contains(CEREMONY_ZH, CEREMONY_EN);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(byTestId("declaration-zh-Hant"), "智慧城市 臺北宣言"));
        assertThat(text("declaration-en")).contains("Smart City Taipei Declaration");

        // The pairing page, opened again, says what the device serves.
        browser.get(url("/pair"));
        waitForText(byTestId("paired-device"), "This screen is paired to show the signing of " + CEREMONY_EN + ".");
        browser.findElement(byTestId("lang-zh-Hant")).click();
        waitForText(byTestId("paired-device"), "此螢幕已配對，顯示「" + CEREMONY_ZH + "」的簽署典禮。");

        // The tablet of the first signatory on the roll (the roll learns them from the cities events).
        Signatory first = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> ceremonies.signatories(ceremony.id()).stream()
                                .filter(signatory -> signatory.signatoryId() != null)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        String tabletCode = devices.issue(
                        DeviceKind.TABLET, ceremonyId, first.signatoryId().toString(), "staff@browser.test")
                .code();
        browser.findElement(By.cssSelector("[data-testid='paired-device'] + button"))
                .click();

        pairWith(tabletCode);

        // Paired, the tablet goes to its pad, in the language chosen: whose it is, waiting to be called.
        wait.withMessage("the paired tablet opens /tablet")
                .until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals("/tablet"));
        waitForText(
                byTestId("tablet-signatory"),
                first.name().zhHant() + "代表" + first.cityName().zhHant() + "簽署");
        waitForText(byTestId("tablet-declaration"), "智慧城市 臺北宣言");
        waitForText(byTestId("tablet-state"), "等候唱名簽署。");
        assertThat(browser.findElement(byTestId("signature-pad")).getDomAttribute("data-locked"))
                .as("nobody signs before the signing is open")
                .isEqualTo("true");

        browser.get(url("/pair"));
        waitForText(
                byTestId("paired-device"),
                "此平板已配對至「" + CEREMONY_ZH + "」的簽署典禮：由" + first.name().zhHant() + "代表"
                        + first.cityName().zhHant() + "簽署。");
        assertThat(text("paired-device"))
                .doesNotContain(ceremonyId, first.signatoryId().toString());
    }

    private void pairWith(String code) {
        browser.get(url("/pair"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(byTestId("pair-code")));
        browser.findElement(byTestId("pair-code")).sendKeys(code);
        browser.findElement(byTestId("pair-submit")).click();
    }

    @Test
    void theChineseHomePageIsSavedAsAScreenshotForPeopleToLookAt() throws IOException {
        waitForText(byTestId("summit-name"), NAME_EN);
        browser.findElement(byTestId("lang-zh-Hant")).click();
        waitForText(byTestId("summit-name"), NAME_ZH);
        waitForText(By.tagName("h1"), "歡迎使用 Summit");

        Files.createDirectories(SCREENSHOTS);
        Path screenshot = SCREENSHOTS.resolve("home-zh-Hant.png");
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        assertThat(screenshot).isNotEmptyFile();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as("a PNG image in %s", screenshot).isNotNull();
        assertThat(image.getWidth()).isPositive();
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private static By byTestId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    private void waitForText(By locator, String expected) {
        wait.withMessage(() -> locator + " to read '" + expected + "'")
                .until(ExpectedConditions.textToBe(locator, expected));
    }

    private String text(String testId) {
        return browser.findElement(byTestId(testId)).getText();
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }
}
