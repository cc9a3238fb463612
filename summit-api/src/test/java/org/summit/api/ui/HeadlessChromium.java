package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
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

/**
 * Debian's headless Chromium driving the real application, for the browser tests: started with the flags this
 * machine needs (no network beyond the app, no downloads), a profile of its own, and the steps every test repeats.
 * Chromium is a prerequisite of the suite, like the Kafka broker: without it the test fails rather than skips. Public
 * for the agenda benchmark, which drives the same browser.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final URI server;
    private final Path profile;
    public final WebDriver browser;
    final WebDriverWait wait;

    private HeadlessChromium(URI server, Path profile, WebDriver browser) {
        this.server = server;
        this.profile = profile;
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** A browser window of {@code width} × {@code height} pixels on the application at {@code server}. */
    public static HeadlessChromium start(URI server, int width, int height) {
        assertThat(CHROMIUM)
                .as("Chromium is needed for the browser tests: apt-get install -y chromium chromium-driver")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("chromedriver is needed for the browser tests: apt-get install -y chromium chromium-driver")
                .isExecutable();
        try {
            Path profile = Files.createTempDirectory("summit-chromium-");
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
                            "--window-size=" + width + "," + height,
                            "--lang=en-US");
            // An explicit driver keeps Selenium Manager from trying to download one (nothing is reachable here).
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new HeadlessChromium(server, profile, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return server.resolve(path).toString();
    }

    void open(String path) {
        browser.get(url(path));
    }

    /** Forgets the language and the device credential a previous test left in the browser's storage. */
    void forgetStoredChoices() {
        open("/");
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear()");
        browser.navigate().refresh();
    }

    static By byTestId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    WebElement visible(String testId) {
        return wait.withMessage(() -> testId + " is shown")
                .until(ExpectedConditions.visibilityOfElementLocated(byTestId(testId)));
    }

    void logIn(String email, String password) {
        open("/login");
        visible("login-email").sendKeys(email);
        browser.findElement(byTestId("login-password")).sendKeys(password);
        browser.findElement(byTestId("login-submit")).click();
        visible("logout");
    }

    void logOut() {
        browser.findElement(byTestId("logout")).click();
        visible("login-link");
    }

    /** Switches the interface's language with the switch in the header: {@code zh-Hant} or {@code en}. */
    void switchTo(String language) {
        visible("lang-" + language).click();
        wait.until(
                driver -> language.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    /**
     * Sets a controlled input's value the way typing would, with the input event React listens to: for date inputs,
     * whose typing order depends on the browser's locale.
     */
    void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                                + " setter.call(arguments[0], arguments[1]);"
                                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        input,
                        value);
    }

    /** The text of every alert on the page, once one appears. */
    String alerts() {
        wait.withMessage("an alert on the page")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role='alert']")));
        return String.join(
                "\n",
                browser.findElements(By.cssSelector("[role='alert']")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    /** A screenshot with {@code element} in view. */
    Path screenshot(String name, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return screenshot(name);
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
