package org.summit.api.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.api.ceremony.Socket.seq;
import static org.summit.api.ceremony.Socket.typed;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.ceremony.TabletDisconnected;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The ceremony as staff, tablets and a screen go through it, over HTTP and WebSockets against the suite's real Kafka
 * broker: made ready (the text locked), opened one by one, signed with a clear and a resend, confirmed, one signatory
 * absent, sealed and verified; and every kind of bad input a tablet can send, refused with its reason and never shown.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CeremonyIntegrationTest implements KafkaTestSupport {

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

    @Inject
    EventCodec codec;

    private LoggedIn staff;
    private LoggedIn organiser;
    private List<String> signatories;

    @BeforeAll
    void threeSigningCities() {
        signatories = SigningCities.register(cities, roll, "Alpha", "Beta", "Gamma");
        staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
    }

    @Test
    void aCeremonyIsPreparedOpenedSignedLiveSealedAndVerified() {
        String id = newCeremony();
        Map<String, Object> drafted = body(staff.send(HttpRequest.GET("/api/ceremonies/" + id)));
        long version = ((Number) map(drafted, "ceremony").get("version")).longValue();
        Map<String, Object> redraft = new HashMap<>(map(drafted, "declaration"));
        redraft.put("version", version);
        assertThat(body(organiser.send(HttpRequest.PUT("/api/ceremonies/" + id + "/declaration", redraft))))
                .extracting(details -> map(details, "ceremony").get("declarationVersion"))
                .isEqualTo(2);

        Map<String, Object> ready = body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/preparation", "")));
        assertThat(map(ready, "ceremony")).containsEntry("state", "ready");
        assertThat((String) map(ready, "ceremony").get("textFingerprint")).matches("[0-9a-f]{64}");
        assertThat(list(ready, "signatories"))
                .extracting(s -> s.get("signatoryId"))
                .containsAll(signatories);
        redraft.put("version", ((Number) map(ready, "ceremony").get("version")).longValue());
        assertThat(refusal(organiser.send(HttpRequest.PUT("/api/ceremonies/" + id + "/declaration", redraft))))
                .containsEntry("status", 409)
                .containsEntry("code", "declaration.locked");

        String alpha = signatories.get(0);
        String beta = signatories.get(1);
        String gamma = signatories.get(2);
        Socket screen = Socket.open(server.getPort(), "/ws/ceremonies/" + id + "/screen", pair("screen", id, null));
        screen.waitFor(typed("welcome"));
        String alphaToken = pair("tablet", id, alpha);
        Socket tabletA = Socket.open(server.getPort(), "/ws/ceremonies/" + id + "/tablet", alphaToken);
        assertThat(tabletA.waitFor(typed("welcome"))).containsEntry("lastSeq", 0);
        String betaToken = pair("tablet", id, beta);
        Socket tabletB = Socket.open(server.getPort(), "/ws/ceremonies/" + id + "/tablet", betaToken);
        tabletB.waitFor(typed("welcome"));

        assertThat(map(
                        body(staff.send(
                                HttpRequest.POST("/api/ceremonies/" + id + "/opening", Map.of("mode", "one-by-one")))),
                        "ceremony"))
                .containsEntry("state", "open");
        assertThat(refusal(staff.send(
                        HttpRequest.POST("/api/ceremonies/" + id + "/opening", Map.of("mode", "one-by-one")))))
                .containsEntry("status", 409)
                .containsEntry("code", "ceremony.state.wrong");
        assertThat(body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/calls", ""))))
                .containsEntry("signatoryId", alpha)
                .containsEntry("status", "called");
        tabletA.waitFor(typed("changed"));

        tabletA.send(strokes(1, 0));
        tabletA.send(strokes(2, 0));
        tabletA.send(Map.of("type", "clear", "seq", 3));
        tabletA.send(strokes(4, 1));
        // A resend of an accepted batch, as after a lost acknowledgement: acknowledged again, never shown twice.
        tabletA.send(strokes(2, 0));
        tabletA.send(strokes(5, 1));
        assertThat(List.of(1L, 2L, 3L, 4L, 5L))
                .allSatisfy(seq -> assertThat(tabletA.answer(seq)).containsEntry("type", "ack"));
        tabletB.send(strokes(1, 0));
        assertThat(tabletB.answer(1)).containsEntry("type", "refused").containsEntry("reason", "not-called");
        tabletA.send(strokes(7, 1));
        assertThat(tabletA.answer(7)).containsEntry("type", "ahead").containsEntry("expected", 6);

        screen.waitFor(message -> "strokes".equals(message.get("type")) && seq(message) == 5);
        assertThat(shown(screen, alpha)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(shown(screen, beta)).isEmpty();

        assertThat(refusal(tabletSend(alphaToken, "/api/ceremonies/" + id + "/signatures/mine/confirmation", 3)))
                .containsEntry("code", "ceremony.signature.unacknowledged");
        assertThat(body(tabletSend(alphaToken, "/api/ceremonies/" + id + "/signatures/mine/confirmation", 5)))
                .containsEntry("status", "confirmed");
        tabletA.send(strokes(6, 2));
        assertThat(tabletA.answer(6)).containsEntry("reason", "confirmed");

        assertThat(body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/calls", ""))))
                .containsEntry("signatoryId", beta);
        tabletB.send(strokes(1, 0));
        tabletB.send(strokes(2, 0));
        assertThat(tabletB.answer(2)).containsEntry("type", "ack");
        // Not before the seal's check that every signatory is done.
        assertThat(refusal(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/seal", ""))))
                .containsEntry("code", "ceremony.seal.waiting");
        body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/signatories/" + gamma + "/absence", "")));
        // A tablet draws for the signatory it was paired for, whatever the message claims.
        tabletB.send(Map.of("type", "strokes", "seq", 3, "points", points(0, 0.5), "signatoryId", alpha));
        assertThat(tabletB.answer(3)).containsEntry("type", "ack");
        assertThat(body(tabletSend(betaToken, "/api/ceremonies/" + id + "/signatures/mine/confirmation", 3)))
                .containsEntry("status", "confirmed");

        Map<String, Object> seal = await().atMost(Duration.ofSeconds(30))
                .until(() -> sealAttempt(id), result -> result.containsKey("fingerprint"));
        assertThat((String) seal.get("fingerprint")).matches("[0-9a-f]{64}");
        assertThat((String) seal.get("verificationUrl")).endsWith("/verify/" + id);

        Map<String, Object> record = body(HttpRequest.GET("/api/ceremonies/" + id + "/record"));
        List<Map<String, Object>> signatures = list(record, "signatures");
        assertThat(signatures).extracting(s -> s.get("status")).containsExactly("confirmed", "confirmed", "absent");
        assertThat(list(signatures.get(0), "batches"))
                .extracting(b -> ((Number) b.get("seq")).longValue())
                .containsExactly(4L, 5L);
        assertThat(list(signatures.get(1), "batches"))
                .extracting(b -> ((Number) b.get("seq")).longValue())
                .containsExactly(1L, 2L, 3L);
        assertThat(list(signatures.get(2), "batches")).isEmpty();
        assertThat(body(HttpRequest.GET("/api/ceremonies/" + id + "/verification")))
                .containsEntry("valid", true)
                .containsEntry("matchesSeal", true)
                .containsEntry("fingerprint", seal.get("fingerprint"));
        screen.waitFor(message -> "DeclarationSealed".equals(message.get("event")));
        List.of(screen, tabletA, tabletB).forEach(Socket::close);
    }

    @Test
    void aTabletLostWhileItsSignatoryHasStillToSignIsReportedToStaffOnceAndAtNoOtherTime() {
        KafkaConsumer<String, String> reader =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.CEREMONY);
        String id = newCeremony();
        body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/preparation", "")));
        String alpha = signatories.get(0);
        String beta = signatories.get(1);
        String gamma = signatories.get(2);
        String alphaToken = pair("tablet", id, alpha);
        String betaToken = pair("tablet", id, beta);
        String tabletPath = "/ws/ceremonies/" + id + "/tablet";

        // Ready, not yet open: a tablet coming and going is nobody's concern; nor is a screen, ever.
        Socket early = Socket.open(server.getPort(), tabletPath, alphaToken);
        early.waitFor(typed("welcome"));
        early.close();
        awaitTablet(id, alpha, "paired");
        Socket screen = Socket.open(server.getPort(), "/ws/ceremonies/" + id + "/screen", pair("screen", id, null));
        screen.waitFor(typed("welcome"));
        body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/opening", Map.of("mode", "one-by-one"))));
        screen.close();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ((Number) map(console(id), "screens").get("connected")).intValue() == 0);

        // Open, alpha still to sign: lost once, reported once.
        Socket lost = Socket.open(server.getPort(), tabletPath, alphaToken);
        lost.waitFor(typed("welcome"));
        lost.close();
        awaitTablet(id, alpha, "paired");

        // Beta's tablet reconnected before its old connection closed: only its last connection closing counts.
        Socket old = Socket.open(server.getPort(), tabletPath, betaToken);
        old.waitFor(typed("welcome"));
        Socket replacement = Socket.open(server.getPort(), tabletPath, betaToken);
        replacement.waitFor(typed("welcome"));
        old.close();
        replacement.close();
        awaitTablet(id, beta, "paired");

        // Alpha signs and confirms; a tablet closing after that is nobody's concern.
        Socket signing = Socket.open(server.getPort(), tabletPath, alphaToken);
        signing.waitFor(typed("welcome"));
        assertThat(body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/calls", ""))))
                .containsEntry("signatoryId", alpha);
        signing.waitFor(message -> "SignatoryCalled".equals(message.get("event")));
        signing.send(strokes(1, 0));
        assertThat(signing.answer(1)).containsEntry("type", "ack");
        assertThat(body(tabletSend(alphaToken, "/api/ceremonies/" + id + "/signatures/mine/confirmation", 1)))
                .containsEntry("status", "confirmed");
        signing.close();
        awaitTablet(id, alpha, "paired");
        // The last step, to read the topic up to: every event before it is there by then.
        body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/signatories/" + gamma + "/absence", "")));

        List<EventEnvelope> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(reader, Duration.ofMillis(200))) {
                if (record.key().equals(id)) {
                    seen.add(codec.decode(record.value()));
                }
            }
            assertThat(seen).extracting(EventEnvelope::type).contains("SignatoryMarkedAbsent");
        });
        reader.close();
        assertThat(seen)
                .extracting(EventEnvelope::type)
                .filteredOn(type -> List.of(
                                "SigningOpened",
                                "TabletDisconnected",
                                "SignatoryCalled",
                                "SignatureConfirmed",
                                "SignatoryMarkedAbsent")
                        .contains(type))
                .containsExactly(
                        "SigningOpened",
                        "TabletDisconnected",
                        "TabletDisconnected",
                        "SignatoryCalled",
                        "SignatureConfirmed",
                        "SignatoryMarkedAbsent");
        List<TabletDisconnected> reported = seen.stream()
                .filter(envelope -> envelope.type().equals("TabletDisconnected"))
                .map(envelope -> codec.payload(envelope, TabletDisconnected.class))
                .toList();
        assertThat(reported).extracting(TabletDisconnected::signatoryId).containsExactly(alpha, beta);
        assertThat(reported.get(0)).satisfies(first -> {
            assertThat(first.ceremonyId()).isEqualTo(id);
            assertThat(first.cityId()).isEqualTo("alpha");
            assertThat(first.cityName()).isEqualTo(LocalizedText.of("Alpha市", "Alpha"));
            assertThat(UUID.fromString(first.deviceId())).isNotNull();
            assertThat(first.disconnectedAt()).isNotNull();
        });
    }

    @Test
    void organisersSetUpACeremonyAndBadDeclarationsAreRefusedWithEveryProblemAndStoreNothing() {
        Map<String, Object> zhHant = Map.of("title", "宣言", "preamble", "", "articles", List.of("第一條。"), "place", "臺北");
        Map<String, Object> english =
                Map.of("title", "Declaration", "preamble", "", "articles", List.of("Article one."), "place", "Taipei");
        Map<String, Object> bad = new HashMap<>(Map.of(
                "name", Map.of("zh-Hant", "新典禮", "en", ""),
                "zhHant", Map.of("title", "宣言", "articles", List.of(" "), "place", "臺北"),
                "en", english));
        String before =
                ceremonies.current().map(ceremony -> ceremony.id().toString()).orElse("");

        Map<String, Object> refused = refusal(organiser.send(HttpRequest.POST("/api/ceremonies", bad)));

        assertThat(refused).containsEntry("status", 400);
        assertThat(list(refused, "errors"))
                .extracting(error -> error.get("field") + ":" + error.get("code"))
                .containsExactlyInAnyOrder(
                        "name.en:value.required",
                        "zhHant.articles[0]:value.required",
                        "signedOn:declaration.date.missing");
        assertThat(ceremonies
                        .current()
                        .map(ceremony -> ceremony.id().toString())
                        .orElse(""))
                .isEqualTo(before);

        Map<String, Object> created = body(organiser.send(HttpRequest.POST(
                "/api/ceremonies",
                Map.of(
                        "name",
                        Map.of("zh-Hant", "新典禮", "en", "A new ceremony"),
                        "zhHant",
                        zhHant,
                        "en",
                        english,
                        "signedOn",
                        "2016-03-23"))));
        assertThat(map(created, "ceremony")).containsEntry("state", "draft");
        assertThat(map(map(created, "declaration"), "en")).containsEntry("articles", List.of("Article one."));
        assertThat(body(staff.send(HttpRequest.GET("/api/ceremonies/current"))))
                .extracting(current -> map(current, "ceremony").get("id"))
                .isEqualTo(map(created, "ceremony").get("id"));
    }

    // --- helpers

    private Map<String, Object> console(String id) {
        return body(staff.send(HttpRequest.GET("/api/ceremonies/" + id + "/console")));
    }

    /**
     * Waits until the console shows the signatory's tablet so: a tablet that closed shows as connected until its
     * disconnection is dealt with, so "paired" means it was.
     */
    private void awaitTablet(String id, String signatoryId, String tablet) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> list(console(id), "signatories").stream()
                        .filter(entry ->
                                signatoryId.equals(map(entry, "signatory").get("signatoryId")))
                        .anyMatch(entry -> tablet.equals(entry.get("tablet"))));
    }

    private String newCeremony() {
        return ceremonies
                .create(
                        LocalizedText.of("測試簽署", "Test signing " + UUID.randomUUID()),
                        DemoDeclaration.TAIPEI_2016,
                        "test")
                .id()
                .toString();
    }

    private String pair(String kind, String ceremonyId, String signatoryId) {
        return DeviceTokens.pair(http, staff, kind, ceremonyId, signatoryId);
    }

    private static MutableHttpRequest<?> tabletSend(String token, String path, long lastSeq) {
        return HttpRequest.POST(path, Map.of("lastSeq", lastSeq)).bearerAuth(token);
    }

    private Map<String, Object> sealAttempt(String id) {
        try {
            return http.toBlocking()
                    .retrieve(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/seal", "")), JSON);
        } catch (HttpClientResponseException pending) {
            // The last strokes may still be on their way from the topic to the record: the seal says so, 409.
            assertThat(pending.getStatus().getCode()).isEqualTo(409);
            return Map.of();
        }
    }

    static Map<String, Object> strokes(long seq, int stroke) {
        return Map.of("type", "strokes", "seq", seq, "points", points(stroke, 0.1 * (seq % 10)));
    }

    static List<Map<String, Object>> points(int stroke, double offset) {
        long now = System.currentTimeMillis();
        return List.of(
                Map.of("s", stroke, "x", 0.1 + offset / 2, "y", 0.5, "p", 0.5, "t", now),
                Map.of("s", stroke, "x", 0.2 + offset / 2, "y", 0.55, "p", 0.6, "t", now + 16));
    }

    /** The numbers of the batches and clears a screen got for a signatory, in the order received. */
    static List<Long> shown(Socket screen, String signatoryId) {
        List<Long> seqs = new ArrayList<>();
        for (Map<String, Object> message : screen.received()) {
            if (signatoryId.equals(message.get("signatoryId"))) {
                seqs.add(seq(message));
            }
        }
        return seqs;
    }

    private Map<String, Object> body(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request, JSON);
    }

    private Map<String, Object> refusal(MutableHttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, JSON);
        } catch (HttpClientResponseException refused) {
            Map<String, Object> problem =
                    new HashMap<>(refused.getResponse().getBody(JSON).orElseThrow());
            problem.put("status", refused.getStatus().getCode());
            return problem;
        }
        throw new AssertionError("Expected a refusal of " + request.getPath());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> body, String key) {
        return (Map<String, Object>) body.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }
}
