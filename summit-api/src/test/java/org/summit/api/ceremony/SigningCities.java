package org.summit.api.ceremony;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;

/** Cities that sign, each with a designated signatory, set up through the cities context as organisers do. */
final class SigningCities {

    private SigningCities() {}

    /** Registers the cities and waits until the ceremony's signing roll has every signatory; their delegate ids. */
    static List<String> register(CitiesService cities, SigningRoll roll, String... names) {
        List<String> signatories = new ArrayList<>();
        for (String name : names) {
            CityCode code = new CityCode(name.toLowerCase(java.util.Locale.ROOT));
            cities.register(
                    code,
                    new CityDetails(
                            LocalizedText.of(name + "市", name),
                            CityKind.CITY,
                            CityRole.GUEST,
                            "NL",
                            "Europe/Amsterdam",
                            null));
            Delegate mayor = cities.addDelegate(
                    code,
                    DelegateProfile.from(
                            LocalizedText.of(name + "市長", "Mayor of " + name),
                            LocalizedText.of("市長", "Mayor"),
                            List.of("en"),
                            false,
                            null,
                            null,
                            "mayor@" + code.value() + ".test",
                            null,
                            "en"));
            cities.designateSignatory(code, mayor.id());
            signatories.add(mayor.id().toString());
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> roll.signingOrder().stream()
                        .filter(city -> city.signatoryId() != null)
                        .map(city -> city.signatoryId().toString())
                        .toList()
                        .containsAll(signatories));
        return signatories;
    }
}
