package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.api.accounts.PairedDevice;
import org.summit.api.accounts.TestCeremony;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * {@code GET /health} tells everyone whether Summit is up, and only organisers what it runs on (the database URL
 * and its file path, disk sizes, the Kafka cluster).
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthDetailsIntegrationTest implements KafkaTestSupport {

    private static final String CITY = "health-city";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    SummitService summits;

    @Inject
    SigningRoll roll;

    @Inject
    CeremonyService ceremonies;

    private final Map<String, UnaryOperator<MutableHttpRequest<?>>> principals = new LinkedHashMap<>();

    @BeforeAll
    void everyKindOfPrincipal() {
        cities.register(
                new CityCode(CITY),
                new CityDetails(
                        LocalizedText.of("測試城市", "Test city"),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "NL",
                        "Europe/Amsterdam",
                        null));
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        principals.put("anonymous", request -> request);
        principals.put("delegate", LoggedIn.as(accounts, http, Role.DELEGATE, CITY)::send);
        principals.put("staff", staff::send);
        TestCeremony ceremony = TestCeremony.ready(summits, cities, roll, ceremonies);
        principals.put("tablet", PairedDevice.pair(http, staff, "tablet", ceremony)::send);
        principals.put("screen", PairedDevice.pair(http, staff, "screen", ceremony)::send);
    }

    @Test
    void everyoneButOrganisersSeesOnlyTheStatus() {
        principals.forEach((who, as) -> {
            Map<?, ?> health = http.toBlocking().retrieve(as.apply(HttpRequest.GET("/health")), Map.class);

            assertThat(health).as(who).isEqualTo(Map.of("status", "UP"));
        });
    }

    @Test
    void organisersSeeTheDetails() {
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);

        Map<?, ?> health = http.toBlocking().retrieve(organiser.send(HttpRequest.GET("/health")), Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        assertThat(health.get("details")).isInstanceOf(Map.class);
        List<Object> indicators = List.<Object>copyOf(((Map<?, ?>) health.get("details")).keySet());
        assertThat(indicators).contains("jdbc", "diskSpace");
    }
}
