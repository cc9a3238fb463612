package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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
import org.summit.api.accounts.LoggedIn;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * With no trusted proxy configured (the default), a client that sends {@code X-Forwarded-Proto} or
 * {@code X-Forwarded-For} itself changes nothing: it cannot pass for another address in the audit log or the login
 * throttle, nor get a Secure cookie over plain HTTP. {@link BehindAVenueProxyIntegrationTest} is the other way.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardedHeadersIgnoredIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Test
    void aClientCannotClaimAnotherAddressOrTls() {
        String email = "spoof." + UUID.randomUUID() + "@test.summit";
        accounts.createActive(email, "Spoofer", Role.STAFF, null, LoggedIn.PASSWORD);

        HttpResponse<?> login = http.toBlocking()
                .exchange(HttpRequest.POST("/api/session", Map.of("email", email, "password", LoggedIn.PASSWORD))
                        .header("X-Forwarded-For", "203.0.113.7")
                        .header("X-Forwarded-Proto", "https"));

        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE))
                .containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
        String address = audit.latest(AuditAction.LOGIN_SUCCEEDED, 100).stream()
                .filter(entry -> email.equals(entry.subject()))
                .map(AuditEntry::clientAddress)
                .findFirst()
                .orElseThrow();
        assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aTrustedProxySettingThatIsNotAnAddressIsRefusedAtStart() {
        for (String setting : List.of("proxy.example.org", "10.0.0.0/33", "10.0.0.1/x", "::1/129", "10.0.0.0/8/1")) {
            assertThatThrownBy(() -> new TrustedProxies(setting))
                    .as(setting)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("SUMMIT_TRUSTED_PROXIES");
        }
    }
}
