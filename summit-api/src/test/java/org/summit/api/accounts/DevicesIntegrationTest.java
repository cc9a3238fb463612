package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditEntry;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * Pairing codes are for the ceremony that exists, cannot be guessed at leisure, and a paired device can be revoked.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The throttle test spends the address's wrong codes: it runs last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevicesIntegrationTest implements KafkaTestSupport {

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

    @Inject
    AuditLog audit;

    @Inject
    RefusedAttemptsAudit refusals;

    private TestCeremony ceremony;
    private LoggedIn staff;

    @BeforeAll
    void aCeremonyWithASignatory() {
        ceremony = TestCeremony.ready(summits, cities, roll, ceremonies);
        staff = LoggedIn.as(accounts, http, Role.STAFF, null);
    }

    @Test
    void codesAreIssuedOnlyForTheCeremonyAndSignatoriesThatExist() {
        HttpClientResponseException unknownCeremony =
                refused(staff.send(HttpRequest.POST("/api/devices/pairings", pairing("screen", "ceremony-1", null))));
        HttpClientResponseException unknownSignatory = refused(staff.send(HttpRequest.POST(
                "/api/devices/pairings",
                pairing("tablet", ceremony.ceremonyId(), UUID.randomUUID().toString()))));
        HttpClientResponseException both = refused(
                staff.send(HttpRequest.POST("/api/devices/pairings", pairing("tablet", "any string", "signatory-1"))));

        assertThat(unknownCeremony.getStatus().getCode()).isEqualTo(400);
        assertThat(fieldCodes(unknownCeremony)).containsExactly("ceremonyId:pairing.ceremony.unknown");
        assertThat(fieldCodes(unknownSignatory)).containsExactly("signatoryId:pairing.signatory.unknown");
        assertThat(fieldCodes(both))
                .containsExactlyInAnyOrder(
                        "ceremonyId:pairing.ceremony.unknown", "signatoryId:pairing.signatory.unknown");
        assertThat(status(staff.send(HttpRequest.POST(
                        "/api/devices/pairings", pairing("tablet", ceremony.ceremonyId(), ceremony.signatoryId())))))
                .isEqualTo(201);
    }

    @Test
    void staffListPairedDevicesAndARevokedDevicesNextRequestIsRefused() {
        PairedDevice tablet = PairedDevice.pair(http, staff, "tablet", ceremony);
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        assertThat(status(tablet.send(HttpRequest.GET("/api/devices/me")))).isEqualTo(200);
        List<Map<String, Object>> listed = http.toBlocking()
                .retrieve(
                        organiser.send(HttpRequest.GET("/api/devices")),
                        Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> entry = listed.stream()
                .filter(device -> ceremony.signatoryId().equals(device.get("signatoryId")))
                .findFirst()
                .orElseThrow();
        assertThat(entry)
                .containsEntry("kind", "tablet")
                .containsEntry("ceremonyId", ceremony.ceremonyId())
                .containsEntry("signatoryName", Map.of("zh-Hant", "測試市長", "en", "Test Mayor"));
        String id = (String) entry.get("id");

        assertThat(status(staff.send(HttpRequest.DELETE("/api/devices/" + id)))).isEqualTo(204);

        assertThat(status(tablet.send(HttpRequest.GET("/api/devices/me")))).isEqualTo(401);
        assertThat(http
                        .toBlocking()
                        .retrieve(
                                staff.send(HttpRequest.GET("/api/devices")),
                                Argument.listOf(Argument.mapOf(String.class, Object.class)))
                        .stream()
                        .map(device -> device.get("id")))
                .doesNotContain(id);
        assertThat(audit.latest(AuditAction.DEVICE_REVOKED, 10))
                .anySatisfy(revoked -> assertThat(revoked.subject()).isEqualTo(id));
        HttpClientResponseException unknown =
                refused(staff.send(HttpRequest.DELETE("/api/devices/" + UUID.randomUUID())));
        assertThat(unknown.getStatus().getCode()).isEqualTo(404);
        assertThat(AccessChangesIntegrationTest.code(unknown)).isEqualTo("device.not-found");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void wrongPairingCodesAreAuditedAndThrottledPerAddressWhileRightOnesAreNot() {
        int failuresBefore =
                audit.latest(AuditAction.DEVICE_PAIRING_FAILED, 1000).size();
        for (int guess = 0; guess < PairingThrottle.PER_ADDRESS; guess++) {
            assertThat(status(HttpRequest.POST("/api/devices/pair", Map.of("code", "ABCD-EFG" + guess))))
                    .isEqualTo(410);
        }

        HttpClientResponseException throttled =
                refused(HttpRequest.POST("/api/devices/pair", Map.of("code", issueCode())));

        assertThat(throttled.getStatus().getCode()).isEqualTo(429);
        assertThat(AccessChangesIntegrationTest.code(throttled)).isEqualTo("pairing.throttled");
        assertThat(Long.parseLong(throttled.getResponse().getHeaders().get("Retry-After")))
                .isPositive();
        assertThat(audit.latest(AuditAction.DEVICE_PAIRING_FAILED, 1000))
                .hasSize(failuresBefore + PairingThrottle.PER_ADDRESS);
        refusals.writeWindowsClosedBy(Instant.now().plus(RefusedAttemptsAudit.WINDOW));
        List<AuditEntry> summary = audit.latest(AuditAction.DEVICE_PAIRING_THROTTLED, 10);
        assertThat(summary).hasSize(1);
        assertThat(audit.details(summary.get(0))).containsEntry("count", 1);
    }

    private String issueCode() {
        Map<?, ?> code = http.toBlocking()
                .retrieve(
                        staff.send(HttpRequest.POST(
                                "/api/devices/pairings", pairing("screen", ceremony.ceremonyId(), null))),
                        Map.class);
        return (String) code.get("code");
    }

    private static Map<String, Object> pairing(String kind, String ceremonyId, String signatoryId) {
        Map<String, Object> pairing = new HashMap<>(Map.of("kind", kind, "ceremonyId", ceremonyId));
        if (signatoryId != null) {
            pairing.put("signatoryId", signatoryId);
        }
        return pairing;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fieldCodes(HttpClientResponseException refused) {
        Map<String, Object> problem = refused.getResponse()
                .getBody(Argument.mapOf(String.class, Object.class))
                .orElseThrow();
        return ((List<Map<String, Object>>) problem.get("errors"))
                .stream()
                        .map(error -> error.get("field") + ":" + error.get("code"))
                        .toList();
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
            throw new AssertionError(request.getMethodName() + " " + request.getPath() + " was accepted");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
