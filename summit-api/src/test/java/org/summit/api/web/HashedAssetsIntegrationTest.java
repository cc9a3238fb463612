package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The UI's content-hashed files are cached by browsers for good and sent as the build compressed them; the page
 * that names them is revalidated on every load. Read with the JDK's client, which, unlike Micronaut's, shows the
 * bytes as they travel (it does not decompress).
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HashedAssetsIntegrationTest implements KafkaTestSupport {

    @Inject
    EmbeddedServer server;

    private final HttpClient client = HttpClient.newHttpClient();
    private String script;
    private String styles;

    @BeforeAll
    void theFilesTheBuiltPageNames() throws Exception {
        String html = page("/", null).body();
        script = named(html, "<script type=\"module\" crossorigin src=\"(/assets/[^\"]+\\.js)\"");
        styles = named(html, "<link rel=\"stylesheet\" crossorigin href=\"(/assets/[^\"]+\\.css)\"");
    }

    @Test
    void theMainScriptIsImmutableAndSentAsTheBuildCompressedItWithBrotli() throws Exception {
        HttpResponse<byte[]> brotli = bytes(script, "gzip, deflate, br, zstd");

        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(header(brotli, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
        assertThat(header(brotli, "Vary")).isEqualToIgnoringCase("Accept-Encoding");
        assertThat(header(brotli, "Content-Type")).startsWith("application/javascript");
        assertThat(header(brotli, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(brotli.body()).isEqualTo(resource(script + ".br"));
        assertThat(brotli.body().length).isLessThan(resource(script).length / 3);
    }

    @Test
    void aBrowserWithoutBrotliGetsTheBuildsGzip() throws Exception {
        HttpResponse<byte[]> gzip = bytes(styles, "gzip;q=1.0, br;q=0");

        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzip, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(gzip.body()).isEqualTo(resource(styles + ".gz"));
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(resource(styles));
        }
    }

    @Test
    void aClientThatAcceptsNoCompressionGetsTheFileItself() throws Exception {
        HttpResponse<byte[]> plain = bytes(script, null);

        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(header(plain, "Vary")).isEqualToIgnoringCase("Accept-Encoding");
        assertThat(plain.body()).isEqualTo(resource(script));
    }

    @Test
    void theIndexIsRevalidatedAndUnknownOrEscapingNamesAreNotServed() throws Exception {
        HttpResponse<String> index = page("/index.html", "br");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(header(index, "Cache-Control")).isEqualTo("no-cache");

        assertThat(bytes("/assets/no-such-file.js", "br").statusCode()).isEqualTo(404);
        for (String escaping : new String[] {"/assets/../application-api.yml", "/assets/%2e%2e/application-api.yml"}) {
            HttpResponse<byte[]> answer = bytes(escaping, "br");
            assertThat(new String(answer.body())).as(escaping).doesNotContain("micronaut:");
        }
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/public" + path)) {
            assertThat(in).as("the build wrote %s", path).isNotNull();
            return in.readAllBytes();
        }
    }

    private HttpResponse<byte[]> bytes(String path, String acceptEncoding) throws Exception {
        return client.send(request(path, acceptEncoding), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> page(String path, String acceptEncoding) throws Exception {
        return client.send(request(path, acceptEncoding), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return request.build();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String named(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertThat(matcher.find()).as("the page names a file like %s", pattern).isTrue();
        return matcher.group(1);
    }
}
