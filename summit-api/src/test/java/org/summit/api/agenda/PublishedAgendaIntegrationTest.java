package org.summit.api.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.api.demo.DemoData;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The public agenda as it is kept between requests: each release is rendered and compressed once, and a new release
 * replaces it at once. Read with a plain Java client, which neither decompresses nor caches, to see the bytes sent.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class PublishedAgendaIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    io.micronaut.http.client.HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    AccountService accounts;

    @Inject
    SummitService summits;

    private final HttpClient plain =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private LoggedIn organiser;

    @BeforeAll
    void anOrganiser() {
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
    }

    @Test
    void theNextRequestAfterPublishingServesTheNewReleaseWithANewEtag() throws Exception {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        String base = "/api/agenda/" + summit.id();
        Map room = post(
                base + "/rooms",
                Map.of("name", Map.of("zh-Hant", "大會堂", "en", "Main Hall"), "capacity", 800, "interpretation", true));
        Map opening = post(
                base + "/sessions",
                Map.of(
                        "title",
                        Map.of("zh-Hant", "開幕", "en", "Opening"),
                        "type",
                        "CEREMONY",
                        "language",
                        "zh-Hant",
                        "roomId",
                        room.get("id"),
                        "startsAt",
                        "2016-03-23T09:00:00",
                        "endsAt",
                        "2016-03-23T09:30:00"));
        post(base + "/releases", Map.of());
        String path = "/api/summits/" + summit.id() + "/agenda";
        String first = "\"" + summit.id() + "-r1\"";

        // Release 1, as it is and gzipped (the same document), then kept: its ETag gets a 304 in either coding.
        HttpResponse<byte[]> plainOne = get(path, null, null);
        assertThat(plainOne.statusCode()).isEqualTo(200);
        assertThat(plainOne.headers().firstValue("ETag")).hasValue(first);
        assertThat(plainOne.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(text(plainOne.body())).contains("\"release\":1,").contains("Opening");
        HttpResponse<byte[]> gzippedOne = get(path, "gzip, deflate, br, zstd", null);
        assertThat(gzippedOne.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzippedOne.headers().firstValue("Vary"))
                .hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(gzippedOne.headers().firstValue("ETag")).hasValue(first);
        assertThat(gunzip(gzippedOne.body())).isEqualTo(plainOne.body());
        assertThat(gzippedOne.body().length).isLessThan(plainOne.body().length);
        // The second answer came from memory before the security filter: it has the headers every answer has.
        assertThat(gzippedOne.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get(path, null, first).statusCode()).isEqualTo(304);
        assertThat(get(path, "gzip", first).statusCode()).isEqualTo(304);

        // Release 2: the very next request, naming release 1's ETag, gets release 2 and its ETag, in both codings.
        post(
                base + "/sessions/" + opening.get("id") + "/move",
                Map.of(
                        "roomId",
                        room.get("id"),
                        "startsAt",
                        "2016-03-23T09:30:00",
                        "endsAt",
                        "2016-03-23T10:00:00",
                        "version",
                        opening.get("version")));
        post(base + "/releases", Map.of());
        String second = "\"" + summit.id() + "-r2\"";
        HttpResponse<byte[]> gzippedTwo = get(path, "gzip", first);
        assertThat(gzippedTwo.statusCode()).isEqualTo(200);
        assertThat(gzippedTwo.headers().firstValue("ETag")).hasValue(second);
        assertThat(text(gunzip(gzippedTwo.body())))
                .contains("\"release\":2,")
                .contains("2016-03-23T09:30:00")
                .contains("MOVED");
        HttpResponse<byte[]> plainTwo = get(path, null, first);
        assertThat(plainTwo.statusCode()).isEqualTo(200);
        assertThat(plainTwo.headers().firstValue("ETag")).hasValue(second);
        assertThat(plainTwo.body()).isEqualTo(gunzip(gzippedTwo.body()));
        assertThat(get(path, "gzip", second).statusCode()).isEqualTo(304);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch)
            throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        server.getURI().resolve(path))
                .GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return plain.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Map post(String path, Map body) {
        return http.toBlocking().retrieve(organiser.send(HttpRequest.POST(path, body)), Map.class);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
