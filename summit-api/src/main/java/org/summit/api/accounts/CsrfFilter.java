package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.util.Set;
import org.summit.api.web.Problem;
import org.summit.api.web.ProblemKind;
import org.summit.api.web.WebProblem;

/**
 * Refuses a state-changing request that a browser sent with the session cookie but without the session's CSRF
 * token in the {@value SessionTokens#CSRF_HEADER} header: another site can make the browser send the cookie, but
 * cannot read the token. Requests authenticated with a bearer token (devices) carry no cookie and need none.
 */
@ServerFilter("/api/**")
class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final SessionTokens tokens;

    CsrfFilter(SessionTokens tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireCsrfToken(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || request.getCookies().get(SessionTokens.COOKIE) == null) {
            return null;
        }
        Object sessionId = request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getAttributes().get("jti"))
                .orElse(null);
        if (sessionId == null) {
            return null;
        }
        if (!tokens.csrfTokenMatches(sessionId.toString(), request.getHeaders().get(SessionTokens.CSRF_HEADER))) {
            return Problem.of(ProblemKind.FORBIDDEN, WebProblem.CSRF_TOKEN_MISSING);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
