package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditEntry;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.shared.kafka.KafkaTestSupport;

/** Refused logins cost nothing to send, so they must not cost a row each in the audit log. */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedAttemptsAuditIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    RefusedAttemptsAudit refusals;

    @Test
    void throttledLoginsWriteOneEntryPerAddressEmailAndWindowWithTheirCount() {
        String email = "flooded." + UUID.randomUUID() + "@test.summit";
        accounts.createActive(email, "Flooded", Role.STAFF, null, LoggedIn.PASSWORD);
        for (int attempt = 0; attempt < LoginThrottle.PER_ACCOUNT; attempt++) {
            assertThat(login(email, "wrong password " + attempt)).isEqualTo(401);
        }
        for (int attempt = 0; attempt < 300; attempt++) {
            assertThat(login(attempt % 2 == 0 ? email : " " + email.toUpperCase(), "guess " + attempt))
                    .isEqualTo(429);
        }

        assertThat(throttled(email))
                .as("nothing written while the window is open")
                .isEmpty();
        assertThat(failed(email))
                .as("each checked password is recorded at once")
                .hasSize(LoginThrottle.PER_ACCOUNT);

        refusals.writeWindowsClosedBy(Instant.now().plus(RefusedAttemptsAudit.WINDOW));

        List<AuditEntry> entries = throttled(email);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).clientAddress()).isEqualTo("127.0.0.1");
        assertThat(audit.details(entries.get(0))).containsEntry("count", 300).containsKeys("first", "last");
    }

    private List<AuditEntry> throttled(String email) {
        return audit.latest(AuditAction.LOGIN_THROTTLED, 1000).stream()
                .filter(entry -> email.equals(entry.subject()))
                .toList();
    }

    private List<AuditEntry> failed(String email) {
        return audit.latest(AuditAction.LOGIN_FAILED, 1000).stream()
                .filter(entry -> email.equals(entry.subject()))
                .toList();
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
