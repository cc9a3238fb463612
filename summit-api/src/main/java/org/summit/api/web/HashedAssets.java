package org.summit.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the UI's files under {@code /assets/}: Vite names each after a hash of its content, so a name never
 * changes its content and the browser may keep it for a year without asking again
 * ({@code Cache-Control: public, max-age=31536000, immutable}); a new release has new names, which the
 * {@code index.html} (never cached without revalidating, see {@link SecurityHeaders}) points to.
 *
 * <p>The build writes each script and style sheet compressed beside it ({@code .br}, {@code .gz}, at the highest
 * levels); the variant the browser accepts is sent as it is, with {@code Content-Encoding} and
 * {@code Vary: Accept-Encoding}, so nothing is compressed per request. Files are read from the classpath once and
 * kept in memory (only files that exist, so unknown names cannot fill it). Anything this does not serve (an unknown
 * name) goes on to the ordinary static files and their 404.
 */
@ServerFilter("/assets/**")
final class HashedAssets implements Ordered {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final String ROOT = "classpath:public";
    /** Names as Vite writes them; no {@code ..}, no empty segments. */
    private static final Pattern NAME = Pattern.compile("/assets(/[A-Za-z0-9_][A-Za-z0-9._-]*)+");

    private final ResourceResolver resources;
    private final Map<String, Asset> assets = new ConcurrentHashMap<>();

    HashedAssets(ResourceResolver resources) {
        this.resources = resources;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serve(HttpRequest<?> request) {
        boolean head = request.getMethod() == HttpMethod.HEAD;
        if (!(head || request.getMethod() == HttpMethod.GET)) {
            return null;
        }
        String path = request.getPath();
        if (!NAME.matcher(path).matches()) {
            return null;
        }
        Asset asset = assets.get(path);
        if (asset == null) {
            Optional<Asset> loaded = load(path);
            if (loaded.isEmpty()) {
                return null;
            }
            asset = assets.computeIfAbsent(path, ignored -> loaded.get());
        }
        Encoding encoding = Encoding.chosen(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING), asset);
        byte[] body = encoding.bytes(asset);
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>ok()
                .contentType(asset.mediaType())
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (encoding != Encoding.IDENTITY) {
            response.header(HttpHeaders.CONTENT_ENCODING, encoding.token);
        }
        if (head) {
            return response.contentLength(body.length);
        }
        return response.body(body);
    }

    @Override
    public int getOrder() {
        // Before the security filter: these files are public, and checking a session for each is wasted work.
        return ServerFilterPhase.FIRST.after();
    }

    private Optional<Asset> load(String path) {
        Optional<byte[]> identity = read(path);
        return identity.map(bytes -> new Asset(
                MediaType.forFilename(path),
                bytes,
                read(path + ".br").orElse(null),
                read(path + ".gz").orElse(null)));
    }

    private Optional<byte[]> read(String path) {
        Optional<URL> url = resources.getResource(ROOT + path);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = url.get().openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the UI file " + path, e);
        }
    }

    /** One file and the compressed forms the build made of it. */
    private record Asset(MediaType mediaType, byte[] identity, byte @Nullable [] brotli, byte @Nullable [] gzip) {}

    private enum Encoding {
        BROTLI("br"),
        GZIP("gzip"),
        IDENTITY("identity");

        private final String token;

        Encoding(String token) {
            this.token = token;
        }

        byte[] bytes(Asset asset) {
            return switch (this) {
                case BROTLI -> asset.brotli();
                case GZIP -> asset.gzip();
                case IDENTITY -> asset.identity();
            };
        }

        /** Brotli if accepted and built, else gzip, else the file as it is (RFC 9110 section 12.5.3). */
        static Encoding chosen(@Nullable String acceptEncoding, Asset asset) {
            if (acceptEncoding == null) {
                return IDENTITY;
            }
            if (asset.brotli() != null && AcceptEncoding.accepts(acceptEncoding, "br")) {
                return BROTLI;
            }
            if (asset.gzip() != null && AcceptEncoding.accepts(acceptEncoding, "gzip")) {
                return GZIP;
            }
            return IDENTITY;
        }
    }
}
