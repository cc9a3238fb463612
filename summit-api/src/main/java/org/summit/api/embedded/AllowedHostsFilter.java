package org.summit.api.embedded;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers only requests addressed to one of the allowed host names: a page on another site that makes a browser
 * call Summit under its own name (DNS rebinding) gets a problem instead of the app. The allowed values come from
 * {@code SUMMIT_ALLOWED_HOSTS} (comma-separated; {@code host} allows any port, {@code host:port} that port only,
 * {@code *} any host); by default {@code localhost} and {@code 127.0.0.1} at the server's own port.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AllowedHostsFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(AllowedHostsFilter.class);
    private static final String PROBLEM_JSON = "application/problem+json";

    private final Optional<List<String>> configured;
    private final BeanProvider<EmbeddedServer> server;
    private volatile List<String> allowed;

    AllowedHostsFilter(
            @Nullable @Value("${summit.http.allowed-hosts:}") String allowedHosts,
            BeanProvider<EmbeddedServer> server) {
        this.configured = allowedHosts == null || allowedHosts.isBlank()
                ? Optional.empty()
                : Optional.of(Arrays.stream(allowedHosts.split(","))
                        .map(String::strip)
                        .filter(host -> !host.isEmpty())
                        .map(host -> host.toLowerCase(Locale.ROOT))
                        .toList());
        this.server = server;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseOtherHosts(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host != null && allows(host.strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        LOG.warn(
                "Refused a request for host {}: not in SUMMIT_ALLOWED_HOSTS",
                host == null ? "(none)" : '"' + host + '"');
        // Written here rather than through the API's problem catalogue: this answer is given before routing, to
        // requests that are not for this application at all, and needs nothing of the API's error model.
        Map<String, Object> problem = Map.of(
                "type",
                "/api/problems/host-not-allowed",
                "title",
                "Host not allowed",
                "status",
                HttpStatus.BAD_REQUEST.getCode(),
                "detail",
                "This server does not answer for the host name the request was sent to. Open Summit at"
                        + " an address its operator allowed (SUMMIT_ALLOWED_HOSTS).");
        return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.of(PROBLEM_JSON))
                .body(problem);
    }

    private boolean allows(String host) {
        List<String> hosts = allowed();
        if (hosts.contains("*") || hosts.contains(host)) {
            return true;
        }
        int colon = host.lastIndexOf(':');
        // A name without a port in the list allows it at any port; "[::1]" has colons of its own inside brackets.
        return colon > host.lastIndexOf(']') && hosts.contains(host.substring(0, colon));
    }

    private List<String> allowed() {
        List<String> hosts = allowed;
        if (hosts == null) {
            hosts = configured.orElseGet(() -> {
                int port = server.get().getPort();
                return List.of("localhost:" + port, "127.0.0.1:" + port);
            });
            allowed = hosts;
        }
        return hosts;
    }

    @Override
    public int getOrder() {
        // Before security and everything else: a request for another host gets no further.
        return ServerFilterPhase.FIRST.order();
    }
}
