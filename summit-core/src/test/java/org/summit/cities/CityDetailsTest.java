package org.summit.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;

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
        assertThatThrownBy(() -> new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "Taiwan", "Asia/Taipei", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Unknown country 'Taiwan'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("country");
        assertThatThrownBy(() -> new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "tw", "Asia/Taipei", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertThatThrownBy(() -> new CityDetails(TAIPEI, CityKind.CITY, CityRole.HOST, "TW", "Taipei", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("timeZone");
    }

    @Test
    void refusesANameBlankInEitherLanguage() {
        assertThatThrownBy(() -> new CityDetails(
                        LocalizedText.of(" ", "Taipei"), CityKind.CITY, CityRole.HOST, "TW", "Asia/Taipei", null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("name.zh-Hant");
    }

    @Test
    void observersDoNotSign() {
        assertThat(CityRole.OBSERVER.signs()).isFalse();
        assertThat(CityRole.GUEST.signs()).isTrue();
    }
}
