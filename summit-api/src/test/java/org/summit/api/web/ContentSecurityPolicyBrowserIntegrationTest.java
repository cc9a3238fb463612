package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.api.demo.DemoData;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The built UI and Swagger UI under their Content-Security-Policy in Debian's headless Chromium: every page of every
 * role renders without a single violation in the console, and the policy is really in force (a script injected
 * into the page does not run).
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyBrowserIntegrationTest implements KafkaTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PASSWORD = "correct horse battery staple";
    private static final String CITY = "csp-city";

    @Inject
    EmbeddedServer server;

    @Inject
    SummitService summits;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    private Path profile;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startTheBrowserOnASummit() throws IOException {
        assertThat(CHROMIUM)
                .as("Chromium: apt-get install -y chromium chromium-driver")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("chromedriver: apt-get install -y chromium chromium-driver")
                .isExecutable();
        summits.create(DemoData.TAIPEI_2016);
        cities.register(
                new CityCode(CITY),
                new CityDetails(
                        LocalizedText.of("測試城市", "Test city"),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "NL",
                        "Europe/Amsterdam",
                        null));

        profile = Files.createTempDirectory("summit-chromium-csp-");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
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
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
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
    void everyRolesPagesAndSwaggerUiRenderWithoutAViolation() {
        consoleMessages();
        List<String> visited = new ArrayList<>();

        for (String path : List.of("/", "/login", "/pair", "/agenda", "/no-such-page")) {
            open(path, "nav-home");
            visited.add(path);
        }
        // The devices' pages, without the site's frame (here not paired: they say so).
        open("/tablet", "tablet-not-paired");
        open("/screen", "screen-not-paired");
        visited.addAll(List.of("/tablet", "/screen"));
        Map<Role, List<String>> pages = Map.of(
                Role.ORGANISER,
                        List.of("/organiser", "/organiser/accounts", "/organiser/audit", "/cities", "/cities/" + CITY),
                Role.DELEGATE, List.of("/delegate", "/profile", "/account"),
                Role.STAFF, List.of("/staff"));
        for (Role role : List.of(Role.ORGANISER, Role.DELEGATE, Role.STAFF)) {
            logIn(role);
            for (String path : pages.get(role)) {
                open(path, "logout");
                visited.add(path);
            }
            browser.findElement(By.cssSelector("[data-testid='logout']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='login-link']")));
        }
        browser.get(url("/swagger-ui/index.html"));
        wait.withMessage("Swagger UI shows the API's title")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .opblock")));
        visited.add("/swagger-ui/index.html");

        assertThat(consoleMessages())
                .as("console messages about the Content-Security-Policy on %s", visited)
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to"));
    }

    @Test
    void aScriptInjectedIntoThePageDoesNotRun() {
        open("/", "nav-home");

        Object ran = ((JavascriptExecutor) browser)
                .executeScript("const script = document.createElement('script');"
                        + "script.textContent = 'window.injectedScriptRan = true';"
                        + "document.head.appendChild(script);"
                        + "return window.injectedScriptRan === true;");

        assertThat(ran).isEqualTo(false);
        assertThat(consoleMessages()).anyMatch(message -> message.contains("Content Security Policy"));
    }

    private void open(String path, String renderedTestId) {
        browser.get(url(path));
        wait.withMessage(() -> path + " rendered")
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-testid='" + renderedTestId + "']")));
    }

    private void logIn(Role role) {
        String email = role.code() + "." + UUID.randomUUID() + "@csp.test";
        accounts.createActive(email, "CSP " + role.code(), role, role == Role.DELEGATE ? CITY : null, PASSWORD);
        browser.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='login-email']")));
        browser.findElement(By.cssSelector("[data-testid='login-email']")).sendKeys(email);
        browser.findElement(By.cssSelector("[data-testid='login-password']")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("[data-testid='login-submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='logout']")));
    }

    /** What the console said since the last call. */
    private List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }
}
