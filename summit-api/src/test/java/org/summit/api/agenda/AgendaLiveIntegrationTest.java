package org.summit.api.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.LiveReleases;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.api.demo.DemoData;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The live agenda across instances: two application contexts (two instances of summit-api) on the suite's one
 * broker and one database; a page connected to each hears of a release published through the other, because every
 * instance consumes the agenda topic with a consumer group of its own.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class AgendaLiveIntegrationTest {

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeClientsThenInstances() throws Exception {
        // Streams and clients first, then the contexts (before the suite's broker, which outlives this class).
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    @Test
    void aPageOnEitherInstanceHearsOfAReleasePublishedThroughTheOther() throws Exception {
        String database = "jdbc:h2:mem:summit-live-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ApplicationContext first = instance(database);
        ApplicationContext second = instance(database);
        String firstUrl = first.getBean(EmbeddedServer.class).getURL().toString();
        String secondUrl = second.getBean(EmbeddedServer.class).getURL().toString();

        HttpClient http = HttpClient.create(first.getBean(EmbeddedServer.class).getURL());
        opened.add(http);
        LoggedIn organiser = LoggedIn.as(first.getBean(AccountService.class), http, Role.ORGANISER, null);
        Summit summit = first.getBean(SummitService.class).create(DemoData.TAIPEI_2016);
        String base = "/api/agenda/" + summit.id();
        Map room = http.toBlocking()
                .retrieve(
                        organiser.send(HttpRequest.POST(
                                base + "/rooms",
                                Map.of(
                                        "name",
                                        Map.of("zh-Hant", "大會堂", "en", "Main Hall"),
                                        "capacity",
                                        800,
                                        "interpretation",
                                        true))),
                        Map.class);
        http.toBlocking()
                .retrieve(
                        organiser.send(HttpRequest.POST(
                                base + "/sessions",
                                Map.of(
                                        "title",
                                        Map.of("zh-Hant", "開幕式", "en", "Opening"),
                                        "type",
                                        "CEREMONY",
                                        "language",
                                        "zh-Hant",
                                        "roomId",
                                        room.get("id"),
                                        "startsAt",
                                        "2016-03-23T09:00:00",
                                        "endsAt",
                                        "2016-03-23T09:30:00",
                                        "speakerIds",
                                        List.of()))),
                        Map.class);

        String live = "/api/summits/" + summit.id() + "/agenda/live";
        List<String> onFirst = follow(firstUrl + live);
        List<String> onSecond = follow(secondUrl + live);
        // Each stream begins with the release it follows from (none yet); from then on it follows the topic.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> onFirst.contains("event:current") && onSecond.contains("event:current"));
        assertThat(onFirst)
                .contains("data:{\"summitId\":\"" + summit.id()
                        + "\",\"release\":0,\"publishedAt\":null,\"changes\":[]}");
        UUID summitId = summit.id();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> first.getBean(LiveReleases.class).followers(summitId) == 1
                        && second.getBean(LiveReleases.class).followers(summitId) == 1);

        Map release =
                http.toBlocking().retrieve(organiser.send(HttpRequest.POST(base + "/releases", Map.of())), Map.class);
        assertThat(release).containsEntry("release", 1);

        for (List<String> lines : List.of(onFirst, onSecond)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.contains("event:release"));
            String data = lines.get(lines.indexOf("event:release") + 1);
            if (!data.startsWith("data:")) {
                data = lines.stream()
                        .dropWhile(line -> !line.equals("event:release"))
                        .filter(line -> line.startsWith("data:"))
                        .findFirst()
                        .orElseThrow();
            }
            assertThat(data)
                    .contains("\"release\":1")
                    .contains("\"kind\":\"ADDED\"")
                    .contains("\"en\":\"Opening\"")
                    .contains("開幕式");
            assertThat(lines).contains("id:1");
        }

        // The second instance serves release 1 from memory (it re-reads the database only every 10 minutes here);
        // release 2, published on the first, reaches it through the topic, and its very next answer is release 2.
        String agendaOnSecond = secondUrl + "/api/summits/" + summit.id() + "/agenda";
        assertThat(plainGet(agendaOnSecond)).contains("\"release\":1,");
        Map session = (Map) ((List) http.toBlocking()
                        .retrieve(organiser.send(HttpRequest.GET(base + "/draft")), Map.class)
                        .get("sessions"))
                .get(0);
        http.toBlocking()
                .retrieve(
                        organiser.send(HttpRequest.POST(
                                base + "/sessions/" + session.get("id") + "/move",
                                Map.of(
                                        "roomId",
                                        room.get("id"),
                                        "startsAt",
                                        "2016-03-23T10:00:00",
                                        "endsAt",
                                        "2016-03-23T10:30:00",
                                        "version",
                                        session.get("version")))),
                        Map.class);
        http.toBlocking().retrieve(organiser.send(HttpRequest.POST(base + "/releases", Map.of())), Map.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> onSecond.contains("id:2"));
        assertThat(plainGet(agendaOnSecond)).contains("\"release\":2,").contains("2016-03-23T10:00:00");
    }

    private static String plainGet(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void anUnknownSummitIsA404Problem() throws Exception {
        ApplicationContext context = instance("jdbc:h2:mem:summit-live-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(
                java.net.http.HttpRequest.newBuilder(URI.create(context.getBean(EmbeddedServer.class)
                                        .getURL() + "/api/summits/" + UUID.randomUUID() + "/agenda/live"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("summit.not-found");
    }

    private ApplicationContext instance(String database) {
        ApplicationContext context = ApplicationContext.builder()
                .environments("test", "api")
                .properties(TestKafkaBroker.applicationProperties())
                .properties(Map.of(
                        "datasources.default.url",
                        database,
                        "micronaut.server.port",
                        -1,
                        "summit.agenda.published.reconfirm-after",
                        "10m"))
                .start();
        opened.add(context);
        context.getBean(EmbeddedServer.class).start();
        return context;
    }

    /** Opens the stream at {@code url} as a browser would, collecting its lines as they arrive. */
    private List<String> follow(String url) {
        List<String> lines = new CopyOnWriteArrayList<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(
                java.net.http.HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Void> reading = response.thenAcceptAsync(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            try (Stream<String> body = answer.body()) {
                body.forEach(line -> lines.add(line.replaceFirst("^(event|data|id|retry): ", "$1:")));
            } catch (RuntimeException closed) {
                // The test closed the stream.
            }
        });
        opened.add(() -> {
            reading.cancel(true);
            response.thenAccept(answer -> answer.body().close());
        });
        return lines;
    }
}
