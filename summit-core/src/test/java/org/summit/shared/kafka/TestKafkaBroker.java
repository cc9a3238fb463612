package org.summit.shared.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real Kafka broker for the test suite: one per test JVM, started on first use on free ports and stopped when
 * the JVM exits, after the Micronaut contexts of the tests have closed. Tests that need to stop and restart a
 * broker start their own with {@link #startOwn()}.
 */
public final class TestKafkaBroker {

    private static EmbeddedKafkaBroker shared;

    private TestKafkaBroker() {}

    public static synchronized String bootstrapServers() {
        if (shared == null) {
            shared = startOwn().broker();
            EmbeddedKafkaBroker started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-kafka-broker-stop"));
        }
        return shared.bootstrapServers();
    }

    /** Starts a broker of the caller's own, in a fresh directory; the caller stops and restarts it. */
    public static Restartable startOwn() {
        try {
            Path logDir = Files.createTempDirectory("summit-test-kafka");
            Restartable broker = new Restartable(logDir, freePort(), freePort());
            broker.start();
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
        private EmbeddedKafkaBroker broker;

        Restartable(Path logDir, int port, int controllerPort) {
            this.logDir = logDir;
            this.port = port;
            this.controllerPort = controllerPort;
        }

        public synchronized void start() {
            if (broker == null) {
                broker = EmbeddedKafkaBroker.start(logDir, port, controllerPort);
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

        EmbeddedKafkaBroker broker() {
            return broker;
        }

        @Override
        public void close() {
            stop();
        }
    }
}
