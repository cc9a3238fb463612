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
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft combined mode (broker and controller in one), running inside
 * this JVM and bound to 127.0.0.1. It keeps its log under the given directory, so topics, records and consumer
 * offsets survive a restart.
 *
 * <p>Used by the embedded mode and by the test suite. It needs the optional {@code kafka_2.13} dependency.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

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
    public static EmbeddedKafkaBroker start(Path logDir, int port, int controllerPort) {
        Instant started = Instant.now();
        Properties props = brokerProperties(logDir, port, controllerPort);
        format(logDir, props);
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

    private static Properties brokerProperties(Path logDir, int port, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "10");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The application creates its topics with the settings it needs; a typo must not create a new one.
        props.put("auto.create.topics.enable", "false");
        props.put("unclean.leader.election.enable", "false");
        return props;
    }

    private static void format(Path logDir, Properties props) {
        try {
            Files.createDirectories(logDir);
            Path config = Files.createTempFile("summit-kafka", ".properties");
            try (var out = Files.newOutputStream(config)) {
                props.store(out, "Summit embedded Kafka broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int code = StorageTool.execute(
                    new String[] {"format", "-t", clusterId(logDir), "-c", config.toString(), "--ignore-formatted"},
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

    /** The id the directory was formatted with, so a restart finds its own cluster; a new one the first time. */
    private static String clusterId(Path logDir) throws IOException {
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties formatted = new Properties();
            try (var in = Files.newInputStream(meta)) {
                formatted.load(in);
            }
            String id = formatted.getProperty("cluster.id");
            if (id != null) {
                return id;
            }
        }
        return Uuid.randomUuid().toString();
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
