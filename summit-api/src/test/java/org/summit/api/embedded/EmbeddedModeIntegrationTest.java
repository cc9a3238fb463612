package org.summit.api.embedded;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summit.events.Topics;
import org.summit.shared.kafka.KafkaCredentials;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The embedded default as a person runs it: one process with its own Kafka broker and H2 under a data directory,
 * killed with SIGKILL and started again.
 */
class EmbeddedModeIntegrationTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedWritesAndConsumerOffsetsSurviveKillDashNine() throws Exception {
        int kafkaPort = TestKafkaBroker.freePort();
        Map<String, String> env = embedded(kafkaPort);
        int httpPort = TestKafkaBroker.freePort();
        List<String> ids = new ArrayList<>();
        try (SummitProcess first =
                SummitProcess.start("first-start", httpPort, env).awaitHealthy()) {
            assertThat(first.output())
                    .as("the log says where to open the app")
                    .contains("Summit is up: open http://localhost:" + httpPort + "/");
            assertThat(first.get("/api/summits/current").body()).contains("2016 Smart City Mayors' Summit");
            assertThat(first.get("/").body()).contains("<div id=\"root\">");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dataDir.resolve(KafkaCredentials.FILE_NAME))))
                    .as("the broker's credentials are for the data directory's owner only")
                    .isEqualTo("rw-------");
            try (Admin admin = admin(kafkaPort)) {
                assertThat(admin.listTopics().names().get()).containsAll(Topics.ALL);
            }
            // The demo programme, ceremony and exchanges are loaded once the contexts have learnt the demo delegates
            // (and the exchanges the programme's blocks) from events; their events belong to the first start, so it
            // waits for them: notifications now reads the exchanges topic too.
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> first.output().contains("Loaded the demo programme")
                            && first.output().contains("Loaded the demo ceremony")
                            && first.output().contains("Loaded the demo exchanges"));
            first.loginAsDemo(dataDir, "organiser@summit.demo");
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> created = first.postJson("/api/summits", summit("Summit " + i));
                assertThat(created.statusCode()).isEqualTo(201);
                ids.add(id(created.body()));
            }
            // Every event consumed and its offset committed: the end of the log is where the group stands, and stays
            // there for three seconds (so the outbox has nothing more of the demo's to publish).
            await().atMost(Duration.ofSeconds(60))
                    .during(Duration.ofSeconds(3))
                    .until(() -> notificationsCommittedEverything(kafkaPort));
            // And now the process dies without any chance to flush.
            first.killHard();
        }

        try (SummitProcess second =
                SummitProcess.start("after-kill", httpPort, env).awaitHealthy()) {
            for (int i = 0; i < ids.size(); i++) {
                HttpResponse<String> summit = second.get("/api/summits/" + ids.get(i));
                assertThat(summit.statusCode()).isEqualTo(200);
                assertThat(summit.body()).contains("Summit " + i);
            }
            assertThat(countIds(second.get("/api/summits").body()))
                    .as("the demo is loaded once, on the first start only")
                    .isEqualTo(21);
            assertThat(second.output()).doesNotContain("Loaded the demo programme", "Loaded the demo ceremony");
            // One event after the restart: once it is received and everything is committed, a group that had
            // lost its offsets would have gone through the whole log again, and its inbox would have skipped each.
            String after = id(second.loginAsDemo(dataDir, "organiser@summit.demo")
                    .postJson("/api/summits", summit("After the restart"))
                    .body());
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            second.output().contains("for " + after) && notificationsCommittedEverything(kafkaPort));
            assertThat(second.output().lines().filter(line -> line.contains("Received ")))
                    .as("the only event notifications received after the restart is the new one")
                    .singleElement(as(STRING))
                    .contains("Received SummitCreated", "for " + after);
            assertThat(second.output().lines().filter(line -> line.contains("already")))
                    .as("no record consumed again after the restart")
                    .isEmpty();

            second.loginAsDemo(dataDir, "delegate.orlando@summit.demo");
            assertThat(second.get("/api/cities").body())
                    .as("the demo attendees, each once")
                    .contains("臺北市", "Taipei City", "格勒諾布爾", "恩荷芬", "皮塞克", "特拉維夫", "桃園市", "臺東縣", "奧蘭多")
                    .containsOnlyOnce("\"id\":\"taipei\"")
                    .containsOnlyOnce("\"id\":\"malaysia\"");
            assertThat(second.get("/api/delegates/me").body())
                    .as("the demo delegate is a member of Orlando's delegation")
                    .contains("\"cityId\":\"orlando\"", "delegate.orlando@summit.demo");
        }
    }

    @Test
    void aGracefulStopFinishesRequestsInFlightRefusesTheRestCleanlyAndTakesUnderTenSeconds() throws Exception {
        try (SummitProcess app = SummitProcess.start(
                        "graceful-stop", TestKafkaBroker.freePort(), embedded(TestKafkaBroker.freePort()))
                .awaitHealthy()
                .loginAsDemo(dataDir, "organiser@summit.demo")) {
            assertThat(listening("127.0.0.2", app.httpPort()))
                    .as("bound to 127.0.0.1 only: another address of the machine is refused")
                    .isFalse();
            RawResponse otherHost = rawGet("127.0.0.1", app.httpPort(), "rebound.example.com");
            assertThat(otherHost.status()).isEqualTo(400);
            assertThat(otherHost.headers()).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(otherHost.body()).contains("SUMMIT_ALLOWED_HOSTS").doesNotContain("<div id=\"root\">");
            assertThat(rawGet("127.0.0.1", app.httpPort(), "localhost:" + app.httpPort())
                            .status())
                    .isEqualTo(200);

            List<Outcome> outcomes = new CopyOnWriteArrayList<>();
            AtomicBoolean trafficOn = new AtomicBoolean(true);
            List<Thread> traffic = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                traffic.add(new Thread(() -> {
                    for (int i = 0; trafficOn.get(); i++) {
                        long began = System.nanoTime();
                        try {
                            HttpResponse<String> response = i % 2 == 0
                                    ? app.postJson("/api/summits", summit("Traffic " + thread + "-" + i))
                                    : app.get("/api/summits");
                            outcomes.add(new Outcome(began, System.nanoTime(), response.statusCode(), null));
                        } catch (UncheckedIOException refused) {
                            outcomes.add(new Outcome(began, System.nanoTime(), 0, refused.getCause()));
                        }
                    }
                }));
            }
            traffic.forEach(Thread::start);
            await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.size() >= 40);

            // A second process refused the same data directory while the first one is busy, as in the drill.
            try (SummitProcess intruder = SummitProcess.start(
                    "graceful-stop-intruder", TestKafkaBroker.freePort(), embedded(TestKafkaBroker.freePort()))) {
                assertThat(intruder.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            }

            // A request the server has accepted (it answered 100 Continue) whose body arrives after the SIGTERM.
            CountDownLatch accepted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<HttpResponse<String>> inFlight =
                    app.postJsonHeldBack("/api/summits", summit("In flight at the stop"), accepted, release);
            assertThat(accepted.await(30, TimeUnit.SECONDS)).isTrue();

            long sigterm = System.nanoTime();
            app.terminate();
            release.countDown();
            app.awaitExit(Duration.ofSeconds(60));
            Duration stop = Duration.ofNanos(System.nanoTime() - sigterm);
            trafficOn.set(false);
            for (Thread thread : traffic) {
                thread.join(30_000);
            }

            assertThat(inFlight.get(30, TimeUnit.SECONDS).statusCode())
                    .as("the request in flight at the stop is finished")
                    .isEqualTo(201);
            assertThat(outcomes)
                    .as("no request is answered with a server error")
                    .noneMatch(outcome -> outcome.status() >= 500);
            assertThat(outcomes)
                    .as("requests the stopping server does not take fail at the connection, never with a time-out")
                    .filteredOn(outcome -> outcome.status() == 0)
                    .allMatch(outcome -> !(outcome.failure() instanceof HttpTimeoutException));
            assertThat(outcomes)
                    .as("requests under way when the stop began were answered")
                    .filteredOn(
                            outcome -> outcome.began() < sigterm && outcome.ended() > sigterm && outcome.status() > 0)
                    .allMatch(outcome -> outcome.status() < 300);
            assertThat(outcomes).as("traffic reached the server").anyMatch(outcome -> outcome.status() == 201);
            System.out.printf(
                    "Graceful stop under traffic: %d ms; %d requests, %d refused at the connection%n",
                    stop.toMillis(),
                    outcomes.size(),
                    outcomes.stream().filter(outcome -> outcome.status() == 0).count());
            assertThat(stop).as("the whole stop, SIGTERM to exit").isLessThan(Duration.ofSeconds(10));
            assertThat(app.output())
                    .contains("Summit is stopping: no new requests")
                    .contains("Summit stopped in");
        }
    }

    /** One request of the traffic during a stop: its times, its status or 0 when it got none, and why. */
    private record Outcome(long began, long ended, int status, Throwable failure) {}

    @Test
    void aSecondProcessOnTheSameDataDirectoryRefusesToStartWithAClearMessage() throws Exception {
        try (SummitProcess first = SummitProcess.start(
                        "holder", TestKafkaBroker.freePort(), embedded(TestKafkaBroker.freePort()))
                .awaitHealthy()) {
            try (SummitProcess second =
                    SummitProcess.start("intruder", TestKafkaBroker.freePort(), embedded(TestKafkaBroker.freePort()))) {
                assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
                assertThat(second.output())
                        .contains("Another Summit process is already using the data directory")
                        .contains(dataDir.toString());
            }
            assertThat(first.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withKafkaBootstrapServersItJoinsThatClusterAndStartsNoBrokerOfItsOwn() throws Exception {
        int unusedKafkaPort = TestKafkaBroker.freePort();
        Map<String, String> env = new HashMap<>(TestKafkaBroker.externalClusterEnvironment());
        env.put("SUMMIT_DATA_DIR", dataDir.toString());
        env.put("SUMMIT_KAFKA_PORT", String.valueOf(unusedKafkaPort));
        // Opened up, as behind a reverse proxy: every address, and the public name as the only Host.
        env.put("SUMMIT_HTTP_HOST", "0.0.0.0");
        env.put("SUMMIT_ALLOWED_HOSTS", "127.0.0.1,summit.example.org");
        try (SummitProcess app = SummitProcess.start("external-kafka", TestKafkaBroker.freePort(), env)
                .awaitHealthy()) {
            assertThat(rawGet("127.0.0.2", app.httpPort(), "summit.example.org").status())
                    .as("SUMMIT_HTTP_HOST=0.0.0.0 listens on every address; the configured name is allowed")
                    .isEqualTo(200);
            assertThat(rawGet("127.0.0.2", app.httpPort(), "localhost:" + app.httpPort())
                            .status())
                    .as("a name outside SUMMIT_ALLOWED_HOSTS")
                    .isEqualTo(400);
            assertThat(listening(unusedKafkaPort))
                    .as("an embedded broker's port")
                    .isFalse();
            assertThat(Files.exists(dataDir.resolve("kafka"))).isFalse();
            assertThat(Files.exists(dataDir.resolve(KafkaCredentials.FILE_NAME)))
                    .as("no credentials of an embedded broker")
                    .isFalse();
            assertThat(app.output()).contains("(external)");
            String id = id(app.loginAsDemo(dataDir, "organiser@summit.demo")
                    .postJson("/api/summits", summit("External"))
                    .body());
            try (var consumer = org.summit.shared.kafka.KafkaTestSupport.plainConsumer(
                    TestKafkaBroker.bootstrapServers(), Topics.AGENDA)) {
                List<String> keys = new ArrayList<>();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    org.summit.shared.kafka.KafkaTestSupport.poll(consumer, Duration.ofMillis(200))
                            .forEach(record -> keys.add(record.key()));
                    return keys.contains(id);
                });
            }
        }
    }

    private Map<String, String> embedded(int kafkaPort) {
        return Map.of(
                "SUMMIT_DATA_DIR", dataDir.toString(),
                "SUMMIT_KAFKA_PORT", String.valueOf(kafkaPort),
                "SUMMIT_KAFKA_CONTROLLER_PORT", String.valueOf(TestKafkaBroker.freePort()));
    }

    /**
     * Whether the notifications group has committed, on every partition it reads, the end of the log: everything
     * published was consumed and nothing is left to consume.
     */
    private boolean notificationsCommittedEverything(int kafkaPort) throws Exception {
        try (Admin admin = admin(kafkaPort)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("summit-notifications")
                    .partitionsToOffsetAndMetadata()
                    .get();
            Set<TopicPartition> partitions = new HashSet<>();
            admin.describeTopics(
                            List.of(Topics.AGENDA, Topics.CITIES, Topics.EXCHANGES, Topics.CEREMONY, Topics.ACCOUNTS))
                    .allTopicNames()
                    .get()
                    .forEach((topic, description) -> description
                            .partitions()
                            .forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all()
                    .get()
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return partitions.stream().allMatch(partition -> {
                OffsetAndMetadata offset = committed.get(partition);
                return (offset == null ? 0 : offset.offset()) == ends.get(partition);
            });
        }
    }

    /** An admin client with the credentials the application generated into its data directory. */
    private Admin admin(int kafkaPort) throws IOException {
        Properties props = new Properties();
        try (var in = Files.newInputStream(dataDir.resolve(KafkaCredentials.FILE_NAME))) {
            props.load(in);
        }
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort);
        return Admin.create(props);
    }

    private static boolean listening(int port) {
        return listening("127.0.0.1", port);
    }

    private static boolean listening(String address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** GET /health with a Host header of the test's choosing, which java.net.http does not let a caller set. */
    private static RawResponse rawGet(String address, int port, String host) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET /health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            return new RawResponse(
                    Integer.parseInt(response.substring(9, 12)),
                    response.substring(0, headersEnd),
                    response.substring(headersEnd + 4));
        }
    }

    private record RawResponse(int status, String headers, String body) {}

    private static String summit(String englishName) {
        return """
                {"name": {"zh-Hant": "高峰會 %s", "en": "%s"},
                 "venue": {"zh-Hant": "臺北", "en": "Taipei"},
                 "startsOn": "2027-03-23", "endsOn": "2027-03-24", "timeZone": "Asia/Taipei"}
                """.formatted(englishName, englishName);
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertThat(matcher.find()).as("an id in " + json).isTrue();
        return matcher.group(1);
    }

    private static long countIds(String json) {
        return ID.matcher(json).results().count();
    }
}
