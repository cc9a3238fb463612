package org.summit.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refused;

class CityDetailsTest {

    private static final LocalizedText TAIPEI = LocalizedText.of("臺北市", "Taipei City");

    @Test
    void acceptsACityAsItWritesItsNameInBothLanguages() {
        CityDetails city = new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "TW", "Asia/Taipei", null);

        assertThat(city.name().zhHant()).isEqualTo("臺北市");
        assertThat(city.role().signs()).isTrue();
    }

    @Test
    void refusesACountryThatIsNotAnIsoCode() {
        assertThat(Refused.fieldsAndCodes(
                        () -> new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "Taiwan", "Asia/Taipei", null)))
                .containsExactly(tuple("country", "country.unknown"));
        assertThat(Refused.fieldsAndCodes(
                        () -> new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "tw", "Asia/Taipei", null)))
                .containsExactly(tuple("country", "country.unknown"));
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertThat(Refused.fieldsAndCodes(
                        () -> new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "TW", "Taipei", null)))
                .containsExactly(tuple("timeZone", "time-zone.unknown"));
    }

    @Test
    void refusesANameBlankInEitherLanguage() {
        assertThat(Refused.fieldsAndCodes(() -> new CityDetails(
                        LocalizedText.of(" ", "Taipei"), CityKind.CITY, CityRole.HOST, "TW", "Asia/Taipei", null)))
                .containsExactly(tuple("name.zh-Hant", "value.required"));
    }

    @Test
    void readsWhatAPersonTypedReportingEveryProblemAtOnce() {
        assertThat(Refused.fieldsAndCodes(
                        () -> CityDetails.from(LocalizedText.of("臺北市", ""), "town", "host", "XX", "Mars/Base", null)))
                .containsExactlyInAnyOrder(
                        tuple("kind", "choice.unknown"),
                        tuple("name.en", "value.required"),
                        tuple("country", "country.unknown"),
                        tuple("timeZone", "time-zone.unknown"));
        assertThat(CityDetails.from(TAIPEI, "city", "Host", "tw", " Asia/Taipei ", null))
                .isEqualTo(new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "TW", "Asia/Taipei", null));
    }

    @Test
    void takesADescriptionInBothLanguagesOrNone() {
        assertThat(new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "TW", "Asia/Taipei", LocalizedText.of(" ", ""))
                        .description())
                .isNull();
        assertThat(Refused.fieldsAndCodes(() -> new CityDetails(
                        TAIPEI, CityKind.CITY, CityRole.HOST, "TW", "Asia/Taipei", LocalizedText.of("", "A host"))))
                .containsExactly(tuple("description.zh-Hant", "text.one-language-only"));
    }

    @Test
    void refusesInvisibleAndDirectionCharactersInNames() {
        assertThat(Refused.fieldsAndCodes(() -> new CityDetails(
                        LocalizedText.of("臺北\u0000市", "Taipei\u202E ytiC"),
                        CityKind.CITY,
                        CityRole.HOST,
                        "TW",
                        "Asia/Taipei",
                        null)))
                .containsExactlyInAnyOrder(
                        tuple("name.zh-Hant", "text.invisible-character"),
                        tuple("name.en", "text.invisible-character"));
        assertThat(Refused.fieldsAndCodes(() -> new CityDetails(
                        LocalizedText.of("臺北市", "Taipei\nCity"),
                        CityKind.CITY,
                        CityRole.HOST,
                        "TW",
                        "Asia/Taipei",
                        null)))
                .containsExactly(tuple("name.en", "text.line-break"));
    }

    @Test
    void observersDoNotSign() {
        assertThat(CityRole.OBSERVER.signs()).isFalse();
        assertThat(CityRole.GUEST.signs()).isTrue();
    }
}
