package org.summit.api.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.summit.shared.kafka.KafkaClientSecurity;
import org.summit.shared.kafka.KafkaCredentials;

/**
 * What the launcher decides before the application context exists: where the data lives, and whether this
 * process runs its own Kafka broker and H2 database (the embedded default) or joins existing ones.
 *
 * <p>Read from environment variables, each of which can also be given as a system property of the same meaning
 * ({@code -Dsummit.data-dir=…}); the README lists them.
 */
public record LaunchSettings(
        Path dataDir,
        Optional<String> kafkaBootstrapServers,
        int kafkaPort,
        int kafkaControllerPort,
        Optional<String> datasourceUrl,
        Optional<String> demo,
        Optional<String> httpPort,
        Optional<String> httpHost,
        Optional<String> allowedHosts,
        Optional<String> jwtSecret,
        Map<String, Object> externalKafkaSecurity) {

    public static LaunchSettings from(Map<String, String> env, java.util.Properties system) {
        Path dataDir = Path.of(setting(env, system, "SUMMIT_DATA_DIR", "summit.data-dir")
                        .orElse("data"))
                .toAbsolutePath()
                .normalize();
        return new LaunchSettings(
                dataDir,
                setting(env, system, "KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers"),
                port(setting(env, system, "SUMMIT_KAFKA_PORT", "summit.kafka.port"), 9092),
                port(setting(env, system, "SUMMIT_KAFKA_CONTROLLER_PORT", "summit.kafka.controller-port"), 9093),
                setting(env, system, "DATASOURCE_URL", "datasources.default.url"),
                setting(env, system, "SUMMIT_DEMO", "summit.demo.enabled"),
                setting(env, system, "SUMMIT_HTTP_PORT", "micronaut.server.port"),
                setting(env, system, "SUMMIT_HTTP_HOST", "micronaut.server.host"),
                setting(env, system, "SUMMIT_ALLOWED_HOSTS", "summit.http.allowed-hosts"),
                setting(env, system, "SUMMIT_JWT_SECRET", "summit.security.jwt-secret"),
                KafkaClientSecurity.fromEnvironment(env));
    }

    /** True when no Kafka cluster is named: this process starts its own broker under the data directory. */
    public boolean embeddedKafka() {
        return kafkaBootstrapServers.isEmpty();
    }

    public Path kafkaLogDir() {
        return dataDir.resolve("kafka");
    }

    /** The embedded broker's one user, made on first start and kept in the data directory for the owner only. */
    public KafkaCredentials embeddedKafkaCredentials() {
        return KafkaCredentials.readOrCreate(dataDir.resolve(KafkaCredentials.FILE_NAME));
    }

    /** The H2 database under the data directory, written through on every commit so kill -9 loses nothing. */
    public String embeddedDatasourceUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("summit") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * The properties the application context starts with, on top of application.yml: with the embedded broker's
     * credentials when it runs one, else with what the environment says about the external cluster's security.
     */
    public Map<String, Object> applicationProperties(
            String bootstrapServers, Optional<KafkaCredentials> embeddedCredentials) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("summit.data-dir", dataDir.toString());
        properties.put("kafka.bootstrap.servers", bootstrapServers);
        properties.putAll(embeddedCredentials.map(KafkaClientSecurity::embedded).orElse(externalKafkaSecurity));
        properties.put("datasources.default.url", datasourceUrl.orElseGet(this::embeddedDatasourceUrl));
        // The 2016 Taipei summit is loaded on first start of the embedded default, not into a production database.
        properties.put("summit.demo.enabled", demo.orElse(String.valueOf(datasourceUrl.isEmpty())));
        properties.put("micronaut.server.port", httpPort.orElse("8080"));
        // Only this machine reaches the embedded default unless the operator opens it up.
        properties.put("micronaut.server.host", httpHost.orElse("127.0.0.1"));
        allowedHosts.ifPresent(hosts -> properties.put("summit.http.allowed-hosts", hosts));
        properties.put(
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                jwtSecret.orElseGet(() -> JwtSecretFile.readOrCreate(dataDir)));
        return properties;
    }

    private static Optional<String> setting(
            Map<String, String> env, java.util.Properties system, String variable, String property) {
        String value = system.getProperty(property, env.get(variable));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static int port(Optional<String> value, int fallback) {
        try {
            return value.map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a port number: " + value.get(), e);
        }
    }
}
