package org.summit.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.runtime.server.EmbeddedServer;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.api.embedded.DataDirectoryLock;
import org.summit.api.embedded.LaunchSettings;
import org.summit.shared.kafka.EmbeddedKafkaBroker;
import org.summit.shared.kafka.KafkaCredentials;

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
// Of the management endpoints only health is enabled (application-api.yml), so only health is documented.
@OpenAPIInclude(
        classes = HealthEndpoint.class,
        tags = @Tag(name = "Management", description = "Whether the process and its Kafka and database are up"))
@SecurityScheme(
        name = "session",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE,
        paramName = "SUMMIT_SESSION",
        description = "The session cookie set by POST /api/session. State-changing requests made with it must"
                + " also send the session's CSRF token in the X-CSRF-Token header.")
public final class SummitApplication {

    private static final Logger LOG = LoggerFactory.getLogger(SummitApplication.class);
    /** How long requests in flight may take to finish when the process is asked to stop; the whole stop stays < 10 s. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private SummitApplication() {}

    public static void main(String[] args) {
        try {
            start(LaunchSettings.from(System.getenv(), System.getProperties()), args)
                    .await();
        } catch (DataDirectoryLock.DataDirectoryInUseException e) {
            LOG.error("Summit cannot start: {}", e.getMessage());
            System.exit(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts everything and returns a latch that opens once it has all stopped again. */
    static CountDownLatch start(LaunchSettings settings, String... args) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(settings.dataDir());
        Optional<KafkaCredentials> credentials =
                settings.embeddedKafka() ? Optional.of(settings.embeddedKafkaCredentials()) : Optional.empty();
        EmbeddedKafkaBroker broker = credentials
                .map(user -> EmbeddedKafkaBroker.start(
                        settings.kafkaLogDir(), settings.kafkaPort(), settings.kafkaControllerPort(), user))
                .orElse(null);
        String bootstrapServers = broker != null
                ? broker.bootstrapServers()
                : settings.kafkaBootstrapServers().orElseThrow();
        LOG.info(
                "Data directory {}; Kafka {} ({})",
                settings.dataDir(),
                bootstrapServers,
                broker != null ? "embedded" : "external");
        // Built as a plain context rather than through Micronaut.run, whose own shutdown hook would race this
        // one: the broker must stop only after every Kafka client of the application has closed.
        ApplicationContext context = ApplicationContext.builder()
                .args(args)
                .mainClass(SummitApplication.class)
                .deduceEnvironment(false)
                .environments("api")
                .properties(settings.applicationProperties(bootstrapServers, credentials))
                .start();
        EmbeddedApplication<?> application = context.getBean(EmbeddedApplication.class);
        application.start();
        if (application instanceof EmbeddedServer server) {
            LOG.info("Summit is up: open {}", browserUrl(server));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stop(context, broker, lock);
                            stopped.countDown();
                        },
                        "summit-shutdown"));
        return stopped;
    }

    /** Where a person on this machine opens the app: an address the default SUMMIT_ALLOWED_HOSTS answers. */
    static String browserUrl(EmbeddedServer server) {
        String host = server.getHost();
        boolean local = switch (host) {
            case "127.0.0.1", "0.0.0.0", "::", "0:0:0:0:0:0:0:0", "localhost" -> true;
            default -> false;
        };
        return server.getScheme() + "://" + (local ? "localhost" : host) + ":" + server.getPort() + "/";
    }

    /**
     * Stops taking requests first and lets those in flight finish (a new connection is refused), then stops the
     * application, then the broker: Kafka clients closing against a stopped broker would hang. Stopping the
     * application while requests were still arriving answered them with 500 "task rejected from a terminated
     * executor".
     */
    private static void stop(ApplicationContext context, EmbeddedKafkaBroker broker, DataDirectoryLock lock) {
        Instant began = Instant.now();
        context.findBean(EmbeddedServer.class).ifPresent(SummitApplication::finishRequestsInFlight);
        context.stop();
        if (broker != null) {
            broker.close();
        }
        lock.close();
        LOG.info(
                "Summit stopped in {} ms",
                Duration.between(began, Instant.now()).toMillis());
    }

    private static void finishRequestsInFlight(EmbeddedServer server) {
        if (!(server instanceof GracefulShutdownCapable graceful)) {
            return;
        }
        LOG.info("Summit is stopping: no new requests, finishing those in flight (at most {} s)", GRACE.toSeconds());
        try {
            graceful.shutdownGracefully().toCompletableFuture().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn(
                    "Requests still in flight after {} s are cut off: {} open",
                    GRACE.toSeconds(),
                    graceful.reportActiveTasks().orElse(-1));
        } catch (ExecutionException e) {
            LOG.warn("The HTTP server did not stop gracefully: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
