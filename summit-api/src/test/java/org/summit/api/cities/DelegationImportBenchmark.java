package org.summit.api.cities;

import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
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
 * acknowledged by the broker. Run it with {@code bin/benchmark}; it is not a test and asserts nothing.
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
                importFile(http, organiser, DelegationFiles.lines("warm-up", DELEGATES));
                for (int run = 0; run < RUNS; run++) {
                    List<String> lines = DelegationFiles.lines("bench-" + UUID.randomUUID(), DELEGATES);
                    List<String> broken = new ArrayList<>(lines);
                    broken.set(11, broken.get(11).replace("@example.org", "@"));
                    broken.set(1_000, broken.get(1_000).replace("2016-03-25", "2016-03-20"));
                    broken.set(1_990, broken.get(1_990).replace("fr;en", "French"));

                    refusals.add(millis(() -> importFile(http, organiser, broken)));
                    long start = System.nanoTime();
                    importFile(http, organiser, lines);
                    imports.add((System.nanoTime() - start) / 1_000_000);
                    await().atMost(Duration.ofMinutes(2))
                            .pollInterval(Duration.ofMillis(10))
                            .until(() -> outbox.pending() == 0);
                    published.add((System.nanoTime() - start) / 1_000_000);
                    reimports.add(millis(() -> importFile(http, organiser, lines)));
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

    private static int importFile(HttpClient http, LoggedIn organiser, List<String> lines) {
        try {
            return http.toBlocking()
                    .exchange(organiser.send(HttpRequest.POST("/api/cities/import", DelegationFiles.bytes(lines))
                            .contentType(MediaType.of("text/csv"))))
                    .code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private static long millis(Supplier<Integer> action) {
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
