package org.summit.api.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ceremony.CeremonyIntegrationTest.points;
import static org.summit.api.ceremony.CeremonyIntegrationTest.shown;
import static org.summit.api.ceremony.CeremonyIntegrationTest.strokes;
import static org.summit.api.ceremony.Socket.seq;
import static org.summit.api.ceremony.Socket.typed;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * Whatever a tablet sends that is not a next batch of sane points for its own signatory is refused with a reason,
 * never stored and never shown, and signing goes on for everyone else.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrokeRefusalsIntegrationTest implements KafkaTestSupport {

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

    private LoggedIn staff;
    private List<String> signatories;
    private String ceremony;
    private Socket screen;

    @BeforeAll
    void anOpenCeremonyWatchedByAScreen() {
        signatories = SigningCities.register(cities, roll, "Delta", "Epsilon");
        staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        ceremony = ceremonies
                .create(LocalizedText.of("測試簽署", "Refusals " + UUID.randomUUID()), DemoDeclaration.TAIPEI_2016, "test")
                .id()
                .toString();
        ceremonies.prepare(UUID.fromString(ceremony));
        ceremonies.open(UUID.fromString(ceremony), SigningMode.EVERYONE);
        screen = socket("screen", pair("screen", ceremony, null));
        screen.waitFor(typed("welcome"));
    }

    @Test
    void badBatchesAreRefusedWithTheirReasonAndNeverShown() {
        Socket tablet = socket("tablet", pair("tablet", ceremony, signatories.get(0)));
        tablet.waitFor(typed("welcome"));
        tablet.send(strokes(1, 0));
        assertThat(tablet.answer(1)).containsEntry("type", "ack");

        List<Map<String, Object>> absurd = new ArrayList<>(points(1, 0));
        absurd.add(Map.of("s", 1, "x", 5.0, "y", -3.0, "p", 0.5, "t", System.currentTimeMillis()));
        tablet.send(Map.of("type", "strokes", "seq", 2, "points", absurd));
        assertThat(tablet.answer(2)).containsEntry("reason", "points-invalid");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            tooMany.add(Map.of("s", 1, "x", 0.5, "y", 0.5, "p", 0.5, "t", 1_700_000_000_000L + i));
        }
        tablet.send(Map.of("type", "strokes", "seq", 2, "points", tooMany));
        assertThat(tablet.answer(2)).containsEntry("reason", "points-too-many");

        tablet.send(Map.of("type", "strokes", "seq", 2, "points", List.of()));
        assertThat(tablet.answer(2)).containsEntry("reason", "points-invalid");

        tablet.sendText("{\"type\": \"strokes\", \"seq\": 2, \"points\": [ {\"s\": ");
        tablet.waitFor(message -> "malformed".equals(message.get("reason")));

        tablet.send(strokes(9, 1));
        assertThat(tablet.answer(9)).containsEntry("type", "ahead").containsEntry("expected", 2);

        tablet.send(strokes(2, 1));
        assertThat(tablet.answer(2)).containsEntry("type", "ack");
        screen.waitFor(message -> signatories.get(0).equals(message.get("signatoryId")) && seq(message) == 2);
        assertThat(shown(screen, signatories.get(0))).containsExactly(1L, 2L);
        tablet.close();
    }

    @Test
    void aHundredThousandPointsInOneMessageAreRefusedUnreadAndStoreNothing() {
        String token = pair("tablet", ceremony, signatories.get(1));
        Socket tablet = socket("tablet", token);
        tablet.waitFor(typed("welcome"));
        StringBuilder huge = new StringBuilder("{\"type\":\"strokes\",\"seq\":1,\"points\":[");
        for (int i = 0; i < 100_000; i++) {
            huge.append(i == 0 ? "" : ",").append("{\"s\":0,\"x\":0.5,\"y\":0.5,\"p\":0.5,\"t\":1700000000000}");
        }
        tablet.sendText(huge.append("]}").toString());

        assertThat(tablet.waitFor(typed("refused"))).containsEntry("reason", "too-large");
        tablet.send(strokes(1, 0));
        assertThat(tablet.answer(1)).containsEntry("type", "ack");
        screen.waitFor(message -> signatories.get(1).equals(message.get("signatoryId")));
        assertThat(screen.received())
                .filteredOn(message -> signatories.get(1).equals(message.get("signatoryId")))
                .allSatisfy(
                        message -> assertThat((List<?>) message.get("points")).hasSizeLessThan(10));
        tablet.close();
    }

    @Test
    void aFloodIsAnsweredTooFastAndARevokedTabletDrawsNothingMore() {
        Socket other = socket("tablet", pair("tablet", ceremony, signatories.get(1)));
        other.waitFor(typed("welcome"));
        String token = pair("tablet", ceremony, signatories.get(0));
        Socket tablet = socket("tablet", token);
        tablet.waitFor(typed("welcome"));
        String flood = "{\"type\":\"strokes\",\"seq\":1,\"points\":[{\"s\":0,\"x\":0.5,\"y\":0.5,\"p\":0.5,\"t\":1}]}";
        for (int i = 0; i < FloodGuard.CAPACITY * 3; i++) {
            tablet.sendText(flood);
        }
        tablet.waitFor(message -> "too-fast".equals(message.get("reason")));

        List<Map<String, Object>> devices =
                http.toBlocking().retrieve(staff.send(HttpRequest.GET("/api/devices")), Argument.listOf(JSON));
        String deviceId = devices.stream()
                .filter(device -> signatories.get(0).equals(device.get("signatoryId")))
                .map(device -> (String) device.get("id"))
                .reduce((first, latest) -> first)
                .orElseThrow();
        http.toBlocking().exchange(staff.send(HttpRequest.DELETE("/api/devices/" + deviceId)));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            tablet.send(strokes(1_000, 3));
            return tablet.closedWith() != null;
        });
        assertThat(tablet.closedWith()).isEqualTo(4401);
        assertThat(tablet.received()).anyMatch(message -> "device-revoked".equals(message.get("reason")));
        assertThat(shown(screen, signatories.get(0))).doesNotContain(1_000L);

        // The ceremony goes on for everyone else.
        long next = seqAfter(other);
        other.send(strokes(next, 0));
        assertThat(other.answer(next)).containsEntry("type", "ack");
        other.close();
    }

    @Test
    void aTabletCannotJoinAnotherCeremonysSocketNorAScreensOne() {
        String token = pair("tablet", ceremony, signatories.get(0));
        String elsewhere = ceremonies
                .create(LocalizedText.of("另一場", "Another " + UUID.randomUUID()), DemoDeclaration.TAIPEI_2016, "test")
                .id()
                .toString();
        Socket wrongCeremony = Socket.open(server.getPort(), "/ws/ceremonies/" + elsewhere + "/tablet", token);
        assertThat(wrongCeremony.waitFor(typed("refused"))).containsEntry("reason", "not-paired");
        Socket asScreen = Socket.open(server.getPort(), "/ws/ceremonies/" + ceremony + "/screen", token);
        assertThat(asScreen.waitFor(typed("refused"))).containsEntry("reason", "not-paired");
        Socket noHello = Socket.open(server.getPort(), "/ws/ceremonies/" + ceremony + "/tablet", "not a token");
        assertThat(noHello.waitFor(typed("refused"))).containsEntry("reason", "not-paired");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> wrongCeremony.closedWith() != null && noHello.closedWith() != null);
    }

    private long seqAfter(Socket tablet) {
        Map<String, Object> welcome = tablet.waitFor(typed("welcome"));
        long last = ((Number) welcome.get("lastSeq")).longValue();
        for (Map<String, Object> message : tablet.received()) {
            if ("ack".equals(message.get("type"))) {
                last = Math.max(last, seq(message));
            }
        }
        return last + 1;
    }

    private Socket socket(String kind, String token) {
        return Socket.open(server.getPort(), "/ws/ceremonies/" + ceremony + "/" + kind, token);
    }

    private String pair(String kind, String ceremonyId, String signatoryId) {
        return DeviceTokens.pair(http, staff, kind, ceremonyId, signatoryId);
    }
}
