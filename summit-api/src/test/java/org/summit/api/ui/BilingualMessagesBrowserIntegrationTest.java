package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.summit.api.ui.HeadlessChromium.byTestId;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.api.demo.DemoCities;
import org.summit.api.demo.DemoData;
import org.summit.cities.CitiesProblem;
import org.summit.cities.CitiesService;
import org.summit.cities.City;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.DelegationImport;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.SharedProblem;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * What a person reads when Summit refuses something is written in their language, with the values it needs, and
 * never followed by the server's English: the checks of issue #9, in headless Chromium against the real app, once
 * with the interface in Traditional Chinese and once in English.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BilingualMessagesBrowserIntegrationTest implements KafkaTestSupport {

    private static final String PASSWORD = "correct horse battery staple";

    /** The texts each check expects, in the two languages of the interface. */
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "zh-Hant",
            Map.of(
                    "pairing", "此配對碼不存在、已使用過或已過期，請向典禮工作人員索取新的配對碼。",
                    "shortPassword", "新密碼至少需要 12 個字元。",
                    "badTimeZone", "「Europe/Grenoble」不是 Summit 認得的時區：請從清單中選擇。",
                    "fileRefused", "未匯入任何資料：1 列共有 1 個問題。請修正後重新匯入檔案。",
                    "stale", "在您編輯期間，其他人已更改",
                    "travel", "離開日期（2016-03-20）不能早於抵達日期（2016-03-22）。"),
            "en",
            Map.of(
                    "pairing", "This code is unknown, used or expired. Ask the ceremony staff for a new one.",
                    "shortPassword", "The new password needs at least 12 characters.",
                    "badTimeZone", "“Europe/Grenoble” is not a time zone Summit knows: choose it from the list.",
                    "fileRefused", "Nothing was imported: 1 problem in 1 row. Correct it and import the file again.",
                    "stale", "Somebody else changed",
                    "travel", "The departure (2016-03-20) cannot be before the arrival (2016-03-22)."));

    @Inject
    EmbeddedServer server;

    @Inject
    SummitService summits;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    DemoCities demoCities;

    private HeadlessChromium chromium;

    @BeforeAll
    void startTheBrowserOnTheDemoSummit() {
        summits.create(DemoData.TAIPEI_2016);
        demoCities.load();
        accounts.createActive("delegate.orlando@summit.demo", "Orlando delegate", Role.DELEGATE, "orlando", PASSWORD);
        chromium = HeadlessChromium.start(server.getURI(), 1366, 900);
    }

    @BeforeEach
    void startAsAFirstTimeVisitor() {
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
    void aWrongPairingCodeIsExplainedInTheReadersLanguage(String language) {
        chromium.open("/pair");
        chromium.switchTo(language);

        chromium.visible("pair-code").sendKeys("ABCD-EFGH");
        chromium.browser.findElement(byTestId("pair-submit")).click();

        assertThat(chromium.alerts()).contains(text(language, "pairing"));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh-Hant", "en"})
    void aShortInvitationPasswordIsExplainedInTheReadersLanguage(String language) {
        AccountService.IssuedInvitation invitation =
                accounts.invite("invited." + UUID.randomUUID() + "@browser.test", "Invited", Role.STAFF, null);
        chromium.open("/invitation/" + invitation.token());
        chromium.switchTo(language);

        chromium.visible("invitation-password").sendKeys("short");
        chromium.browser.findElement(byTestId("invitation-repeat")).sendKeys("short");
        chromium.browser.findElement(byTestId("invitation-submit")).click();

        assertThat(chromium.alerts()).contains(text(language, "shortPassword"));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh-Hant", "en"})
    void aFileWithABadTimeZoneIsRefusedInTheReadersLanguageWithTheValue(String language) throws IOException {
        String code = "tz-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("summit-import-", ".csv");
        Files.writeString(
                file,
                String.join(",", DelegationImport.COLUMNS) + "\r\n" + code
                        + ",格勒諾布爾,Grenoble,city,guest,FR,Europe/Grenoble,克萊兒,Claire,市長,Mayor,claire@" + code
                        + ".example,,fr;en,no,,,en,yes,yes\r\n",
                StandardCharsets.UTF_8);
        logInAsOrganiser();
        chromium.open("/cities");
        chromium.switchTo(language);

        chromium.visible("cities-import-file").sendKeys(file.toAbsolutePath().toString());
        chromium.browser.findElement(byTestId("cities-import-submit")).click();

        WebElement errors = chromium.visible("cities-import-errors");
        assertThat(errors.getText()).contains(text(language, "badTimeZone"));
        assertThat(chromium.alerts()).contains(text(language, "fileRefused"));
        if (language.equals("zh-Hant")) {
            assertThat(errors.getText())
                    .as("no English original after the Chinese")
                    .doesNotContain(SharedProblem.TIME_ZONE_UNKNOWN.render(Map.of("value", "Europe/Grenoble")))
                    .doesNotContain("is not");
        }
        chromium.screenshot("import-refused-" + language, errors);
        assertThat(cities.find(new CityCode(code))).isEmpty();
        chromium.logOut();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh-Hant", "en"})
    void aStaleCityEditIsAConflictExplainedInTheReadersLanguage(String language) {
        CityCode code = new CityCode("stale-" + UUID.randomUUID().toString().substring(0, 8));
        City city = cities.register(code, details("皮塞克", "Písek", CityRole.GUEST));
        logInAsOrganiser();
        chromium.open("/cities/" + code.value());
        chromium.switchTo(language);
        chromium.visible("city-edit").click();
        WebElement nameEn = chromium.visible("city-edit-name-en");

        cities.revise(code, city.version(), details("皮塞克", "Písek", CityRole.HOST));
        nameEn.sendKeys(" Town");
        chromium.browser.findElement(byTestId("city-edit-submit")).click();

        String alerts = chromium.alerts();
        assertThat(alerts).contains(text(language, "stale"));
        assertThat(alerts).contains(language.equals("zh-Hant") ? "皮塞克" : "Písek");
        if (language.equals("zh-Hant")) {
            assertThat(alerts).doesNotContain("changed by somebody else");
        }
        assertThat(cities.city(code).name().en()).isEqualTo("Písek");
        chromium.logOut();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh-Hant", "en"})
    void aDelegatesTravelDatesInTheWrongOrderAreExplainedInTheReadersLanguage(String language) {
        chromium.logIn("delegate.orlando@summit.demo", PASSWORD);
        chromium.open("/profile");
        chromium.switchTo(language);

        chromium.setValue(chromium.visible("profile-arrives-on"), "2016-03-22");
        chromium.setValue(chromium.browser.findElement(byTestId("profile-departs-on")), "2016-03-20");
        chromium.browser.findElement(byTestId("profile-submit")).click();

        String alerts = chromium.alerts();
        assertThat(alerts).contains(text(language, "travel"));
        if (language.equals("zh-Hant")) {
            assertThat(alerts)
                    .doesNotContain(CitiesProblem.TRAVEL_OUT_OF_ORDER.render(
                            Map.of("arrivesOn", "2016-03-22", "departsOn", "2016-03-20")));
        }
        chromium.screenshot("profile-travel-" + language, chromium.browser.findElement(byTestId("profile-departs-on")));
        chromium.logOut();
    }

    private void logInAsOrganiser() {
        String email = "organiser." + UUID.randomUUID() + "@browser.test";
        accounts.createActive(email, "Browser organiser", Role.ORGANISER, null, PASSWORD);
        chromium.logIn(email, PASSWORD);
    }

    private static String text(String language, String check) {
        return TEXTS.get(language).get(check);
    }

    private static CityDetails details(String zhHant, String en, CityRole role) {
        return new CityDetails(LocalizedText.of(zhHant, en), CityKind.CITY, role, "CZ", "Europe/Prague", null);
    }
}
