package org.summit.api.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the reverse proxies in front of Summit say about a request, believed only from the proxies named in
 * {@code SUMMIT_TRUSTED_PROXIES} (addresses or CIDR ranges, separated by commas; none by default). Behind a
 * TLS-terminating proxy the connection to Summit is plain HTTP: {@code X-Forwarded-Proto: https} from a trusted
 * proxy makes the session cookie {@code Secure}, and {@code X-Forwarded-For} gives the client address the audit log
 * and the login throttle use. From anyone else both headers are ignored, so a client cannot make itself look like
 * another address (and escape its throttle) by sending them.
 *
 * <p>The client is the right-most {@code X-Forwarded-For} entry that is not a trusted proxy: entries to its left were
 * written by the client itself and prove nothing.
 */
@ServerFilter("/**")
public final class TrustedProxies implements Ordered {

    /** The request attribute holding the client address this resolved, read by the audit log and the throttle. */
    public static final String CLIENT_ADDRESS = "summit.client-address";

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private final List<IpSubnetFilterRule> proxies;

    TrustedProxies(@Value("${summit.web.trusted-proxies:}") String trustedProxies) {
        this.proxies = parse(trustedProxies);
    }

    /** Whether the browser reached Summit over TLS: directly, or through a trusted proxy that says so. */
    public boolean isSecure(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        if (!trusted(peer(request))) {
            return false;
        }
        List<String> protocols = values(request, FORWARDED_PROTO);
        // The nearest proxy's word: it wrote the last value, anything before came from further out.
        return !protocols.isEmpty()
                && protocols.get(protocols.size() - 1).toLowerCase(Locale.ROOT).equals("https");
    }

    /** The address of the client: the connection's peer, or what trusted proxies forwarded for it. */
    public String clientAddress(HttpRequest<?> request) {
        InetAddress peer = peer(request);
        if (peer == null) {
            return request.getRemoteAddress().getHostString();
        }
        InetAddress client = peer;
        if (trusted(peer)) {
            List<String> hops = values(request, FORWARDED_FOR);
            for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
                InetAddress hop = address(hops.get(i));
                if (hop == null) {
                    // Not an address: nothing further out can be believed; the last trusted hop is all we know.
                    break;
                }
                client = hop;
            }
        }
        return client.getHostAddress();
    }

    @RequestFilter
    void resolveClientAddress(HttpRequest<?> request) {
        request.setAttribute(CLIENT_ADDRESS, clientAddress(request));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    private boolean trusted(InetAddress address) {
        if (address == null || proxies.isEmpty()) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return proxies.stream().anyMatch(proxy -> proxy.matches(socket));
    }

    private static InetAddress peer(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress();
    }

    private static List<String> values(HttpRequest<?> request, String header) {
        List<String> values = new ArrayList<>();
        for (String line : request.getHeaders().getAll(header)) {
            for (String value : line.split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }

    /** An IP address literal, with or without a port ({@code 203.0.113.7:4711}, {@code [2001:db8::7]:4711}); never a name to look up. */
    private static InetAddress address(String text) {
        String literal = text;
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            literal = end > 0 ? literal.substring(1, end) : literal;
        } else if (literal.indexOf(':') > 0 && literal.indexOf(':') == literal.lastIndexOf(':')) {
            literal = literal.substring(0, literal.indexOf(':'));
        }
        return NetUtil.createInetAddressFromIpAddressString(literal);
    }

    private static List<IpSubnetFilterRule> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return List.of();
        }
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String entry : Arrays.stream(setting.split("[,\\s]+"))
                .filter(entry -> !entry.isBlank())
                .toList()) {
            String[] parts = entry.split("/", -1);
            InetAddress address = parts.length <= 2 ? NetUtil.createInetAddressFromIpAddressString(parts[0]) : null;
            int maxPrefix = address == null ? 0 : address.getAddress().length * 8;
            int prefix;
            try {
                prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : maxPrefix;
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (address == null || prefix < 0 || prefix > maxPrefix) {
                throw new ConfigurationException("SUMMIT_TRUSTED_PROXIES: '" + entry
                        + "' is not an IP address or CIDR range (for example 10.0.0.5, 10.0.0.0/8 or fd00::/8)");
            }
            rules.add(new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT));
        }
        return List.copyOf(rules);
    }
}
