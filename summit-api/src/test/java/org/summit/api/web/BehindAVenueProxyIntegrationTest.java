package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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
 * Summit as a venue runs it: behind its TLS-terminating reverse proxy (here the test client on loopback, named in
 * {@code SUMMIT_TRUSTED_PROXIES}), with the big screen shown in a frame of the venue's own page
 * ({@code SUMMIT_FRAME_ANCESTORS}). {@link ForwardedHeadersIgnoredIntegrationTest} is the same without the settings.
 */
@MicronautTest(environments = "api", transactional = false)
@Property(name = "summit.web.trusted-proxies", value = "127.0.0.1, ::1/128")
@Property(name = "summit.web.frame-ancestors", value = "https://venue.example.org 'self'")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BehindAVenueProxyIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysTheBrowserUsedTls() {
        String email = newAccount();

        HttpResponse<?> login = http.toBlocking()
                .exchange(HttpRequest.POST("/api/session", credentials(email)).header("X-Forwarded-Proto", "https"));

        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE))
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly");
    }

    @Test
    void theCookieIsNotSecureWhenTheProxySaysPlainHttp() {
        String email = newAccount();

        HttpResponse<?> login = http.toBlocking()
                .exchange(HttpRequest.POST("/api/session", credentials(email))
                        .header("X-Forwarded-Proto", "https, http"));

        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void theAuditLogRecordsTheClientAddressTheProxyForwarded() {
        String email = newAccount();

        http.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/session", credentials(email)).header("X-Forwarded-For", "203.0.113.7"));

        assertThat(loginAddress(email)).isEqualTo("203.0.113.7");
    }

    @Test
    void anAddressTheClientPutInFrontOfTheChainIsNotBelieved() {
        String email = newAccount();

        // The client sent "198.51.100.1"; the proxy appended the address it saw, then a second trusted hop its own.
        http.toBlocking()
                .exchange(HttpRequest.POST("/api/session", credentials(email))
                        .header("X-Forwarded-For", "198.51.100.1, 203.0.113.9, 127.0.0.1"));

        assertThat(loginAddress(email)).isEqualTo("203.0.113.9");
    }

    @Test
    void theVenuesPageMayFrameTheAppsPagesButNotTheApi() {
        HttpResponse<String> screen =
                http.toBlocking().exchange(HttpRequest.GET("/screen").accept(MediaType.TEXT_HTML_TYPE), String.class);

        assertThat(screen.header(SecurityHeaders.CSP))
                .contains("frame-ancestors https://venue.example.org 'self'")
                .contains("script-src 'self'");
        assertThat(screen.header("X-Frame-Options"))
                .as("would forbid what CSP allows")
                .isNull();

        HttpResponse<String> summits = http.toBlocking().exchange(HttpRequest.GET("/api/summits"), String.class);
        assertThat(summits.header(SecurityHeaders.CSP)).contains("frame-ancestors 'none'");
    }

    private String newAccount() {
        String email = "proxy." + UUID.randomUUID() + "@test.summit";
        accounts.createActive(email, "Behind a proxy", Role.STAFF, null, LoggedIn.PASSWORD);
        return email;
    }

    private static Map<String, String> credentials(String email) {
        return Map.of("email", email, "password", LoggedIn.PASSWORD);
    }

    private String loginAddress(String email) {
        return audit.latest(AuditAction.LOGIN_SUCCEEDED, 100).stream()
                .filter(entry -> email.equals(entry.subject()))
                .map(AuditEntry::clientAddress)
                .findFirst()
                .orElseThrow();
    }
}
