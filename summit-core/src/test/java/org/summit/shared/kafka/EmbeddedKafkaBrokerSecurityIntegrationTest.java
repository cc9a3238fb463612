package org.summit.shared.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.summit.events.Topics;

/**
 * The embedded broker as someone else on the same host meets it: a plain Kafka client without the application's
 * credentials, with wrong ones, or with a user of its own, can neither write a forged event to
 * {@code summit.cities.v1} nor read what is there; with the generated credentials it can.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedKafkaBrokerSecurityIntegrationTest {

    private static final String FORGED = "{\"type\":\"CityRegistered\",\"aggregateId\":\"forged-city\"}";

    private TestKafkaBroker.Restartable broker;

    @BeforeAll
    void startBrokerWithARecordOnTheCitiesTopic() throws Exception {
        broker = TestKafkaBroker.startOwn();
        try (Admin admin = Admin.create(broker.clientProperties())) {
            admin.createTopics(List.of(new NewTopic(Topics.CITIES, 1, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = producer(broker.clientProperties())) {
            producer.send(new ProducerRecord<>(Topics.CITIES, "taipei", "the application's own event"))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    void stopBroker() {
        broker.close();
    }

    @Test
    void aClientWithTheGeneratedCredentialsProducesAndConsumes() throws Exception {
        try (KafkaProducer<String, String> producer = producer(broker.clientProperties())) {
            assertThat(producer.send(new ProducerRecord<>(Topics.CITIES, "orlando", "another event"))
                            .get(30, TimeUnit.SECONDS)
                            .offset())
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(readAll(broker.clientProperties(), 2)).contains("the application's own event", "another event");
    }

    @Test
    void aClientWithoutCredentialsCanNeitherProduceNorConsume() {
        Properties plain = new Properties();
        plain.put("bootstrap.servers", broker.bootstrapServers());
        try (KafkaProducer<String, String> producer = producer(plain)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.CITIES, "forged-city", FORGED))
                            .get(30, TimeUnit.SECONDS))
                    .as("the broker closes an unauthenticated connection before it answers anything")
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TimeoutException.class);
        }
        try (KafkaConsumer<String, String> consumer = consumer(plain)) {
            assertThatThrownBy(() -> consumer.partitionsFor(Topics.CITIES, Duration.ofSeconds(3)))
                    .isInstanceOf(TimeoutException.class);
        }
        assertThat(readAll(broker.clientProperties(), 1)).doesNotContain(FORGED);
    }

    @Test
    void aClientWithAWrongPasswordIsRefused() {
        Properties wrong = new Properties();
        wrong.put("bootstrap.servers", broker.bootstrapServers());
        wrong.putAll(new KafkaCredentials(broker.credentials().username(), "not-the-password").clientProperties());
        try (KafkaProducer<String, String> producer = producer(wrong)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.CITIES, "forged-city", FORGED))
                            .get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
        try (KafkaConsumer<String, String> consumer = consumer(wrong)) {
            consumer.subscribe(List.of(Topics.CITIES));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(SaslAuthenticationException.class);
        }
        assertThat(readAll(broker.clientProperties(), 1)).doesNotContain(FORGED);
    }

    @Test
    void anotherUserOfTheSameBrokerIsAuthenticatedButAllowedNothing() throws Exception {
        KafkaCredentials intruder = KafkaCredentials.generate("intruder-" + UUID.randomUUID());
        try (Admin admin = Admin.create(broker.clientProperties())) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                            intruder.username(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                            intruder.password())))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        Properties other = new Properties();
        other.put("bootstrap.servers", broker.bootstrapServers());
        other.putAll(intruder.clientProperties());
        // The new user is known to the broker a moment after the admin call returns: until then it is refused as
        // unknown, which is not what this test is about, so it tries again with a fresh producer.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (KafkaProducer<String, String> producer = producer(other)) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.CITIES, "forged-city", FORGED))
                                .get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(AuthorizationException.class);
            }
        });
        try (KafkaConsumer<String, String> consumer = consumer(other)) {
            consumer.subscribe(List.of(Topics.CITIES));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10))).isInstanceOf(AuthorizationException.class);
        }
        assertThat(readAll(broker.clientProperties(), 1)).doesNotContain(FORGED);
    }

    /**
     * A data directory from before the broker was secured: its log was formatted without any SCRAM user and holds a
     * record. The secured broker starts on it, keeps the record and lets only the credentials in.
     */
    @Test
    void aLogFormattedWithoutCredentialsStartsSecuredAndKeepsItsRecords(@TempDir Path logDir) throws Exception {
        int port = TestKafkaBroker.freePort();
        int controllerPort = TestKafkaBroker.freePort();
        Properties unsecured = unsecuredBrokerAsBefore(logDir, port, controllerPort);
        KafkaRaftServer old = new KafkaRaftServer(KafkaConfig.fromProps(unsecured, false), Time.SYSTEM);
        old.startup();
        Properties plain = new Properties();
        plain.put("bootstrap.servers", "127.0.0.1:" + port);
        try {
            try (Admin admin = Admin.create(plain)) {
                admin.createTopics(List.of(new NewTopic(Topics.CITIES, 1, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, String> producer = producer(plain)) {
                producer.send(new ProducerRecord<>(Topics.CITIES, "taipei", "written before the upgrade"))
                        .get(30, TimeUnit.SECONDS);
            }
        } finally {
            old.shutdown();
            old.awaitShutdown();
        }

        KafkaCredentials credentials = KafkaCredentials.generate("summit");
        try (EmbeddedKafkaBroker secured = EmbeddedKafkaBroker.start(logDir, port, controllerPort, credentials)) {
            Properties authenticated = new Properties();
            authenticated.put("bootstrap.servers", secured.bootstrapServers());
            authenticated.putAll(credentials.clientProperties());
            assertThat(readAll(authenticated, 1)).containsExactly("written before the upgrade");
            try (KafkaConsumer<String, String> consumer = consumer(plain)) {
                assertThatThrownBy(() -> consumer.partitionsFor(Topics.CITIES, Duration.ofSeconds(3)))
                        .isInstanceOf(TimeoutException.class);
            }
        }
    }

    /** The broker's settings and format before it was secured, as an older Summit left its data directory. */
    private static Properties unsecuredBrokerAsBefore(Path logDir, int port, int controllerPort) throws Exception {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        Path config = Files.createTempFile("summit-kafka-before", ".properties");
        try (var out = Files.newOutputStream(config)) {
            props.store(out, null);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code = StorageTool.execute(
                new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(code).as(output.toString(StandardCharsets.UTF_8)).isZero();
        return props;
    }

    /** Every record on the cities topic, read from its beginning with {@code connection}, at least {@code atLeast}. */
    private static List<String> readAll(Properties connection, int atLeast) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = KafkaTestSupport.plainConsumer(connection, Topics.CITIES)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(consumer, Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= atLeast;
            });
        }
        return values;
    }

    private static KafkaProducer<String, String> producer(Properties connection) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        return new KafkaProducer<>(props);
    }

    private static KafkaConsumer<String, String> consumer(Properties connection) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
