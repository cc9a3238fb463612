package org.summit.api.cities;

import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.cities.DelegationFiles;
import org.summit.shared.kafka.TestKafkaBroker;
import org.summit.shared.outbox.Outbox;

/**
 * How long an organiser waits for a delegation file: the application with its HTTP server, H2 in file mode and a
 * real Kafka broker, in one JVM as in the embedded default. Each run imports a new file of 2,000 delegates over
 * HTTP, imports it again, and has a copy with 3 broken rows refused; it also times until the relay has every event
 * acknowledged by the broker. Run it with {@code bin/benchmark}. It is not a test and sets no time limit, but every
 * answer is checked: an import that is refused, fails or reports other counts than expected stops the run with an
 * error, so that a figure is never taken from a failed request.
 */
public final class DelegationImportBenchmark {

    private static final int DELEGATES = 2_000;
    private static final int RUNS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DelegationImportBenchmark.class);

    private DelegationImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("summit-benchmark-");
        try (TestKafkaBroker.Restartable broker = TestKafkaBroker.startOwn();
                ApplicationContext context = ApplicationContext.builder()
                        .environments("test", "api")
                        .properties(broker.applicationProperties())
                        .properties(Map.of(
                                "datasources.default.url",
                                "jdbc:h2:file:" + dataDir.resolve("db/summit")
                                        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                                "micronaut.server.port",
                                -1))
                        .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            try (HttpClient http = HttpClient.create(server.getURL())) {
                LoggedIn organiser = LoggedIn.as(context.getBean(AccountService.class), http, Role.ORGANISER, null);
                Outbox outbox = context.getBean(Outbox.class);
                List<Long> imports = new ArrayList<>();
                List<Long> reimports = new ArrayList<>();
                List<Long> refusals = new ArrayList<>();
                List<Long> published = new ArrayList<>();
                expectImported(importFile(http, organiser, DelegationFiles.lines("warm-up", DELEGATES)), DELEGATES, 0);
                for (int run = 0; run < RUNS; run++) {
                    List<String> lines = DelegationFiles.lines("bench-" + UUID.randomUUID(), DELEGATES);
                    List<String> broken = new ArrayList<>(lines);
                    broken.set(11, broken.get(11).replace("@example.org", "@"));
                    broken.set(1_000, broken.get(1_000).replace("2016-03-25", "2016-03-20"));
                    broken.set(1_990, broken.get(1_990).replace("fr;en", "French"));

                    refusals.add(millis(() -> expectRefused(importFile(http, organiser, broken), 12, 1_001, 1_991)));
                    long start = System.nanoTime();
                    expectImported(importFile(http, organiser, lines), DELEGATES, 0);
                    imports.add((System.nanoTime() - start) / 1_000_000);
                    await().atMost(Duration.ofMinutes(2))
                            .pollInterval(Duration.ofMillis(10))
                            .until(() -> outbox.pending() == 0);
                    published.add((System.nanoTime() - start) / 1_000_000);
                    reimports.add(millis(() -> expectImported(importFile(http, organiser, lines), 0, DELEGATES)));
                }
                LOG.info(String.format(
                        "Delegation import of %,d delegates over HTTP, %d runs (ms: median, min-max)",
                        DELEGATES, RUNS));
                report("refused, 3 broken rows reported", refusals);
                report("imported (40 cities, 2,000 delegates)", imports);
                report("imported and every event acknowledged by Kafka", published);
                report("imported again, nothing changed", reimports);
            }
        }
    }

    /** The status and body of an import. */
    private record Answer(int status, Map<String, Object> body) {}

    private static Answer importFile(HttpClient http, LoggedIn organiser, List<String> lines) {
        try {
            HttpResponse<Map<String, Object>> response = http.toBlocking()
                    .exchange(
                            organiser.send(HttpRequest.POST("/api/cities/import", DelegationFiles.bytes(lines))
                                    .contentType(MediaType.of("text/csv"))),
                            Argument.mapOf(String.class, Object.class));
            return new Answer(response.code(), response.body());
        } catch (HttpClientResponseException e) {
            return new Answer(
                    e.code(),
                    e.getResponse()
                            .getBody(Argument.mapOf(String.class, Object.class))
                            .orElse(Map.of()));
        }
    }

    private static Answer expectImported(Answer answer, int added, int unchanged) {
        if (answer.status() != 200
                || ((Number) answer.body().get("delegatesAdded")).intValue() != added
                || ((Number) answer.body().get("unchangedDelegates")).intValue() != unchanged) {
            throw new IllegalStateException("The import did not do what was measured: " + answer);
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static Answer expectRefused(Answer answer, Integer... lines) {
        List<Object> reported = answer.status() != 400
                ? List.of()
                : ((List<Map<String, Object>>) answer.body().get("errors"))
                        .stream().map(error -> error.get("line")).toList();
        if (!reported.equals(List.of((Object[]) lines))) {
            throw new IllegalStateException(
                    "The refusal did not report exactly lines " + List.of(lines) + ": " + answer);
        }
        return answer;
    }

    private static long millis(Supplier<Answer> action) {
        long start = System.nanoTime();
        action.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        LOG.info(String.format(
                "  %-50s %6d   %d-%d",
                what, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1)));
    }
}
