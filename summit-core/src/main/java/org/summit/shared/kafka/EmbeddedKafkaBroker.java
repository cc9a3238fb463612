package org.summit.shared.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft combined mode (broker and controller in one), running inside
 * this JVM and bound to 127.0.0.1. It keeps its log under the given directory, so topics, records and consumer
 * offsets survive a restart.
 *
 * <p>It lets in only the holder of its {@link KafkaCredentials}: clients authenticate with SASL/SCRAM-SHA-512 on the
 * client listener, the controller listener takes SASL/PLAIN (SCRAM cannot serve a controller), and the
 * {@code StandardAuthorizer} allows nothing to anyone but that user, its only super user. The SCRAM credentials are
 * written into the cluster's metadata when the log directory is formatted; a directory formatted without them (by
 * an older Summit) or with other ones gets them on its next start, with its topics and offsets kept.
 *
 * <p>Used by the embedded mode and by the test suite. It needs the optional {@code kafka_2.13} dependency.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** Beside Kafka's own files in the log directory: which credentials the cluster's metadata holds. */
    static final String CREDENTIALS_FINGERPRINT = "summit-credentials.sha256";
    /** Kafka writes it when its logs were flushed and closed; without it they are recovered on start. */
    private static final String CLEAN_SHUTDOWN = ".kafka_cleanshutdown";
    /** Kafka's default iteration count for SCRAM-SHA-512, the one {@code --add-scram} uses too. */
    private static final int SCRAM_ITERATIONS = 4096;

    private final KafkaRaftServer server;
    private final int port;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Formats {@code logDir} on first use and starts the broker on {@code port}, with its controller on
     * {@code controllerPort}; returns once clients can connect.
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port, int controllerPort, KafkaCredentials credentials) {
        Instant started = Instant.now();
        Properties props = brokerProperties(logDir, port, controllerPort, credentials, KafkaCredentials.MECHANISM);
        if (Files.exists(logDir.resolve("meta.properties")) && !Files.exists(logDir.resolve(CLEAN_SHUTDOWN))) {
            LOG.info(
                    "The Kafka log in {} was not closed cleanly (the last stop was kill -9, a crash or a power cut):"
                            + " the broker checks it before Summit starts",
                    logDir);
        }
        Path fingerprint = logDir.resolve(CREDENTIALS_FINGERPRINT);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(logDir, props, credentials);
            writeFingerprint(fingerprint, credentials);
        } else if (!credentials.fingerprint().equals(readFingerprint(fingerprint))) {
            addScramCredentials(logDir, port, controllerPort, credentials);
            writeFingerprint(fingerprint, credentials);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        awaitListening(port);
        LOG.info(
                "Embedded Kafka broker ready on 127.0.0.1:{} in {} ms, log in {}",
                port,
                Duration.between(started, Instant.now()).toMillis(),
                logDir);
        return new EmbeddedKafkaBroker(server, port);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Embedded Kafka broker on 127.0.0.1:{} stopped", port);
    }

    private static Properties brokerProperties(
            Path logDir, int port, int controllerPort, KafkaCredentials credentials, String clientMechanism) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "CLIENT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "CLIENT");
        props.put("sasl.enabled.mechanisms", clientMechanism);
        props.put("listener.name.client.sasl.enabled.mechanisms", clientMechanism);
        props.put("sasl.mechanism.inter.broker.protocol", clientMechanism);
        props.put(
                "listener.name.client." + clientMechanism.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
                clientMechanism.equals("PLAIN") ? credentials.plainJaasConfig() : credentials.scramJaasConfig());
        props.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put("listener.name.controller.plain.sasl.jaas.config", credentials.plainJaasConfig());
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("super.users", "User:" + credentials.username());
        props.put("allow.everyone.if.no.acl.found", "false");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("offsets.topic.replication.factor", "1");
        // Fewer partitions of the offsets topic: fewer logs to recover after kill -9, and one node gains nothing
        // from spreading group coordination (a log directory formatted before keeps its own count).
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The application creates its topics with the settings it needs; a typo must not create a new one.
        props.put("auto.create.topics.enable", "false");
        props.put("unclean.leader.election.enable", "false");
        // After kill -9 the controller still holds the previous incarnation's registration and refuses the new one
        // until that session expires: 9 s by default, most of the 21 s such a start took. In one process the
        // heartbeat never crosses a network, so a short session costs nothing.
        // Not shorter: the controller also drops a heartbeat that waited half the session in its queue, which a
        // starved machine (tens of runnable threads on two cores) reaches at 2.5 s.
        props.put("broker.heartbeat.interval.ms", "1000");
        props.put("broker.session.timeout.ms", "5000");
        // The log cleaner (compacting the offsets topic) keeps a 128 MB buffer on the heap by default, the largest
        // single thing in the process; the embedded mode's few groups need a small fraction of it.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        // Logs not closed cleanly are checked segment by segment on start: use both cores.
        props.put("num.recovery.threads.per.data.dir", "2");
        return props;
    }

    private static void format(Path logDir, Properties props, KafkaCredentials credentials) {
        try {
            Files.createDirectories(logDir);
            Path config = Files.createTempFile("summit-kafka", ".properties");
            try (var out = Files.newOutputStream(config)) {
                props.store(out, "Summit embedded Kafka broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int code = StorageTool.execute(
                    new String[] {
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString(),
                        "--add-scram",
                        credentials.scramFormatArgument()
                    },
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.deleteIfExists(config);
            if (code != 0) {
                throw new IllegalStateException("Cannot format the Kafka log directory " + logDir + ": "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka log directory " + logDir, e);
        }
    }

    /**
     * Gives a log directory formatted without the application's SCRAM user (by an older Summit, or with credentials
     * since deleted) that user, keeping its topics, records and offsets: the broker starts once with SASL/PLAIN on its
     * client listener, whose user is in its configuration rather than in the metadata, and the user is added through
     * the admin API. The authorizer is on all along, so at no moment can another client get in.
     */
    private static void addScramCredentials(Path logDir, int port, int controllerPort, KafkaCredentials credentials) {
        LOG.warn(
                "The Kafka log in {} does not hold the credentials in the data directory (it was formatted by an older"
                        + " Summit, or the credentials file was replaced): adding them; topics and offsets are kept",
                logDir);
        KafkaRaftServer server = new KafkaRaftServer(
                KafkaConfig.fromProps(brokerProperties(logDir, port, controllerPort, credentials, "PLAIN"), false),
                Time.SYSTEM);
        server.startup();
        try {
            awaitListening(port);
            Properties admin = new Properties();
            admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port);
            admin.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, KafkaCredentials.SECURITY_PROTOCOL);
            admin.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
            admin.put(SaslConfigs.SASL_JAAS_CONFIG, credentials.plainJaasConfig());
            try (Admin client = Admin.create(admin)) {
                client.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                                credentials.username(),
                                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                                credentials.password())))
                        .all()
                        .get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Cannot add the application's credentials to the Kafka log in " + logDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while adding credentials to the Kafka log in " + logDir, e);
        } finally {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    private static String readFingerprint(Path file) {
        try {
            return Files.exists(file)
                    ? Files.readString(file, StandardCharsets.US_ASCII).strip()
                    : "";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void writeFingerprint(Path file, KafkaCredentials credentials) {
        try {
            Files.writeString(file, credentials.fingerprint(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void awaitListening(int port) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("The embedded Kafka broker did not listen on port " + port + " within "
                + READY_TIMEOUT.toSeconds() + " s");
    }
}
