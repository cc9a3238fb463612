package org.summit.api.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/**
 * The origin people reach this server at, for links that leave the page (a calendar feed, a schedule's session links,
 * the sealed declaration's verification QR code): the request's scheme and its Host, which the allowed-hosts filter
 * has already checked.
 */
public final class PublicOrigin {

    private PublicOrigin() {}

    public static String of(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        return (request.isSecure() ? "https://" : "http://") + (host == null ? "localhost" : host);
    }
}
