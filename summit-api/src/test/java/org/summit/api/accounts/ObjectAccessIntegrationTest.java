package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.shared.kafka.KafkaTestSupport;

/** Checks on the object, not only the role: a delegate cannot reach another city's people by guessing ids. */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectAccessIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    AuditLog audit;

    @Inject
    SummitService summits;

    @Inject
    SigningRoll roll;

    @Inject
    CeremonyService ceremonies;

    @Test
    void aDelegateOfOrlandoReadsOrlandosDelegationButNotEindhovens() {
        LoggedIn orlando = LoggedIn.as(accounts, http, Role.DELEGATE, "orlando");
        Account colleague = accounts.createActive(
                "colleague." + UUID.randomUUID() + "@orlando.test",
                "Colleague",
                Role.DELEGATE,
                "orlando",
                LoggedIn.PASSWORD);
        Account eindhoven = accounts.createActive(
                "mayor." + UUID.randomUUID() + "@eindhoven.test",
                "Mayor",
                Role.DELEGATE,
                "eindhoven",
                LoggedIn.PASSWORD);

        assertThat(status(orlando.send(HttpRequest.GET("/api/accounts/" + colleague.id()))))
                .isEqualTo(200);
        assertThat(status(orlando.send(HttpRequest.GET("/api/accounts/" + eindhoven.id()))))
                .as("another city's person looks like an id that does not exist")
                .isEqualTo(404);
        assertThat(status(orlando.send(
                        HttpRequest.PUT("/api/accounts/" + eindhoven.id() + "/role", Map.of("role", "organiser")))))
                .isEqualTo(403);
        assertThat(accounts.findById(eindhoven.id()).orElseThrow().role()).isEqualTo(Role.DELEGATE);
    }

    @Test
    void aDelegateBelongsToAnAttendingCityNotToATypo() {
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        Account staff = accounts.createActive(
                "staff." + UUID.randomUUID() + "@test.summit", "Staff", Role.STAFF, null, LoggedIn.PASSWORD);

        assertThat(status(organiser.send(HttpRequest.PUT(
                        "/api/accounts/" + staff.id() + "/role", Map.of("role", "delegate", "cityId", "orlndo")))))
                .isEqualTo(400);
        assertThat(status(organiser.send(HttpRequest.POST(
                        "/api/accounts/invitations",
                        Map.of(
                                "email", "typo." + UUID.randomUUID() + "@test.summit",
                                "displayName", "Typo",
                                "role", "delegate",
                                "cityId", "orlndo")))))
                .isEqualTo(400);
        assertThat(accounts.findById(staff.id()).orElseThrow().role()).isEqualTo(Role.STAFF);
    }

    @Test
    void anOrganiserChangesARoleAndTheAuditLogSaysSo() {
        TestCities.register(cities, "taipei");
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        Account staff = accounts.createActive(
                "staff." + UUID.randomUUID() + "@test.summit", "Staff", Role.STAFF, null, LoggedIn.PASSWORD);

        assertThat(status(organiser.send(HttpRequest.PUT(
                        "/api/accounts/" + staff.id() + "/role", Map.of("role", "delegate", "cityId", "taipei")))))
                .isEqualTo(200);

        assertThat(accounts.findById(staff.id()).orElseThrow().role()).isEqualTo(Role.DELEGATE);
        assertThat(audit.latest(AuditAction.ROLE_CHANGED, 10)).anySatisfy(entry -> {
            assertThat(entry.subject()).isEqualTo(staff.email());
            assertThat(audit.details(entry)).containsEntry("from", "staff").containsEntry("to", "delegate");
        });
    }

    @Test
    void aPairingCodeWorksOnceAndItsTabletCanDoNothingButBeATablet() {
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        TestCeremony ceremony = TestCeremony.ready(summits, cities, roll, ceremonies);
        Map<?, ?> code = http.toBlocking()
                .retrieve(
                        staff.send(HttpRequest.POST(
                                "/api/devices/pairings",
                                Map.of(
                                        "kind",
                                        "tablet",
                                        "ceremonyId",
                                        ceremony.ceremonyId(),
                                        "signatoryId",
                                        ceremony.signatoryId()))),
                        Map.class);

        Map<?, ?> credential = http.toBlocking()
                .retrieve(HttpRequest.POST("/api/devices/pair", Map.of("code", code.get("code"))), Map.class);
        assertThat(status(HttpRequest.POST("/api/devices/pair", Map.of("code", code.get("code")))))
                .as("single use")
                .isEqualTo(410);

        PairedDevice tablet = new PairedDevice((String) credential.get("token"));
        Map<String, Object> me = http.toBlocking().retrieve(tablet.send(HttpRequest.GET("/api/devices/me")), Map.class);
        assertThat(me).containsEntry("kind", "tablet").containsEntry("signatoryId", ceremony.signatoryId());
        assertThat(status(tablet.send(HttpRequest.GET("/api/accounts")))).isEqualTo(403);
        assertThat(status(tablet.send(HttpRequest.GET("/api/session")))).isEqualTo(403);
        assertThat(audit.latest(AuditAction.DEVICE_PAIRED, 10)).isNotEmpty();
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
