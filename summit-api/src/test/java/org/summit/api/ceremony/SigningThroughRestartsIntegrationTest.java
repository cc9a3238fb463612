package org.summit.api.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ceremony.CeremonyIntegrationTest.list;
import static org.summit.api.ceremony.CeremonyIntegrationTest.shown;
import static org.summit.api.ceremony.CeremonyIntegrationTest.strokes;
import static org.summit.api.ceremony.Socket.seq;
import static org.summit.api.ceremony.Socket.typed;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.SigningMode;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * Signing goes on through a broker outage and a restart of the application: the tablet keeps its unacknowledged
 * batches and sends them again, and afterwards every confirmed batch is on the screen and in the sealed record
 * exactly once.
 */
class SigningThroughRestartsIntegrationTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private TestKafkaBroker.Restartable broker;
    private ApplicationContext app;
    private HttpClient http;

    @AfterEach
    void stopAppThenBroker() {
        if (http != null) {
            http.close();
        }
        if (app != null) {
            app.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void noConfirmedStrokeIsMissingOrDoubledAfterABrokerOutageAndAnAppRestart() {
        broker = TestKafkaBroker.startOwn();
        String database = "jdbc:h2:mem:summit-restarts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        start(database);
        String signatory = SigningCities.register(
                        app.getBean(CitiesService.class), app.getBean(SigningRoll.class), "Theta")
                .get(0);
        CeremonyService ceremonies = app.getBean(CeremonyService.class);
        UUID ceremony = ceremonies
                .create(LocalizedText.of("測試簽署", "Restarts " + UUID.randomUUID()), DemoDeclaration.TAIPEI_2016, "test")
                .id();
        ceremonies.prepare(ceremony);
        ceremonies.open(ceremony, SigningMode.EVERYONE);
        LoggedIn staff = LoggedIn.as(app.getBean(AccountService.class), http, Role.STAFF, null);
        String tabletToken =
                pair(staff, Map.of("kind", "tablet", "ceremonyId", ceremony.toString(), "signatoryId", signatory));
        String screenToken = pair(staff, Map.of("kind", "screen", "ceremonyId", ceremony.toString()));

        Socket tablet = socket(ceremony, "tablet", tabletToken);
        tablet.waitFor(typed("welcome"));
        sendUntilAcknowledged(tablet, 1, 10);

        // The broker goes away mid-signing: the batch is not accepted ("unavailable") and the tablet keeps it.
        broker.stop();
        tablet.send(strokes(11, 1));
        assertThat(tablet.answer(11)).containsEntry("type", "refused").containsEntry("reason", "unavailable");
        broker.start();
        sendUntilAcknowledged(tablet, 11, 20);

        // The application stops and starts again; the tablet reconnects and resends from what the server has.
        app.close();
        start(database);
        Socket again = socket(ceremony, "tablet", tabletToken);
        long lastSeq = ((Number) again.waitFor(typed("welcome")).get("lastSeq")).longValue();
        assertThat(lastSeq).isBetween(0L, 20L);
        sendUntilAcknowledged(again, lastSeq + 1, 25);
        Map<String, Object> confirmed = http.toBlocking()
                .retrieve(
                        HttpRequest.POST(
                                        "/api/ceremonies/" + ceremony + "/signatures/mine/confirmation",
                                        Map.of("lastSeq", 25))
                                .bearerAuth(tabletToken),
                        JSON);
        assertThat(confirmed).containsEntry("status", "confirmed");

        Socket screen = socket(ceremony, "screen", screenToken);
        screen.waitFor(message -> "strokes".equals(message.get("type")) && seq(message) == 25);
        List<Long> everySeq = LongStream.rangeClosed(1, 25).boxed().toList();
        assertThat(shown(screen, signatory)).containsExactlyInAnyOrderElementsOf(everySeq);

        LoggedIn staffAgain = LoggedIn.as(app.getBean(AccountService.class), http, Role.STAFF, null);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try {
                http.toBlocking()
                        .exchange(staffAgain.send(HttpRequest.POST("/api/ceremonies/" + ceremony + "/seal", "")));
                return true;
            } catch (HttpClientResponseException pending) {
                return false;
            }
        });
        Map<String, Object> record =
                http.toBlocking().retrieve(HttpRequest.GET("/api/ceremonies/" + ceremony + "/record"), JSON);
        assertThat(list(list(record, "signatures").get(0), "batches"))
                .extracting(batch -> ((Number) batch.get("seq")).longValue())
                .containsExactlyElementsOf(everySeq);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/ceremonies/" + ceremony + "/verification"), JSON))
                .containsEntry("valid", true);
        List.of(tablet, again, screen).forEach(Socket::close);
    }

    /** Sends each batch from {@code from} to {@code to}, again after each refusal "unavailable", until acknowledged. */
    private static void sendUntilAcknowledged(Socket tablet, long from, long to) {
        for (long seq = from; seq <= to; seq++) {
            long number = seq;
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        tablet.send(strokes(number, (int) number % 3));
                        return "ack".equals(tablet.answer(number).get("type"));
                    });
        }
    }

    private void start(String database) {
        Map<String, Object> properties = new HashMap<>(broker.applicationProperties());
        properties.put("datasources.default.url", database);
        properties.put("micronaut.server.port", -1);
        app = ApplicationContext.builder()
                .environments("test", "api")
                .properties(properties)
                .start();
        app.getBean(EmbeddedServer.class).start();
        if (http != null) {
            http.close();
        }
        http = HttpClient.create(app.getBean(EmbeddedServer.class).getURL());
    }

    private Socket socket(UUID ceremony, String kind, String token) {
        return Socket.open(
                app.getBean(EmbeddedServer.class).getPort(), "/ws/ceremonies/" + ceremony + "/" + kind, token);
    }

    private String pair(LoggedIn staff, Map<String, Object> pairing) {
        return DeviceTokens.pair(http, staff, pairing);
    }
}
