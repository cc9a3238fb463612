package org.summit.api.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ceremony.CeremonyIntegrationTest.shown;
import static org.summit.api.ceremony.CeremonyIntegrationTest.strokes;
import static org.summit.api.ceremony.Socket.seq;
import static org.summit.api.ceremony.Socket.typed;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
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
 * Two instances of summit-api on one broker and one database, as behind a load balancer: a screen on one shows the
 * strokes of a tablet on the other, and a signature confirmed through one stops the tablet drawing on the other.
 */
class TwoInstancesSigningIntegrationTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeClientsThenInstances() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void aScreenOnOneInstanceShowsATabletOnTheOtherAndAConfirmationThroughEitherEndsTheDrawing() {
        String database = "jdbc:h2:mem:summit-two-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ApplicationContext first = instance(database);
        ApplicationContext second = instance(database);
        HttpClient http = HttpClient.create(first.getBean(EmbeddedServer.class).getURL());
        HttpClient secondHttp =
                HttpClient.create(second.getBean(EmbeddedServer.class).getURL());
        opened.add(http);
        opened.add(secondHttp);
        String signatory = SigningCities.register(
                        first.getBean(CitiesService.class), first.getBean(SigningRoll.class), "Iota")
                .get(0);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> second.getBean(SigningRoll.class).signingOrder().stream()
                        .anyMatch(city -> signatory.equals(String.valueOf(city.signatoryId()))));
        CeremonyService ceremonies = first.getBean(CeremonyService.class);
        UUID ceremony = ceremonies
                .create(LocalizedText.of("測試簽署", "Two " + UUID.randomUUID()), DemoDeclaration.TAIPEI_2016, "test")
                .id();
        ceremonies.prepare(ceremony);
        ceremonies.open(ceremony, SigningMode.EVERYONE);
        LoggedIn staff = LoggedIn.as(first.getBean(AccountService.class), http, Role.STAFF, null);
        String tabletToken = DeviceTokens.pair(
                http, staff, Map.of("kind", "tablet", "ceremonyId", ceremony.toString(), "signatoryId", signatory));
        String screenToken =
                DeviceTokens.pair(http, staff, Map.of("kind", "screen", "ceremonyId", ceremony.toString()));

        Socket tablet = Socket.open(port(first), "/ws/ceremonies/" + ceremony + "/tablet", tabletToken);
        Socket screen = Socket.open(port(second), "/ws/ceremonies/" + ceremony + "/screen", screenToken);
        opened.add(tablet::close);
        opened.add(screen::close);
        tablet.waitFor(typed("welcome"));
        screen.waitFor(typed("welcome"));
        for (long seq = 1; seq <= 5; seq++) {
            tablet.send(strokes(seq, 0));
            assertThat(tablet.answer(seq)).containsEntry("type", "ack");
        }
        screen.waitFor(message -> seq(message) == 5);
        assertThat(shown(screen, signatory)).containsExactly(1L, 2L, 3L, 4L, 5L);

        // Confirmed through the other instance: the tablet's instance hears it from the ceremony topic.
        assertThat(secondHttp
                        .toBlocking()
                        .retrieve(
                                HttpRequest.POST(
                                                "/api/ceremonies/" + ceremony + "/signatures/mine/confirmation",
                                                Map.of("lastSeq", 5))
                                        .bearerAuth(tabletToken),
                                JSON))
                .containsEntry("status", "confirmed");
        AtomicLong next = new AtomicLong(5);
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    long seq = next.incrementAndGet();
                    tablet.send(strokes(seq, 1));
                    return "confirmed".equals(tablet.answer(seq).get("reason"));
                });
        screen.waitFor(message -> "SignatureConfirmed".equals(message.get("event")));
        assertThat(screen.received()).noneMatch(message -> seq(message) == next.get());
    }

    private static int port(ApplicationContext instance) {
        return instance.getBean(EmbeddedServer.class).getPort();
    }

    private ApplicationContext instance(String database) {
        ApplicationContext context = ApplicationContext.builder()
                .environments("test", "api")
                .properties(TestKafkaBroker.applicationProperties())
                .properties(Map.of("datasources.default.url", database, "micronaut.server.port", -1))
                .start();
        opened.add(context);
        context.getBean(EmbeddedServer.class).start();
        return context;
    }
}
