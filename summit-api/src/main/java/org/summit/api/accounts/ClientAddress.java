package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;

/** The address a request came from, as the audit log and the login throttle know it. */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress() == null
                ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
