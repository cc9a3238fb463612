package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.AuditOutcome;
import org.summit.accounts.Role;
import org.summit.shared.EmailAddress;
import org.summit.shared.kafka.KafkaTestSupport;

/** A session holder guessing the current password is throttled and audited like a login. */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordChangeThrottleIntegrationTest implements KafkaTestSupport {

    private static final String NEW_PASSWORD = "a new password of some length";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Test
    void tenWrongCurrentPasswordsThrottleTheNextChangeEvenWithTheRightOneAndEachIsAudited() {
        LoggedIn holder = LoggedIn.as(accounts, http, Role.STAFF, null);
        String email = EmailAddress.normalise(holder.email());
        for (int guess = 0; guess < LoginThrottle.PER_ACCOUNT; guess++) {
            HttpClientResponseException wrong = change(holder, "guess number " + guess);
            assertThat(wrong.getStatus().getCode()).isEqualTo(400);
            assertThat(fieldCodes(wrong)).containsExactly("password.wrong");
        }

        HttpClientResponseException throttled = change(holder, LoggedIn.PASSWORD);

        assertThat(throttled.getStatus().getCode()).isEqualTo(429);
        assertThat(AccessChangesIntegrationTest.code(throttled)).isEqualTo("password.throttled");
        assertThat(Long.parseLong(throttled.getResponse().getHeaders().get("Retry-After")))
                .isPositive();
        assertThat(audit.latest(AuditAction.PASSWORD_CHANGE_FAILED, 100).stream()
                        .filter(entry -> email.equals(entry.subject()))
                        .toList())
                .hasSize(LoginThrottle.PER_ACCOUNT)
                .allSatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo(email);
                    assertThat(entry.outcome()).isEqualTo(AuditOutcome.WRONG_CREDENTIALS.code());
                });
        assertThat(login(holder.email(), LoggedIn.PASSWORD))
                .as("the guesses count against the account's logins too")
                .isEqualTo(429);
    }

    @Test
    void theRightCurrentPasswordChangesItAndClearsTheGuesses() {
        LoggedIn holder = LoggedIn.as(accounts, http, Role.STAFF, null);
        for (int guess = 0; guess < LoginThrottle.PER_ACCOUNT - 1; guess++) {
            assertThat(change(holder, "guess number " + guess).getStatus().getCode())
                    .isEqualTo(400);
        }

        assertThat(http.toBlocking()
                        .exchange(
                                holder.send(HttpRequest.POST(
                                        "/api/session/password",
                                        Map.of("currentPassword", LoggedIn.PASSWORD, "newPassword", NEW_PASSWORD))),
                                String.class)
                        .code())
                .isEqualTo(204);
        assertThat(login(holder.email(), NEW_PASSWORD)).isEqualTo(200);
    }

    private HttpClientResponseException change(LoggedIn holder, String current) {
        try {
            http.toBlocking()
                    .exchange(
                            holder.send(HttpRequest.POST(
                                    "/api/session/password",
                                    Map.of("currentPassword", current, "newPassword", NEW_PASSWORD))),
                            String.class);
            throw new AssertionError("The password change with '" + current + "' was accepted");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fieldCodes(HttpClientResponseException refused) {
        Map<String, Object> problem = refused.getResponse()
                .getBody(Argument.mapOf(String.class, Object.class))
                .orElseThrow();
        return ((List<Map<String, Object>>) problem.get("errors"))
                .stream().map(error -> error.get("code")).toList();
    }

    private int login(String email, String password) {
        try {
            return http.toBlocking()
                    .exchange(
                            HttpRequest.POST("/api/session", Map.of("email", email, "password", password)),
                            String.class)
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
