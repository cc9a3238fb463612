package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.Session;
import org.summit.api.web.TrustedProxies;

/**
 * Opens a browser session: the signed token in an HttpOnly, SameSite=Strict cookie, Secure over TLS (also when a
 * trusted proxy terminated it).
 */
@Singleton
class SessionCookies {

    private final SessionTokens tokens;
    private final TrustedProxies proxies;

    SessionCookies(SessionTokens tokens, TrustedProxies proxies) {
        this.tokens = tokens;
        this.proxies = proxies;
    }

    <T> MutableHttpResponse<T> open(
            MutableHttpResponse<T> response, HttpRequest<?> request, Account account, Session session) {
        return response.cookie(cookie(request, tokens.sessionToken(account, session), SessionTokens.VALIDITY));
    }

    <T> MutableHttpResponse<T> close(MutableHttpResponse<T> response, HttpRequest<?> request) {
        return response.cookie(cookie(request, "", Duration.ZERO));
    }

    SessionView view(Account account, UUID sessionId) {
        return new SessionView(AccountView.of(account), tokens.csrfToken(sessionId.toString()));
    }

    private Cookie cookie(HttpRequest<?> request, String value, Duration maxAge) {
        return Cookie.of(SessionTokens.COOKIE, value)
                .httpOnly(true)
                .secure(proxies.isSecure(request))
                .sameSite(SameSite.Strict)
                .path("/")
                .maxAge(maxAge);
    }
}
