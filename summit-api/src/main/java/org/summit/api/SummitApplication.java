package org.summit.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.api.embedded.DataDirectoryLock;
import org.summit.api.embedded.LaunchSettings;
import org.summit.shared.kafka.EmbeddedKafkaBroker;

/**
 * Starts Summit. With no configuration at all this is the embedded default: it takes the data directory
 * ({@code ./data}), starts a real Kafka broker in this process with its log there, opens H2 there, and runs the
 * API, the UI and notifications. With {@code KAFKA_BOOTSTRAP_SERVERS} set it joins that cluster instead.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Summit API",
                        version = "0.1",
                        description =
                                "Programme, cities, exchanges and the signing ceremony of an international summit."
                                        + " Errors are application/problem+json bodies that name the field at fault.",
                        license = @License(name = "Apache-2.0")))
public final class SummitApplication {

    private static final Logger LOG = LoggerFactory.getLogger(SummitApplication.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private SummitApplication() {}

    public static void main(String[] args) {
        try {
            start(LaunchSettings.from(System.getenv(), System.getProperties()), args);
        } catch (DataDirectoryLock.DataDirectoryInUseException e) {
            System.err.println("Summit cannot start: " + e.getMessage());
            System.exit(2);
        }
    }

    static void start(LaunchSettings settings, String... args) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(settings.dataDir());
        EmbeddedKafkaBroker broker = settings.embeddedKafka()
                ? EmbeddedKafkaBroker.start(
                        settings.kafkaLogDir(), settings.kafkaPort(), settings.kafkaControllerPort())
                : null;
        String bootstrapServers = broker != null
                ? broker.bootstrapServers()
                : settings.kafkaBootstrapServers().orElseThrow();
        LOG.info(
                "Data directory {}; Kafka {} ({})",
                settings.dataDir(),
                bootstrapServers,
                broker != null ? "embedded" : "external");
        ApplicationContext context = Micronaut.build(args)
                .mainClass(SummitApplication.class)
                .environments("api")
                .properties(settings.applicationProperties(bootstrapServers))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(context, broker, lock), "summit-embedded-shutdown"));
    }

    /** The application first, the broker after it: Kafka clients closing against a stopped broker would hang. */
    private static void stop(ApplicationContext context, EmbeddedKafkaBroker broker, DataDirectoryLock lock) {
        context.stop();
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (context.isRunning() && Instant.now().isBefore(deadline)) {
            // Micronaut's own shutdown hook may be stopping the context at the same time; wait for it.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        if (broker != null) {
            broker.close();
        }
        lock.close();
    }
}
