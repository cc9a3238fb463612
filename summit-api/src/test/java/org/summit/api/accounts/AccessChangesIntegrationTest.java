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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.cities.CitiesService;
import org.summit.shared.EmailAddress;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * A change of someone's access (a new role, a new city, a deactivation) reaches every session they have open at its
 * very next request: the role is read from the account, not from the token issued at login.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessChangesIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    AuditLog audit;

    @Test
    void aDemotedOrganisersNextRequestWithTheSameCookieIsRefused() {
        LoggedIn boss = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        LoggedIn demoted = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        LoggedIn demotedElsewhere = LoggedIn.login(http, demoted.email(), LoggedIn.PASSWORD);
        UUID demotedId = idOf(demoted);
        assertThat(status(demoted.send(HttpRequest.GET("/api/accounts")))).isEqualTo(200);

        assertThat(status(boss.send(HttpRequest.PUT("/api/accounts/" + demotedId + "/role", Map.of("role", "staff")))))
                .isEqualTo(200);

        for (LoggedIn session : List.of(demoted, demotedElsewhere)) {
            assertThat(status(session.send(HttpRequest.GET("/api/accounts")))).isEqualTo(403);
            assertThat(status(session.send(HttpRequest.GET("/api/audit")))).isEqualTo(403);
            assertThat(status(session.send(
                            HttpRequest.PUT("/api/accounts/" + demotedId + "/role", Map.of("role", "organiser")))))
                    .isEqualTo(403);
            assertThat(status(session.send(HttpRequest.POST(
                            "/api/accounts/invitations",
                            Map.of("email", "new.organiser@test.summit", "displayName", "X", "role", "organiser")))))
                    .isEqualTo(403);
            Map<?, ?> view = http.toBlocking().retrieve(session.send(HttpRequest.GET("/api/session")), Map.class);
            assertThat(((Map<?, ?>) view.get("account")).get("role")).isEqualTo("staff");
        }
        assertThat(accounts.findById(demotedId).orElseThrow().role()).isEqualTo(Role.STAFF);
    }

    @Test
    void aPromotionReachesTheOpenSessionAtOnce() {
        LoggedIn boss = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        assertThat(status(staff.send(HttpRequest.GET("/api/audit")))).isEqualTo(403);

        assertThat(status(boss.send(
                        HttpRequest.PUT("/api/accounts/" + idOf(staff) + "/role", Map.of("role", "organiser")))))
                .isEqualTo(200);

        assertThat(status(staff.send(HttpRequest.GET("/api/audit")))).isEqualTo(200);
    }

    @Test
    void aDelegateMovedToAnotherCitySeesTheNewCitysPeopleAtTheNextRequest() {
        TestCities.register(cities, "orlando");
        TestCities.register(cities, "eindhoven");
        LoggedIn boss = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        LoggedIn moved = LoggedIn.as(accounts, http, Role.DELEGATE, "orlando");
        Account colleague = accounts.createActive(
                "colleague." + UUID.randomUUID() + "@test.summit",
                "Colleague",
                Role.DELEGATE,
                "eindhoven",
                LoggedIn.PASSWORD);
        assertThat(status(moved.send(HttpRequest.GET("/api/accounts/" + colleague.id()))))
                .isEqualTo(404);

        assertThat(status(boss.send(HttpRequest.PUT(
                        "/api/accounts/" + idOf(moved) + "/role", Map.of("role", "delegate", "cityId", "eindhoven")))))
                .isEqualTo(200);

        assertThat(status(moved.send(HttpRequest.GET("/api/accounts/" + colleague.id()))))
                .isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountsSessionsEndAndItCannotLogInUntilReactivated() {
        LoggedIn boss = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        LoggedIn leaver = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        UUID leaverId = idOf(leaver);

        Map<String, Object> deactivated = http.toBlocking()
                .retrieve(
                        boss.send(HttpRequest.POST("/api/accounts/" + leaverId + "/deactivation", Map.of())),
                        Argument.mapOf(String.class, Object.class));

        assertThat(deactivated).containsEntry("active", false).containsEntry("deactivated", true);
        assertThat(status(leaver.send(HttpRequest.GET("/api/session")))).isEqualTo(401);
        assertThat(status(leaver.send(HttpRequest.GET("/api/accounts")))).isEqualTo(401);
        HttpClientResponseException login = refusedLogin(leaver.email(), LoggedIn.PASSWORD);
        assertThat(login.getStatus().getCode()).isEqualTo(401);
        assertThat(code(login)).isEqualTo("login.wrong-credentials");
        assertThat(audit.latest(AuditAction.ACCOUNT_DEACTIVATED, 20))
                .anySatisfy(entry -> assertThat(entry.subject()).isEqualTo(EmailAddress.normalise(leaver.email())));

        Map<String, Object> reactivated = http.toBlocking()
                .retrieve(
                        boss.send(HttpRequest.DELETE("/api/accounts/" + leaverId + "/deactivation")),
                        Argument.mapOf(String.class, Object.class));

        assertThat(reactivated).containsEntry("active", true).containsEntry("deactivated", false);
        assertThat(status(leaver.send(HttpRequest.GET("/api/session"))))
                .as("an ended session stays ended")
                .isEqualTo(401);
        LoggedIn back = LoggedIn.login(http, leaver.email(), LoggedIn.PASSWORD);
        assertThat(status(back.send(HttpRequest.GET("/api/accounts")))).isEqualTo(200);
        assertThat(audit.latest(AuditAction.ACCOUNT_REACTIVATED, 20))
                .anySatisfy(entry -> assertThat(entry.subject()).isEqualTo(EmailAddress.normalise(leaver.email())));
    }

    @Test
    void anOrganiserCannotDeactivateThemselves() {
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);

        HttpClientResponseException refused = refused(
                organiser.send(HttpRequest.POST("/api/accounts/" + idOf(organiser) + "/deactivation", Map.of())));

        assertThat(refused.getStatus().getCode()).isEqualTo(409);
        assertThat(code(refused)).isEqualTo("account.deactivate.self");
        assertThat(status(organiser.send(HttpRequest.GET("/api/accounts")))).isEqualTo(200);
    }

    @Test
    void deactivatingAnUnknownAccountIsANotFound() {
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);

        HttpClientResponseException refused = refused(
                organiser.send(HttpRequest.POST("/api/accounts/" + UUID.randomUUID() + "/deactivation", Map.of())));

        assertThat(refused.getStatus().getCode()).isEqualTo(404);
        assertThat(code(refused)).isEqualTo("account.not-found");
    }

    @Test
    void aRefusedRoleStoresNoAccountAndChangesNoRole() {
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        String email = "unknown.role." + UUID.randomUUID() + "@test.summit";

        HttpClientResponseException invitation = refused(organiser.send(HttpRequest.POST(
                "/api/accounts/invitations", Map.of("email", email, "displayName", "Someone", "role", "king"))));
        HttpClientResponseException roleChange = refused(
                organiser.send(HttpRequest.PUT("/api/accounts/" + idOf(staff) + "/role", Map.of("role", "king"))));

        assertThat(invitation.getStatus().getCode()).isEqualTo(400);
        assertThat(roleChange.getStatus().getCode()).isEqualTo(400);
        assertThat(accounts.list()).noneMatch(account -> account.email().equals(email));
        assertThat(accounts.findById(idOf(staff)).orElseThrow().role()).isEqualTo(Role.STAFF);
    }

    private UUID idOf(LoggedIn session) {
        Map<?, ?> view = http.toBlocking().retrieve(session.send(HttpRequest.GET("/api/session")), Map.class);
        return UUID.fromString((String) ((Map<?, ?>) view.get("account")).get("id"));
    }

    private HttpClientResponseException refusedLogin(String email, String password) {
        return refused(HttpRequest.POST("/api/session", Map.of("email", email, "password", password)));
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request) {
        try {
            http.toBlocking().exchange(request, String.class);
            throw new AssertionError(request.getMethodName() + " " + request.getPath() + " was accepted");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    static String code(HttpClientResponseException refused) {
        return String.valueOf(refused.getResponse()
                .getBody(Argument.mapOf(String.class, Object.class))
                .orElseThrow()
                .get("code"));
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
