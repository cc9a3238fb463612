package org.summit.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.cities.CitiesService;
import org.summit.cities.City;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/** The ceremony learns who signs, and in what order, from the cities events on a real broker, and nothing else. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningRollIntegrationTest implements KafkaTestSupport {

    @Inject
    CitiesService cities;

    @Inject
    SigningRoll roll;

    @Test
    void aWithdrawnSignatoryLeavesTheRollUntilANewOneIsDesignated() {
        String code = code();
        cities.register(new CityCode(code), city("皮塞克", "Písek", CityRole.GUEST));
        Delegate mayor = cities.addDelegate(new CityCode(code), member("mayor@" + code + ".example", "Mayor of Písek"));
        Delegate deputy = cities.addDelegate(new CityCode(code), member("deputy@" + code + ".example", "Deputy mayor"));
        cities.designateSignatory(new CityCode(code), mayor.id());
        awaitSignatory(code, mayor.id());

        cities.removeDelegate(new CityCode(code), mayor.id());
        awaitSignatory(code, null);

        cities.designateSignatory(new CityCode(code), deputy.id());
        awaitSignatory(code, deputy.id());
        assertThat(entry(code).signatoryTitle().en()).isEqualTo("Deputy mayor");
        assertThat(entry(code).cityName().zhHant()).isEqualTo("皮塞克");
    }

    @Test
    void followsTheProtocolOrderAndDropsWithdrawnCitiesAndObservers() {
        String first = code();
        String second = code();
        String observer = code();
        cities.register(new CityCode(first), city("臺東縣", "Taitung County", CityRole.GUEST));
        cities.register(new CityCode(second), city("桃園市", "Taoyuan City", CityRole.GUEST));
        cities.register(new CityCode(observer), city("英國代表團", "United Kingdom delegation", CityRole.OBSERVER));
        List<String> order = new ArrayList<>(
                cities.list().stream().filter(City::attending).map(City::id).toList());
        order.remove(second);
        order.add(0, second);

        cities.reorder(order.stream().map(CityCode::new).toList());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(codesAmong(first, second, observer)).containsExactly(second, first));
        cities.withdraw(new CityCode(second));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(codesAmong(first, second, observer)).containsExactly(first));
    }

    private void awaitSignatory(String code, UUID delegateId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(roll.signingOrder()).extracting(SigningCity::cityId).contains(code);
            assertThat(entry(code).signatoryId()).isEqualTo(delegateId);
        });
    }

    private SigningCity entry(String code) {
        return roll.signingOrder().stream()
                .filter(city -> city.cityId().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The roll's order of these cities; the suite's broker also carries other test classes' cities. */
    private List<String> codesAmong(String... codes) {
        List<String> wanted = List.of(codes);
        return roll.signingOrder().stream()
                .map(SigningCity::cityId)
                .filter(wanted::contains)
                .toList();
    }

    private static String code() {
        return "roll-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static CityDetails city(String zhHant, String en, CityRole role) {
        return new CityDetails(LocalizedText.of(zhHant, en), CityKind.CITY, role, "CZ", "Europe/Prague", null);
    }

    private static DelegateProfile member(String email, String title) {
        return new DelegateProfile(
                LocalizedText.of("諾瓦克", "Tomáš Novák"),
                LocalizedText.of("市長", title),
                List.of("cs", "en"),
                true,
                LocalDate.of(2016, 3, 22),
                LocalDate.of(2016, 3, 25),
                email,
                null,
                "en");
    }
}
