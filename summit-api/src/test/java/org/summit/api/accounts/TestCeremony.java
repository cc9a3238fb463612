package org.summit.api.accounts;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.ceremony.Ceremony;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;

/**
 * The ceremony devices are paired for in tests: the current ceremony (a drafted one set up if there is none) and a
 * signatory on its signing roll (a city with a designated delegate, waited for until the roll has it from the cities
 * events).
 */
public record TestCeremony(String ceremonyId, String signatoryId) {

    private static final CityCode CITY = new CityCode("signing-test-city");

    public static TestCeremony ready(
            SummitService summits, CitiesService cities, SigningRoll roll, CeremonyService ceremonies) {
        summits.current()
                .map(Summit::id)
                .orElseGet(() -> summits.create(new SummitDetails(
                                LocalizedText.of("測試高峰會", "Test summit"),
                                LocalizedText.of("臺北", "Taipei"),
                                LocalDate.parse("2016-03-23"),
                                LocalDate.parse("2016-03-24"),
                                "Asia/Taipei"))
                        .id());
        UUID ceremony = ceremonies
                .current()
                .map(Ceremony::id)
                .orElseGet(() -> ceremonies
                        .create(LocalizedText.of("測試宣言簽署", "Test signing"), DemoDeclaration.TAIPEI_2016, "test")
                        .id());
        if (cities.find(CITY).isEmpty()) {
            cities.register(
                    CITY,
                    new CityDetails(
                            LocalizedText.of("簽署城市", "Signing city"),
                            CityKind.CITY,
                            CityRole.GUEST,
                            "NL",
                            "Europe/Amsterdam",
                            null));
            Delegate mayor = cities.addDelegate(
                    CITY,
                    DelegateProfile.from(
                            LocalizedText.of("測試市長", "Test Mayor"),
                            LocalizedText.of("市長", "Mayor"),
                            List.of("en"),
                            false,
                            null,
                            null,
                            "mayor@signing-test-city.test",
                            null,
                            "en"));
            cities.designateSignatory(CITY, mayor.id());
        }
        String signatory = String.valueOf(cities.city(CITY).signatoryDelegateId());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> roll.signingOrder().stream()
                        .anyMatch(city -> signatory.equals(String.valueOf(city.signatoryId()))));
        return new TestCeremony(ceremony.toString(), signatory);
    }
}
