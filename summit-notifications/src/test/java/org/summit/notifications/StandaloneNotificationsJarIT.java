package org.summit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.events.accounts.AccountInvited;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;
import org.summit.shared.outbox.Outbox;

/**
 * The distributed setup as the README tells people to run it: the standalone jar of summit-notifications (built in
 * the package phase, so this runs as a failsafe integration test after it) beside the process that owns the outbox
 * (the services and the outbox relay, as summit-api runs them), on one H2 database in server mode and one broker.
 * Only the outbox's owner relays: every event reaches the topic once and is received once. And the jar stopped
 * (SIGTERM) while it sends a few hundred e-mails finishes the one in flight, records it and sends no more; started
 * again, it sends the rest: every e-mail once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneNotificationsJarIT {

    private static final int EVENTS = 20;

    /** A few hundred e-mails, sent while the process is stopped and started again. */
    private static final int INVITATIONS = 300;

    private static final String SENT =
            "SELECT COUNT(*) FROM notifications_mail WHERE kind = 'account.invitation' AND state = 'SENT'";

    /** Static: an instance field is not there yet when {@code @BeforeAll} runs. */
    @TempDir
    static Path dir;

    private TestKafkaBroker.Restartable broker;
    private Server database;
    private String databaseUrl;
    private final List<Process> started = new ArrayList<>();
    private Process notifications;
    private Path log;

    @BeforeAll
    void startBrokerAndDatabase() throws Exception {
        broker = TestKafkaBroker.startOwn();
        database = Server.createTcpServer(
                        "-tcpPort",
                        String.valueOf(TestKafkaBroker.freePort()),
                        "-ifNotExists",
                        "-baseDir",
                        dir.toString())
                .start();
        databaseUrl = database("summit");
    }

    /** A database of its own for each test, on the one database server. */
    private String database(String name) {
        return "jdbc:h2:tcp://127.0.0.1:" + database.getPort() + "/" + name;
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor(60, TimeUnit.SECONDS);
            }
        }
        database.stop();
        broker.close();
    }

    @Test
    void onlyTheOutboxOwnerRelaysAndTheJarReceivesEveryEventOnce() throws Exception {
        // Events written while no relay runs anywhere: they wait in the outbox.
        try (ApplicationContext owner = ownerContext(false)) {
            SummitService summits = owner.getBean(SummitService.class);
            for (int i = 0; i < EVENTS; i++) {
                summits.create(summit(i));
            }
            assertThat(owner.getBean(Outbox.class).pending()).isEqualTo(EVENTS);
        }

        notifications = startTheJar(databaseUrl, Map.of(), "notifications-jar.log");
        try (ApplicationContext watcher = ownerContext(false)) {
            Outbox outbox = watcher.getBean(Outbox.class);
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> outbox.pending() == EVENTS);
        }

        try (ApplicationContext owner = ownerContext(true)) {
            Outbox outbox = owner.getBean(Outbox.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> outbox.pending() == 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> received() == EVENTS);
            assertThat(distinctReceived()).isEqualTo(EVENTS);
        }
        assertThat(recordsOnTheAgendaTopic()).as("each event published once").isEqualTo(EVENTS);
        assertThat(eventIdsOnTheAgendaTopic()).hasSize(EVENTS);
        assertThat(read(log)).as("the jar's own consumer at work").contains("Received SummitCreated");
        assertThat(notifications.isAlive()).isTrue();
        // Out of the consumer group before the next test's process joins it.
        notifications.destroy();
        assertThat(notifications.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aJarStoppedWhileSendingFinishesTheEmailInFlightAndItsSuccessorSendsTheRestEachOnce() throws Exception {
        String stopped = database("summit-stopped");
        List<String> addresses = new ArrayList<>();
        try (TestSmtpServer smtp = TestSmtpServer.started();
                TestEvents events =
                        new TestEvents(broker.clientProperties(), new EventCodec(JsonMapper.createDefault()))) {
            // The server takes the 100th message in and waits before it answers: the jar is then sending it.
            TestSmtpServer.Hold hold = smtp.holdAt(100);
            Map<String, String> sending = Map.of(
                    "SUMMIT_SMTP_HOST", "127.0.0.1",
                    "SUMMIT_SMTP_PORT", String.valueOf(smtp.port()),
                    "SUMMIT_NOTIFICATIONS_SENDER_INTERVAL", "200ms",
                    // Longer than the successor has: it can only send what the stopped jar gave back.
                    "SUMMIT_NOTIFICATIONS_SENDER_LEASE", "10m",
                    "SUMMIT_NOTIFICATIONS_DIGEST_ENABLED", "false");
            Process first = startTheJar(stopped, sending, "notifications-jar-stopped.log");
            Path firstLog = log;
            // Organisers invite a few hundred people (the jar made the topics when it started).
            for (int i = 0; i < INVITATIONS; i++) {
                String address = "invitee-" + i + "@orlando.example";
                addresses.add(address);
                events.publish(new AccountInvited(
                        UUID.randomUUID().toString(),
                        address,
                        "Invitee " + i,
                        "DELEGATE",
                        "orlando",
                        "/invitation/" + UUID.randomUUID(),
                        Instant.now().plus(Duration.ofDays(7))));
            }
            await().atMost(Duration.ofSeconds(120)).until(hold::holding);

            // SIGTERM, as an orchestrator or Ctrl-C stops it, while it waits for the server's answer.
            first.destroy();
            await().atMost(Duration.ofSeconds(60)).until(() -> read(firstLog).contains("Stopping the e-mail sender"));
            hold.release();
            assertThat(first.waitFor(90, TimeUnit.SECONDS))
                    .as("the jar stopped")
                    .isTrue();

            // The e-mail in flight was accepted and recorded as sent; none was sent after it.
            assertThat(smtp.received()).hasSize(100);
            assertThat(count(stopped, SENT)).isEqualTo(100);
            // Whatever it had claimed beyond that e-mail it gave back (logged as "Gave … back" when there was any):
            // its successor sends the rest well within the claims' lease.
            assertThat(read(firstLog)).contains("E-mail sender stopped");

            Process second = startTheJar(stopped, sending, "notifications-jar-restarted.log");
            await().atMost(Duration.ofSeconds(120)).until(() -> count(stopped, SENT) == INVITATIONS);
            await().during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> smtp.received().size() == INVITATIONS);
            Map<String, Long> perAddress = smtp.received().stream()
                    .flatMap(message -> TestSmtpServer.recipients(message).stream())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perAddress.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
            assertThat(perAddress.values()).containsOnly(1L);
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** What summit-api runs against the database: the services, and the relay when {@code relay} is true. */
    private ApplicationContext ownerContext(boolean relay) {
        Map<String, Object> properties = new HashMap<>(broker.applicationProperties());
        properties.put("datasources.default.url", databaseUrl);
        properties.put("summit.outbox.relay.enabled", String.valueOf(relay));
        // As summit-api runs beside the jar: notifying people is the jar's alone, so every event it receives is its.
        properties.put("summit.notifications.consumers.enabled", "false");
        return ApplicationContext.run(properties, "test");
    }

    /** Starts the jar against {@code databaseUrl} with {@code environment} added; returns once it is healthy. */
    private Process startTheJar(String databaseUrl, Map<String, String> environment, String logName)
            throws IOException {
        Path jar = Path.of(System.getProperty("standalone.jar"));
        assertThat(jar).as("the jar the README tells people to run").exists();
        int port = TestKafkaBroker.freePort();
        log = Files.createDirectories(Path.of("target", "standalone")).resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("KAFKA_") || key.startsWith("DATASOURCE_"));
        builder.environment().putAll(broker.externalClusterEnvironment());
        builder.environment().put("NOTIFICATIONS_PORT", String.valueOf(port));
        builder.environment().put("DATASOURCE_URL", databaseUrl);
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(90))
                .ignoreExceptionsInstanceOf(IOException.class)
                .failFast("the jar exited; see " + log.toAbsolutePath(), () -> !process.isAlive())
                .until(() -> http.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200);
        return process;
    }

    private long recordsOnTheAgendaTopic() throws Exception {
        try (Admin admin = Admin.create(broker.clientProperties())) {
            Set<TopicPartition> partitions = admin
                    .describeTopics(List.of(Topics.AGENDA))
                    .allTopicNames()
                    .get()
                    .get(Topics.AGENDA)
                    .partitions()
                    .stream()
                    .map(info -> new TopicPartition(Topics.AGENDA, info.partition()))
                    .collect(Collectors.toSet());
            return admin
                    .listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all()
                    .get()
                    .values()
                    .stream()
                    .mapToLong(info -> info.offset())
                    .sum();
        }
    }

    private Set<String> eventIdsOnTheAgendaTopic() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(broker.clientProperties(), Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                records.addAll(KafkaTestSupport.poll(consumer, Duration.ofMillis(200)));
                return records.size() >= EVENTS;
            });
        }
        return records.stream()
                .map(record -> new String(
                        record.headers().lastHeader("summit-event-id").value(), StandardCharsets.UTF_8))
                .collect(Collectors.toSet());
    }

    private long received() throws Exception {
        return count(databaseUrl, "SELECT COUNT(*) FROM notifications_received_event");
    }

    private long distinctReceived() throws Exception {
        return count(databaseUrl, "SELECT COUNT(DISTINCT event_id) FROM notifications_received_event");
    }

    /** Straight from the database server, as a person checking it would, outside any application context. */
    private static long count(String databaseUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "sa", "");
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static SummitDetails summit(int i) {
        return new SummitDetails(
                LocalizedText.of("高峰會 " + i, "Summit " + i),
                LocalizedText.of("臺北", "Taipei"),
                LocalDate.of(2016, 3, 23),
                LocalDate.of(2016, 3, 24),
                "Asia/Taipei");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
