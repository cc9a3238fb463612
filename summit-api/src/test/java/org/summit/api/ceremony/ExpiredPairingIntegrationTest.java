package org.summit.api.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ceremony.CeremonyIntegrationTest.shown;
import static org.summit.api.ceremony.CeremonyIntegrationTest.strokes;
import static org.summit.api.ceremony.Socket.seq;
import static org.summit.api.ceremony.Socket.typed;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.SigningMode;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/** A tablet whose pairing expired draws nothing: neither on the connection it had open nor on a new one. */
@MicronautTest(environments = "api", transactional = false)
@Property(name = "summit.devices.validity", value = "4s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiredPairingIntegrationTest implements KafkaTestSupport {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    SigningRoll roll;

    @Inject
    CeremonyService ceremonies;

    @Test
    void anExpiredPairingDrawsNothing() {
        List<String> signatories = SigningCities.register(cities, roll, "Zeta");
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        UUID ceremony = ceremonies
                .create(LocalizedText.of("測試簽署", "Expiry " + UUID.randomUUID()), DemoDeclaration.TAIPEI_2016, "test")
                .id();
        ceremonies.prepare(ceremony);
        ceremonies.open(ceremony, SigningMode.EVERYONE);
        String path = "/ws/ceremonies/" + ceremony;
        Map<String, Object> code = http.toBlocking()
                .retrieve(
                        staff.send(HttpRequest.POST(
                                "/api/devices/pairings",
                                Map.of(
                                        "kind",
                                        "tablet",
                                        "ceremonyId",
                                        ceremony.toString(),
                                        "signatoryId",
                                        signatories.get(0)))),
                        JSON);
        String token = (String) http.toBlocking()
                .retrieve(HttpRequest.POST("/api/devices/pair", Map.of("code", code.get("code"))), JSON)
                .get("token");
        Map<String, Object> screenCode = http.toBlocking()
                .retrieve(
                        staff.send(HttpRequest.POST(
                                "/api/devices/pairings", Map.of("kind", "screen", "ceremonyId", ceremony.toString()))),
                        JSON);
        Socket tablet = Socket.open(server.getPort(), path + "/tablet", token);
        tablet.waitFor(typed("welcome"));

        // The tablet signs on until its pairing expires: the next batch after that ends the connection.
        AtomicLong seq = new AtomicLong();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    tablet.send(strokes(seq.incrementAndGet(), 0));
                    return tablet.closedWith() != null;
                });
        assertThat(tablet.closedWith()).isEqualTo(4401);
        assertThat(tablet.received()).anyMatch(message -> "device-revoked".equals(message.get("reason")));
        List<Long> acknowledged =
                tablet.received().stream().filter(typed("ack")).map(Socket::seq).toList();
        assertThat(acknowledged).isNotEmpty().doesNotContain(seq.get());
        Socket again = Socket.open(server.getPort(), path + "/tablet", token);
        assertThat(again.waitFor(typed("refused"))).containsEntry("reason", "not-paired");

        String screenToken = (String) http.toBlocking()
                .retrieve(HttpRequest.POST("/api/devices/pair", Map.of("code", screenCode.get("code"))), JSON)
                .get("token");
        Socket screen = Socket.open(server.getPort(), path + "/screen", screenToken);
        screen.waitFor(message -> seq(message) == acknowledged.get(acknowledged.size() - 1));
        assertThat(shown(screen, signatories.get(0))).containsExactlyElementsOf(acknowledged);
    }
}
