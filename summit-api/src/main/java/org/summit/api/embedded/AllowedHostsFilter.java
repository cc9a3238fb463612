package org.summit.api.embedded;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.api.web.Problem;
import org.summit.api.web.ProblemKind;
import org.summit.api.web.WebProblem;

/**
 * Answers only requests addressed to one of the allowed host names: a page on another site that makes a browser
 * call Summit under its own name (DNS rebinding) gets a problem instead of the app. The allowed values come from
 * {@code SUMMIT_ALLOWED_HOSTS} (comma-separated; {@code host} allows any port, {@code host:port} that port only,
 * {@code *} any host); by default {@code localhost} and {@code 127.0.0.1} at the server's own port.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AllowedHostsFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(AllowedHostsFilter.class);

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
        return Problem.of(ProblemKind.HOST_NOT_ALLOWED, WebProblem.HOST_NOT_ALLOWED);
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
