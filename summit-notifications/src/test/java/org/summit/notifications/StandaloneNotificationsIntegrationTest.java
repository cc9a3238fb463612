package org.summit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.events.agenda.SummitCreated;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * summit-notifications as a process of its own, as in the distributed setup: started from its own main with
 * nothing but environment variables, it joins the Kafka cluster and applies what another process published.
 */
class StandaloneNotificationsIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void runsAsItsOwnProcessAndConsumesWhatAnotherProcessPublished() throws Exception {
        int port = TestKafkaBroker.freePort();
        Path log = Files.createDirectories(Path.of("target", "standalone")).resolve("notifications.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        NotificationsApplication.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(TestKafkaBroker.externalClusterEnvironment());
        builder.environment().put("NOTIFICATIONS_PORT", String.valueOf(port));
        builder.environment()
                .put("DATASOURCE_URL", "jdbc:h2:file:" + dataDir.resolve("notifications") + ";WRITE_DELAY=0");
        Process process = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(90))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .failFast("the process exited; see " + log.toAbsolutePath(), () -> !process.isAlive())
                    .until(() -> http.send(
                                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .statusCode()
                            == 200);

            String summitId = UUID.randomUUID().toString();
            publishFromAnotherProcess(summitId);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> read(log).contains("Received SummitCreated")
                            && read(log).contains("for " + summitId));
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }

    /** What summit-api's outbox relay does, done here with a plain producer. */
    private static void publishFromAnotherProcess(String summitId) {
        EventCodec codec = new EventCodec(io.micronaut.serde.ObjectMapper.getDefault());
        String envelope = codec.encode(codec.wrap(
                new SummitCreated(
                        summitId,
                        LocalizedText.of("高峰會", "Summit"),
                        LocalizedText.of("臺北", "Taipei"),
                        LocalDate.of(2016, 3, 23),
                        LocalDate.of(2016, 3, 24),
                        "Asia/Taipei"),
                Instant.now()));
        Properties props = TestKafkaBroker.clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(Topics.AGENDA, summitId, envelope));
            producer.flush();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
