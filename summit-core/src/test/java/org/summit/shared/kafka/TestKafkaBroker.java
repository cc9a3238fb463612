package org.summit.shared.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real Kafka broker for the test suite, secured exactly like the embedded mode's (SASL/SCRAM, an authorizer with
 * one super user): one per test JVM, started on first use on free ports and stopped when the JVM exits, after the
 * Micronaut contexts of the tests have closed. Tests that need to stop and restart a broker start their own with
 * {@link #startOwn()}.
 */
public final class TestKafkaBroker {

    private static final Map<String, Restartable> STARTED = new ConcurrentHashMap<>();
    private static Restartable shared;

    private TestKafkaBroker() {}

    public static synchronized String bootstrapServers() {
        return shared().bootstrapServers();
    }

    /** The shared broker's user, for a client or a child process that must be let in. */
    public static KafkaCredentials credentials() {
        return shared().credentials();
    }

    /** Everything a plain Kafka client needs to reach the shared broker and be let in. */
    public static Properties clientProperties() {
        return shared().clientProperties();
    }

    /** Bootstrap servers and credentials of the suite's broker at {@code bootstrapServers}. */
    public static Properties clientProperties(String bootstrapServers) {
        Restartable broker = STARTED.get(bootstrapServers);
        if (broker == null) {
            throw new IllegalArgumentException("No broker of the test suite listens at " + bootstrapServers);
        }
        return broker.clientProperties();
    }

    /** The application properties that point a Micronaut context at the shared broker, with its credentials. */
    public static Map<String, Object> applicationProperties() {
        return shared().applicationProperties();
    }

    /** The environment variables that point a Summit process at the shared broker as an external cluster. */
    public static Map<String, String> externalClusterEnvironment() {
        return shared().externalClusterEnvironment();
    }

    private static synchronized Restartable shared() {
        if (shared == null) {
            shared = startOwn();
            Restartable started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-kafka-broker-stop"));
        }
        return shared;
    }

    /** Starts a broker of the caller's own, in a fresh directory; the caller stops and restarts it. */
    public static Restartable startOwn() {
        try {
            Path logDir = Files.createTempDirectory("summit-test-kafka");
            Restartable broker =
                    new Restartable(logDir, freePort(), freePort(), KafkaCredentials.generate("summit-test"));
            broker.start();
            STARTED.put(broker.bootstrapServers(), broker);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker that keeps its log directory and ports across a stop and a start, like a real node restarting. */
    public static final class Restartable implements AutoCloseable {
        private final Path logDir;
        private final int port;
        private final int controllerPort;
        private final KafkaCredentials credentials;
        private EmbeddedKafkaBroker broker;

        Restartable(Path logDir, int port, int controllerPort, KafkaCredentials credentials) {
            this.logDir = logDir;
            this.port = port;
            this.controllerPort = controllerPort;
            this.credentials = credentials;
        }

        public synchronized void start() {
            if (broker == null) {
                broker = EmbeddedKafkaBroker.start(logDir, port, controllerPort, credentials);
            }
        }

        public synchronized void stop() {
            if (broker != null) {
                broker.close();
                broker = null;
            }
        }

        public String bootstrapServers() {
            return "127.0.0.1:" + port;
        }

        public KafkaCredentials credentials() {
            return credentials;
        }

        /** Bootstrap servers and credentials for a plain client ({@code new KafkaConsumer<>(props)}). */
        public Properties clientProperties() {
            Properties props = new Properties();
            props.put("bootstrap.servers", bootstrapServers());
            props.putAll(credentials.clientProperties());
            return props;
        }

        /** For {@code ApplicationContext.run(...)}: {@code kafka.bootstrap.servers} and the credentials. */
        public Map<String, Object> applicationProperties() {
            Map<String, Object> properties = new HashMap<>(KafkaClientSecurity.embedded(credentials));
            properties.put("kafka.bootstrap.servers", bootstrapServers());
            return properties;
        }

        /** The variables a process reads to join this broker as an external cluster ({@link KafkaClientSecurity}). */
        public Map<String, String> externalClusterEnvironment() {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
            env.put("KAFKA_SECURITY_PROTOCOL", KafkaCredentials.SECURITY_PROTOCOL);
            env.put("KAFKA_SASL_MECHANISM", KafkaCredentials.MECHANISM);
            env.put("KAFKA_SASL_USERNAME", credentials.username());
            env.put("KAFKA_SASL_PASSWORD", credentials.password());
            return env;
        }

        @Override
        public void close() {
            stop();
        }
    }
}
