package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ui.HeadlessChromium.byTestId;

import com.lowagie.text.Rectangle;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.Pause;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.ceremony.Ceremony;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.Signatory;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The signing ceremony in Chromium (issue #12), every step through the pages people use: staff make the ceremony
 * ready and pair three tablets and a big screen from the console, each device a browser of its own that enters its
 * code at {@code /pair}; staff open the signing for everyone; each tablet signs with a pen's pointer events while the
 * big screen shows the strokes before the pen is lifted; each signatory confirms; staff seal; the sealed PDF, rendered
 * page by page, holds both language versions and every signature; the verification page says valid for it, and not
 * valid for a copy with one stroke point moved. Pictures for a person in {@code target/ceremony-browser/}.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CeremonyBrowserIntegrationTest implements KafkaTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(CeremonyBrowserIntegrationTest.class);
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final Path PICTURES = Path.of("target", "ceremony-browser");
    private static final String PASSWORD = "correct horse battery staple";
    private static final LocalizedText NAME =
            LocalizedText.of("2016 智慧城市 臺北宣言簽署典禮", "Signing of the 2016 Smart City Taipei Declaration");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
    private static final float DPI = 144;
    private static final float SCALE = DPI / 72;
    /** Pen moves per stroke, and the time each takes: about 30 moves a second, as a hand signs. */
    private static final int MOVES = 36;

    private static final Duration MOVE = Duration.ofMillis(30);

    /** A city that signs, and its designated signatory. */
    private record SigningCity(String code, LocalizedText name, LocalizedText signatory) {}

    private static final List<SigningCity> CITIES = List.of(
            new SigningCity(
                    "hsinchu", LocalizedText.of("新竹市", "Hsinchu City"), LocalizedText.of("陳美玲", "Chen Mei-ling")),
            new SigningCity(
                    "kaohsiung", LocalizedText.of("高雄市", "Kaohsiung City"), LocalizedText.of("林志明", "Lin Chih-ming")),
            new SigningCity(
                    "rotterdam", LocalizedText.of("鹿特丹", "Rotterdam"), LocalizedText.of("楊·德容", "Jan de Jong")));

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    SigningRoll roll;

    @Inject
    CeremonyService ceremonies;

    private final List<HeadlessChromium> browsers = new ArrayList<>();
    private final Map<String, HeadlessChromium> tablets = new LinkedHashMap<>();
    private final Map<String, String> signatoryOf = new LinkedHashMap<>();
    private HeadlessChromium console;
    private HeadlessChromium screen;
    private Ceremony ceremony;
    private String staff;

    @BeforeAll
    void threeSigningCitiesADraftedCeremonyAndABrowserForEachPersonAndDevice() throws IOException {
        for (SigningCity city : CITIES) {
            CityCode code = new CityCode(city.code());
            cities.register(
                    code, new CityDetails(city.name(), CityKind.CITY, CityRole.GUEST, "TW", "Asia/Taipei", null));
            Delegate mayor = cities.addDelegate(
                    code,
                    DelegateProfile.from(
                            city.signatory(),
                            LocalizedText.of("市長", "Mayor"),
                            List.of("en"),
                            false,
                            null,
                            null,
                            "mayor@" + city.code() + ".test",
                            null,
                            "en"));
            cities.designateSignatory(code, mayor.id());
            signatoryOf.put(city.code(), mayor.id().toString());
        }
        // The ceremony's roll learns the signatories from the cities events.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> roll.signingOrder().stream()
                        .filter(city -> city.signatoryId() != null)
                        .map(city -> city.signatoryId().toString())
                        .toList()
                        .containsAll(signatoryOf.values()));
        ceremony = ceremonies.create(NAME, DemoDeclaration.TAIPEI_2016, "test");
        staff = "staff." + UUID.randomUUID() + "@browser.test";
        accounts.createActive(staff, "Ceremony staff", Role.STAFF, null, PASSWORD);
        Files.createDirectories(PICTURES);

        console = started(1366, 1000);
        screen = started(1600, 1000);
        for (SigningCity city : CITIES) {
            // A tablet in landscape.
            tablets.put(city.code(), started(1180, 820));
        }
    }

    @AfterAll
    void closeEveryBrowser() {
        for (HeadlessChromium browser : browsers) {
            try {
                browser.close();
            } catch (RuntimeException e) {
                LOG.warn("A browser did not close: {}", e.toString());
            }
        }
    }

    @Test
    void staffOpenTheCeremonyThreeTabletsSignLiveOnTheBigScreenStaffSealAndTheSealedPdfVerifies() throws Exception {
        String id = ceremony.id().toString();

        // Staff make the ceremony ready from the console: its text is locked under a fingerprint.
        console.logIn(staff, PASSWORD);
        console.open("/staff");
        waitForText(console, "console-state", "State: being drafted");
        button(console, "Make ready").click();
        waitForText(console, "console-state", "State: ready to open");
        String textFingerprint = ceremonies.find(ceremony.id()).textFingerprint();
        assertThat(textFingerprint).matches(FINGERPRINT);
        console.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                byTestId("console-text-fingerprint"), textFingerprint));
        markAbsentWhoeverElseIsOnTheRoll();

        // The big screen pairs with the code the console shows, typed in at /pair; it goes to its page, live.
        String screenCode = pairingCode(By.xpath("//button[normalize-space()='Pair a big screen']"), "console-pairing");
        screen.open("/pair");
        screen.visible("pair-code").sendKeys(screenCode);
        screen.browser.findElement(byTestId("pair-submit")).click();
        landsOn(screen, "/screen");
        screen.visible("big-screen");
        waitForText(screen, "screen-connection", "Live");
        picture(screen, "screen-paired");
        assertThat(screen.visible("declaration-zh-Hant").getText()).contains("智慧城市 臺北宣言");
        assertThat(screen.visible("declaration-en").getText()).contains("Smart City Taipei Declaration");

        // Each tablet pairs for its signatory: the first types its code, the others open the QR code's link.
        boolean typed = true;
        for (SigningCity city : CITIES) {
            HeadlessChromium tablet = tablets.get(city.code());
            String code = pairingCode(
                    By.xpath("//tr[@data-testid='console-row-" + city.code()
                            + "']//button[normalize-space()='Pair tablet']"),
                    null);
            if (typed) {
                tablet.open("/pair");
                tablet.visible("pair-code").sendKeys(code);
                tablet.browser.findElement(byTestId("pair-submit")).click();
                typed = false;
            } else {
                tablet.open("/pair?code=" + code);
            }
            landsOn(tablet, "/tablet");
            waitForText(
                    tablet,
                    "tablet-signatory",
                    city.signatory().en() + " signs for " + city.name().en());
            waitForText(tablet, "tablet-declaration", "Smart City Taipei Declaration");
            waitForText(tablet, "tablet-state", "Waiting to be called to sign.");
            waitForText(console, "console-tablet-" + city.code(), "Paired, not connected");
        }
        waitForText(console, "console-screens", "Big screens: 1 paired, 1 connected.");

        // Staff open the signing for everyone: each tablet's pad unlocks and connects.
        button(console, "Open signing for everyone").click();
        waitForText(console, "console-state", "State: open for signing");
        for (SigningCity city : CITIES) {
            HeadlessChromium tablet = tablets.get(city.code());
            tablet.wait
                    .withMessage(() -> "the pad of " + city.code() + " unlocks")
                    .until(driver -> "false"
                            .equals(driver.findElement(byTestId("signature-pad"))
                                    .getDomAttribute("data-locked")));
            waitForText(tablet, "tablet-state", "Please sign in the box.");
            waitForText(console, "console-tablet-" + city.code(), "Connected");
        }

        // Each signatory signs with a pen: the big screen shows the strokes before the pen is lifted.
        int index = 0;
        for (SigningCity city : CITIES) {
            HeadlessChromium tablet = tablets.get(city.code());
            String block = "signature-block-" + signatoryOf.get(city.code());
            WebElement pad = tablet.visible("signature-pad");
            scrollTo(tablet, pad);
            PointerInput pen = new PointerInput(PointerInput.Kind.PEN, "pen");
            List<int[]> signature = signature(pad, index);

            draw(tablet, pen, signature.subList(0, MOVES / 2 + 1), true, false);
            int whileDrawing = screen.wait
                    .withMessage(() -> "strokes of " + city.code() + " on the big screen while the pen is down")
                    .until(driver -> {
                        int batches = batches(driver, block);
                        return batches > 0 ? batches : null;
                    });
            if (index == 0) {
                picture(screen, "screen-while-signing", screen.browser.findElement(byTestId(block)));
            }
            draw(tablet, pen, signature.subList(MOVES / 2 + 1, signature.size()), false, true);
            // A second stroke: the underline of the signature.
            draw(tablet, pen, underline(pad, index), true, true);
            screen.wait
                    .withMessage(() -> "the rest of the signature of " + city.code() + " on the big screen")
                    .until(driver -> batches(driver, block) > whileDrawing);

            WebElement confirm = tablet.wait
                    .withMessage(() -> "Confirm is enabled on " + city.code() + " once every stroke is acknowledged")
                    .until(ExpectedConditions.elementToBeClickable(byTestId("signature-confirm")));
            waitForText(tablet, "tablet-state", "Every stroke has been received. Confirm when you are done.");
            picture(tablet, "tablet-" + city.code() + "-signed");
            confirm.click();
            waitForText(tablet, "tablet-state", "Your signature is confirmed. Thank you.");
            screen.wait
                    .withMessage(() -> "the block of " + city.code() + " is marked confirmed")
                    .until(driver -> "confirmed"
                            .equals(driver.findElement(byTestId(block)).getDomAttribute("data-status")));
            waitForText(console, "console-status-" + city.code(), "Confirmed");
            picture(tablet, "tablet-" + city.code() + "-confirmed");
            index++;
        }
        picture(screen, "screen-signed", screen.browser.findElement(By.cssSelector(".signature-blocks")));

        // Staff seal: the console and the big screen show the seal's fingerprint.
        String fingerprint = seal();
        picture(console, "console-sealed", console.browser.findElement(byTestId("console-sealed")));
        screen.wait
                .withMessage("the big screen shows the seal's fingerprint")
                .until(ExpectedConditions.textToBe(byTestId("screen-fingerprint"), fingerprint));
        picture(screen, "screen-sealed", screen.browser.findElement(byTestId("screen-sealed")));
        picture(screen, "screen-sealed-signatures", screen.browser.findElement(By.cssSelector(".signature-blocks")));

        // Every signature in the sealed record is the two strokes drawn, the pen's pressure with them.
        Map<String, Object> record =
                http.toBlocking().retrieve(HttpRequest.GET("/api/ceremonies/" + id + "/record"), JSON);
        assertThat(record).containsEntry("fingerprint", fingerprint);
        Files.writeString(
                PICTURES.resolve("sealed-record.json"),
                http.toBlocking().retrieve(HttpRequest.GET("/api/ceremonies/" + id + "/record"), String.class));
        for (SigningCity city : CITIES) {
            Map<String, Object> signature = signatureOf(record, signatoryOf.get(city.code()));
            assertThat(signature).containsEntry("status", "confirmed");
            List<Map<String, Object>> points = points(signature);
            assertThat(points.stream().map(point -> point.get("s")).distinct())
                    .as("the strokes of %s", city.code())
                    .hasSize(2);
            assertThat(points).as("the points of %s", city.code()).hasSizeGreaterThan(MOVES);
            assertThat(points.stream().map(point -> point.get("p")).distinct().count())
                    .as("the pen's pressure varies in the points of %s", city.code())
                    .isGreaterThan(5);
        }

        // The sealed PDF, rendered page by page: both languages, every city, every signature in its block.
        byte[] pdf = http.toBlocking().retrieve(HttpRequest.GET("/api/ceremonies/" + id + "/sealed.pdf"), byte[].class);
        Path sealedPdf = PICTURES.resolve("sealed.pdf").toAbsolutePath();
        Files.write(sealedPdf, pdf);
        showsBothLanguagesAndEverySignature(pdf, record, fingerprint);

        // The verification page, by its link and for an uploaded copy: valid; for an altered copy: not valid.
        Path alteredPdf = PICTURES.resolve("altered.pdf").toAbsolutePath();
        Files.write(alteredPdf, withOnePointMoved(pdf));
        HeadlessChromium visitor = tablets.get(CITIES.get(0).code());
        visitor.open("/verify/" + id);
        visitor.wait
                .withMessage("the verification of the ceremony")
                .until(ExpectedConditions.textToBe(verdict("verification-of-record"), "Valid"));
        assertThat(visitor.browser
                        .findElement(byTestId("verification-fingerprint"))
                        .getText())
                .isEqualTo(fingerprint);

        upload(visitor, sealedPdf);
        visitor.wait
                .withMessage("the sealed PDF is valid")
                .until(ExpectedConditions.textToBe(verdict("verification-of-file"), "Valid"));
        picture(visitor, "verify-sealed-pdf", visitor.browser.findElement(byTestId("verification-of-file")));

        upload(visitor, alteredPdf);
        visitor.wait
                .withMessage("a copy with one point moved is not valid")
                .until(ExpectedConditions.textToBe(verdict("verification-of-file"), "Not valid"));
        for (String check : List.of("recordIntact", "matchesSeal", "fileMatches")) {
            assertThat(visitor.browser
                            .findElement(By.cssSelector("[data-testid='verification-of-file']"
                                    + " [data-testid='verification-check-" + check + "']"))
                            .getText())
                    .as("the check %s of the altered copy", check)
                    .endsWith(": failed");
        }
        picture(visitor, "verify-altered-pdf", visitor.browser.findElement(byTestId("verification-of-file")));
    }

    // --- the console

    /**
     * Asks the console for a pairing code with the button {@code pair}; the code, as the console shows it. Pictured
     * as {@code picture} unless null.
     */
    private String pairingCode(By pair, String picture) {
        console.wait.until(ExpectedConditions.elementToBeClickable(pair)).click();
        WebElement shown = console.visible("console-pairing-code");
        if (picture != null) {
            picture(console, picture, console.browser.findElement(byTestId("console-pairing")));
        }
        String code = shown.getText();
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(console.browser.findElement(byTestId("qr-code")).getDomAttribute("data-qr-text"))
                .isEqualTo(console.url("/pair?code=" + code));
        console.browser
                .findElement(By.xpath("//*[@data-testid='console-pairing']//button[normalize-space()='Done']"))
                .click();
        console.wait.until(ExpectedConditions.invisibilityOfElementLocated(byTestId("console-pairing")));
        return code;
    }

    /**
     * Seals from the console once every signatory has confirmed, answering the console's question (the seal is
     * final) when it asks. The last strokes may still be on their way from the topic to the record: the console then
     * says so, and staff press Seal again.
     */
    private String seal() {
        By step = By.xpath(
                "//div[contains(concat(' ', @class, ' '), ' console__steps ')]" + "//button[normalize-space()='Seal']");
        By confirm = By.xpath("//*[@role='alertdialog']//button[normalize-space()='Seal']");
        console.wait
                .withMessage("Seal is enabled")
                .until(ExpectedConditions.elementToBeClickable(step))
                .click();
        boolean[] pictured = {false};
        console.wait.withMessage("the ceremony is sealed").until(driver -> {
            if (!driver.findElements(byTestId("console-sealed")).isEmpty()) {
                return true;
            }
            List<WebElement> asked = driver.findElements(confirm);
            if (!asked.isEmpty()) {
                if (!pictured[0]) {
                    picture(console, "console-seal-asked", driver.findElement(By.cssSelector("[role='alertdialog']")));
                    pictured[0] = true;
                }
                if (asked.get(0).isEnabled()) {
                    asked.get(0).click();
                }
                return false;
            }
            List<WebElement> refusals = driver.findElements(By.cssSelector("[role='alert']"));
            List<WebElement> again = driver.findElements(step);
            if (!refusals.isEmpty() && !again.isEmpty() && again.get(0).isEnabled()) {
                LOG.warn(
                        "The seal was refused, sealing again: {}",
                        refusals.get(0).getText());
                again.get(0).click();
            }
            return false;
        });
        waitForText(console, "console-state", "State: sealed");
        WebElement shown = console.browser.findElement(By.cssSelector("[data-testid='console-seal-fingerprint'] code"));
        console.wait.until(driver -> FINGERPRINT.matcher(shown.getText()).matches());
        return shown.getText();
    }

    /** Signatories of cities other tests left on the roll are marked absent: only the three cities sign here. */
    private void markAbsentWhoeverElseIsOnTheRoll() {
        for (Signatory signatory : ceremonies.signatories(ceremony.id())) {
            if (!signatoryOf.containsValue(signatory.signatoryId().toString())) {
                LOG.info("Marking {} absent: not one of this test's cities", signatory.cityId());
                ceremonies.markAbsent(ceremony.id(), signatory.signatoryId());
            }
        }
    }

    // --- the tablets' pen

    /**
     * A signature's one stroke on the pad, as offsets from its centre: a loop after loop across the pad, as a hand
     * writes, each signatory's a little different.
     */
    private static List<int[]> signature(WebElement pad, int index) {
        org.openqa.selenium.Rectangle box = pad.getRect();
        double width = box.getWidth() * 0.8;
        double height = box.getHeight() * 0.5;
        double loops = 3 + index;
        List<int[]> points = new ArrayList<>();
        for (int i = 0; i <= MOVES; i++) {
            double t = (double) i / MOVES;
            double angle = 2 * Math.PI * loops * t;
            double x = -width / 2 + width * t * 0.85 + width * 0.08 * Math.cos(angle + Math.PI);
            double y = -height * 0.35 * Math.sin(angle) + height * 0.15 * (t - 0.5);
            points.add(new int[] {(int) Math.round(x), (int) Math.round(y)});
        }
        return points;
    }

    private static List<int[]> underline(WebElement pad, int index) {
        org.openqa.selenium.Rectangle box = pad.getRect();
        int y = (int) Math.round(box.getHeight() * 0.3);
        int from = (int) Math.round(-box.getWidth() * 0.35);
        int to = (int) Math.round(box.getWidth() * (0.25 + 0.03 * index));
        List<int[]> points = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            points.add(new int[] {from + (to - from) * i / 8, y - 3 * i / 8});
        }
        return points;
    }

    /**
     * Moves the pen through {@code points} on the pad, at a hand's pace and with a pressure that varies; puts it down
     * first and lifts it at the end if told. One pointer, kept down between calls: the tablet sees one stroke.
     */
    private static void draw(HeadlessChromium tablet, PointerInput pen, List<int[]> points, boolean down, boolean up) {
        WebElement pad = tablet.browser.findElement(byTestId("signature-pad"));
        Sequence moves = new Sequence(pen, 0);
        for (int i = 0; i < points.size(); i++) {
            int[] point = points.get(i);
            float pressure = (float) (0.45 + 0.35 * Math.sin(i / 3.0));
            PointerInput.PointerEventProperties properties =
                    PointerInput.eventProperties().setPressure(pressure);
            if (i == 0 && down) {
                moves.addAction(
                        pen.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(pad), point[0], point[1]));
                moves.addAction(pen.createPointerDown(PointerInput.MouseButton.LEFT.asArg(), properties));
                continue;
            }
            moves.addAction(
                    pen.createPointerMove(MOVE, PointerInput.Origin.fromElement(pad), point[0], point[1], properties));
            if (i % 6 == 5) {
                // A hand slows in the turns.
                moves.addAction(new Pause(pen, MOVE));
            }
        }
        if (up) {
            moves.addAction(pen.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        }
        ((Interactive) tablet.browser).perform(List.of(moves));
    }

    // --- the big screen

    private static int batches(WebDriver screen, String block) {
        String batches = screen.findElement(byTestId(block)).getDomAttribute("data-batches");
        return batches == null ? 0 : Integer.parseInt(batches);
    }

    // --- the sealed PDF

    private void showsBothLanguagesAndEverySignature(byte[] pdf, Map<String, Object> record, String fingerprint)
            throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("智慧城市 臺北宣言", "Smart City Taipei Declaration")
                    .contains(DemoDeclaration.TAIPEI_2016.zhHant().articles().get(0))
                    .contains(fingerprint);
            for (SigningCity city : CITIES) {
                assertThat(text)
                        .as("the block of %s in both languages", city.code())
                        .contains(
                                city.name().zhHant(),
                                city.name().en(),
                                city.signatory().zhHant(),
                                city.signatory().en());
            }

            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
                ImageIO.write(
                        image,
                        "png",
                        PICTURES.resolve("sealed-page-" + (page + 1) + ".png").toFile());
                pages.add(image);
            }

            int firstSignaturePage = pageWith(document, "簽署 Signatures");
            float pageHeight =
                    document.getPage(firstSignaturePage).getMediaBox().getHeight();
            for (SigningCity city : CITIES) {
                Map<String, Object> signature = signatureOf(record, signatoryOf.get(city.code()));
                int position = ((Number) signature.get("position")).intValue();
                int page = firstSignaturePage + (position - 1) / 8;
                Rectangle area = signatureArea((position - 1) % 8);
                assertThat(inkIn(pages.get(page), area, pageHeight))
                        .as("ink in the signature block of %s (page %d)", city.code(), page + 1)
                        .isGreaterThan(200);
            }
        }
    }

    private static Map<String, Object> signatureOf(Map<String, Object> record, String signatoryId) {
        return list(record, "signatures").stream()
                .filter(signature -> signatoryId.equals(signature.get("signatoryId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No signature of " + signatoryId));
    }

    private static List<Map<String, Object>> points(Map<String, Object> signature) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Map<String, Object> batch : list(signature, "batches")) {
            points.addAll(list(batch, "points"));
        }
        return points;
    }

    /**
     * Where the PDF draws signature block {@code indexOnPage}: the renderer's own layout (package-private in the
     * ceremony's package, so read here by reflection rather than written out again).
     */
    private static Rectangle signatureArea(int indexOnPage) throws ReflectiveOperationException {
        Method area = Class.forName("org.summit.api.ceremony.SealedDeclarationPdf")
                .getDeclaredMethod("signatureArea", int.class);
        area.setAccessible(true);
        return (Rectangle) area.invoke(null, indexOnPage);
    }

    /** How many pixels in the area are as dark as the ink (the layout's greys are far lighter). */
    private static int inkIn(BufferedImage page, Rectangle area, float pageHeight) {
        int ink = 0;
        int top = (int) ((pageHeight - area.getTop()) * SCALE);
        int bottom = (int) ((pageHeight - area.getBottom()) * SCALE);
        for (int y = top; y < bottom; y++) {
            for (int x = (int) (area.getLeft() * SCALE); x < area.getRight() * SCALE; x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 120) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static int pageWith(PDDocument document, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError("No page shows " + text);
    }

    /**
     * The sealed PDF with one stroke point of its embedded record moved a little, as a forger would: the record
     * replaced in the file, everything else as sealed.
     */
    private static byte[] withOnePointMoved(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDEmbeddedFilesNameTreeNode files =
                    document.getDocumentCatalog().getNames().getEmbeddedFiles();
            PDComplexFileSpecification spec = files.getNames().values().stream()
                    .filter(file -> "sealed-record.json".equals(file.getFilename()))
                    .findFirst()
                    .orElseThrow();
            String record = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            Matcher x = Pattern.compile("\"x\":([0-9.eE+-]+)").matcher(record);
            assertThat(x.find()).as("a stroke point in the embedded record").isTrue();
            BigDecimal was = new BigDecimal(x.group(1));
            BigDecimal moved = (was.doubleValue() < 0.5
                            ? was.add(new BigDecimal("0.05"))
                            : was.subtract(new BigDecimal("0.05")))
                    .setScale(4, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            String altered = record.substring(0, x.start(1)) + moved.toPlainString() + record.substring(x.end(1));
            byte[] bytes = altered.getBytes(StandardCharsets.UTF_8);
            PDEmbeddedFile replacement = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
            replacement.setSubtype("application/json");
            replacement.setSize(bytes.length);
            spec.setEmbeddedFile(replacement);
            if (spec.getEmbeddedFileUnicode() != null) {
                spec.setEmbeddedFileUnicode(replacement);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            LOG.info("Altered copy: x {} -> {} in the first stroke point", was, moved.toPlainString());
            return out.toByteArray();
        }
    }

    // --- the verification page

    private static By verdict(String result) {
        return By.cssSelector("[data-testid='" + result + "'] [data-testid='verification-verdict']");
    }

    /** Chooses {@code file} in the page's file field and checks it, once the previous result is gone. */
    private static void upload(HeadlessChromium visitor, Path file) {
        visitor.browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
        visitor.wait.until(ExpectedConditions.invisibilityOfElementLocated(byTestId("verification-of-file")));
        visitor.browser
                .findElement(By.xpath("//button[@type='submit' and normalize-space()='Check this file']"))
                .click();
    }

    // --- helpers

    private HeadlessChromium started(int width, int height) {
        HeadlessChromium browser = HeadlessChromium.start(server.getURI(), width, height);
        browsers.add(browser);
        return browser;
    }

    private static WebElement button(HeadlessChromium browser, String text) {
        return browser.wait
                .withMessage(() -> "the button " + text)
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + text + "']")));
    }

    private static void waitForText(HeadlessChromium browser, String testId, String text) {
        browser.wait
                .withMessage(() -> testId + " reads '" + text + "'")
                .until(ExpectedConditions.textToBe(byTestId(testId), text));
    }

    private static void landsOn(HeadlessChromium device, String path) {
        device.wait
                .withMessage(() -> "the device goes to " + path)
                .until(driver -> URI.create(driver.getCurrentUrl()).getPath().equals(path));
    }

    private static void scrollTo(HeadlessChromium browser, WebElement element) {
        ((JavascriptExecutor) browser.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** A screenshot of what the browser shows now, kept for a person to look at. */
    private static void picture(HeadlessChromium browser, String name) {
        try {
            Files.write(
                    PICTURES.resolve(name + ".png"),
                    ((TakesScreenshot) browser.browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void picture(HeadlessChromium browser, String name, WebElement inView) {
        ((JavascriptExecutor) browser.browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", inView);
        picture(browser, name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }
}
