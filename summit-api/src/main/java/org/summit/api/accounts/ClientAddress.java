package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;
import org.summit.api.web.TrustedProxies;

/** The address a request came from, as the audit log and the login throttle know it. */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpRequest<?> request) {
        // Behind trusted proxies, the address they forwarded for the client (resolved once per request).
        String forwarded = request.getAttribute(TrustedProxies.CLIENT_ADDRESS, String.class)
                .orElse(null);
        if (forwarded != null) {
            return forwarded;
        }
        return request.getRemoteAddress().getAddress() == null
                ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
