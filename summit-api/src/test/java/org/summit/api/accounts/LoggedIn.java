package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.cookie.Cookie;
import java.util.Map;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;

/**
 * A browser's session for tests: logs in through the API like the UI does and adds the session cookie and the
 * CSRF token to the requests it is given.
 */
public record LoggedIn(String email, String sessionToken, String csrfToken) {

    public static final String PASSWORD = "correct horse battery staple";

    /** Creates an active account with {@link #PASSWORD} and logs it in. */
    public static LoggedIn as(AccountService accounts, HttpClient http, Role role, String cityId) {
        String email = role.code() + "." + java.util.UUID.randomUUID() + "@test.summit";
        accounts.createActive(email, "Test " + role.code(), role, cityId, PASSWORD);
        return login(http, email, PASSWORD);
    }

    public static LoggedIn login(HttpClient http, String email, String password) {
        HttpResponse<Map> response = http.toBlocking()
                .exchange(HttpRequest.POST("/api/session", Map.of("email", email, "password", password)), Map.class);
        Cookie cookie = response.getCookie(SessionTokens.COOKIE).orElseThrow();
        return new LoggedIn(email, cookie.getValue(), (String) response.body().get("csrfToken"));
    }

    /** The request as this browser sends it: with the session cookie and the CSRF token. */
    public <T> MutableHttpRequest<T> send(MutableHttpRequest<T> request) {
        return request.cookie(Cookie.of(SessionTokens.COOKIE, sessionToken))
                .header(SessionTokens.CSRF_HEADER, csrfToken);
    }

    /** The request with the session cookie only, as a forged cross-site request would carry it. */
    public <T> MutableHttpRequest<T> sendWithoutCsrfToken(MutableHttpRequest<T> request) {
        return request.cookie(Cookie.of(SessionTokens.COOKIE, sessionToken));
    }
}
