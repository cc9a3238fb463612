package org.summit.api.accounts;

import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;

/** Attending cities for tests whose delegates must belong to one. */
final class TestCities {

    private TestCities() {}

    /** Registers a guest city with this code unless the test database already has it. */
    static void register(CitiesService cities, String code) {
        if (cities.find(new CityCode(code)).isEmpty()) {
            cities.register(
                    new CityCode(code),
                    new CityDetails(
                            LocalizedText.of("測試城市 " + code, "Test city " + code),
                            CityKind.CITY,
                            CityRole.GUEST,
                            "NL",
                            "Europe/Amsterdam",
                            null));
        }
    }
}
