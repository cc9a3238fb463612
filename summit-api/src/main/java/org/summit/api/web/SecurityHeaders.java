package org.summit.api.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers on every answer, whatever produced it (a route, a static file, an error, a refusal by the
 * security filter):
 *
 * <ul>
 *   <li>the app's pages: a Content-Security-Policy that allows only the app's own scripts, styles, images, fonts and
 *       connections (no inline script or style, no plugins, no {@code <base>}, forms only to Summit; the one
 *       exception: the style attributes of Summit's e-mail template, by their hashes, so that the organisers' mailbox
 *       shows an e-mail as its recipient sees it), and may be
 *       framed only by the origins in {@code SUMMIT_FRAME_ANCESTORS} (none by default; a venue's page may show the
 *       big screen {@code /screen} in a frame); {@code Cache-Control: no-cache}, so a new release is picked up at
 *       once (the files under {@code /assets/} carry a hash and are cached for good, see {@link HashedAssets});
 *   <li>the API, health and the OpenAPI document: a policy that allows nothing ({@code default-src 'none'}), as JSON
 *       is never a page; and {@code Cache-Control: no-store} on every {@code /api} and {@code /health} answer but the
 *       public summit ({@code GET /api/summits…}, {@code no-cache}), since they can carry personal data (contact
 *       details, accounts, the audit log, sessions). A route that sets its own {@code Cache-Control} keeps it;
 *   <li>Swagger UI: its page runs one inline script, allowed by its hash (computed from the page at start), and its
 *       bundle applies inline styles, so there (and only there) inline styles are allowed;
 *   <li>everywhere: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer} (invitation links
 *       carry their token in the path), and {@code X-Frame-Options: DENY} where nothing may frame the page.
 * </ul>
 */
@ServerFilter("/**")
final class SecurityHeaders implements Ordered {

    static final String CSP = "Content-Security-Policy";

    private static final String SWAGGER_UI_PAGE = "classpath:META-INF/swagger/views/swagger-ui/index.html";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final String MAIL_TEMPLATE = "classpath:notifications/templates/mail.html";
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle=\"([^\"]*)\"");

    /** A CSP source expression: a scheme, a host with optional scheme, port and path, 'self' or 'none'. */
    private static final Pattern FRAME_ANCESTOR = Pattern.compile(
            "'self'|'none'|[a-z][a-z0-9+.-]*:|([a-z][a-z0-9+.-]*://)?(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*(:(\\d{1,5}|\\*))?"
                    + "(/[a-z0-9._~%!$&()*+=:@/-]*)?",
            Pattern.CASE_INSENSITIVE);

    private final String pagePolicy;
    private final boolean pagesMayBeFramed;
    private final String swaggerUiPolicy;

    SecurityHeaders(@Value("${summit.web.frame-ancestors:}") String frameAncestors, ResourceResolver resources) {
        List<String> ancestors = frameAncestors(frameAncestors);
        this.pagesMayBeFramed = !ancestors.equals(List.of("'none'"));
        this.pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'" + mailStyleHashes(resources)
                + "; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + String.join(" ", ancestors);
        this.swaggerUiPolicy = "default-src 'self'; script-src 'self'" + inlineScriptHashes(resources)
                // Swagger UI's bundle applies inline styles as it renders; styles cannot run code.
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (isUnder(path, "/api") || isUnder(path, "/health")) {
            headers.set(CSP, "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, isPublic(request) ? "no-cache" : "no-store");
            }
        } else if (isUnder(path, "/swagger")) {
            headers.set(CSP, "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            headers.set("X-Frame-Options", "DENY");
        } else if (isUnder(path, "/swagger-ui")) {
            headers.set(CSP, swaggerUiPolicy);
            headers.set("X-Frame-Options", "DENY");
        } else {
            headers.set(CSP, pagePolicy);
            if (!pagesMayBeFramed) {
                headers.set("X-Frame-Options", "DENY");
            }
            if (!isUnder(path, "/assets") && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
            }
        }
    }

    @Override
    public int getOrder() {
        // First in, last out: its response side runs after every other filter, on every answer.
        return ServerFilterPhase.FIRST.before();
    }

    /** The summit's public details, which anonymous visitors read: nothing personal in them. */
    private static boolean isPublic(HttpRequest<?> request) {
        return (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
                && isUnder(request.getPath(), "/api/summits");
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static List<String> frameAncestors(String setting) {
        List<String> sources = setting == null
                ? List.of()
                : Arrays.stream(setting.split("[,\\s]+"))
                        .filter(source -> !source.isBlank())
                        .toList();
        if (sources.isEmpty()) {
            return List.of("'none'");
        }
        for (String source : sources) {
            if (!FRAME_ANCESTOR.matcher(source).matches()) {
                throw new ConfigurationException("SUMMIT_FRAME_ANCESTORS: '" + source
                        + "' is not an origin that may frame Summit's pages (for example https://venue.example.org"
                        + " or 'self', separated by spaces)");
            }
        }
        if (sources.size() > 1 && sources.contains("'none'")) {
            throw new ConfigurationException("SUMMIT_FRAME_ANCESTORS: 'none' cannot be combined with origins");
        }
        return sources;
    }

    /** {@code 'sha256-…'} for each inline script of Swagger UI's page, so that CSP runs exactly those. */
    private static String inlineScriptHashes(ResourceResolver resources) {
        Optional<URL> page = resources.getResource(SWAGGER_UI_PAGE);
        if (page.isEmpty()) {
            return "";
        }
        String html;
        try (InputStream in = page.get().openStream()) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> hashes = new ArrayList<>();
        Matcher script = INLINE_SCRIPT.matcher(html);
        while (script.find()) {
            hashes.add(" 'sha256-" + sha256(script.group(1)) + "'");
        }
        return String.join("", hashes);
    }

    /**
     * {@code 'unsafe-hashes' 'sha256-…'} for each style attribute of the e-mail template (an e-mail's HTML carries its
     * styles inline, as mail programs want): the mailbox shows an e-mail in a sandboxed frame, which keeps this page's
     * policy, and these exact declarations are the only inline styles it allows. Styles run no code.
     */
    private static String mailStyleHashes(ResourceResolver resources) {
        Optional<URL> template = resources.getResource(MAIL_TEMPLATE);
        if (template.isEmpty()) {
            return "";
        }
        String html;
        try (InputStream in = template.get().openStream()) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> hashes = new TreeSet<>();
        Matcher style = STYLE_ATTRIBUTE.matcher(html);
        while (style.find()) {
            hashes.add(" 'sha256-" + sha256(style.group(1)) + "'");
        }
        return hashes.isEmpty() ? "" : " 'unsafe-hashes'" + String.join("", hashes);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
