package org.summit.shared.kafka;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.Topics;

/**
 * Creates the application's topics, with the partitions and settings it needs, before any consumer or producer
 * starts. A topic that already exists is left as it is.
 */
@Context
@Requires(property = "kafka.enabled", notEquals = "false")
@Requires(property = "kafka.bootstrap.servers")
final class TopicsInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(TopicsInitializer.class);

    TopicsInitializer(
            @Value("${kafka.bootstrap.servers}") String bootstrapServers,
            @Value("${summit.kafka.topics.create-timeout:60s}") Duration timeout,
            TopicSettings settings,
            KafkaDefaultConfiguration kafka) {
        Properties props = new Properties();
        // The connection settings every client of the application shares (bootstrap, SASL, TLS), and nothing of
        // the producer or consumer settings, which an admin client would only warn about.
        kafka.getConfig().forEach((key, value) -> {
            String name = key.toString();
            if (name.startsWith("security.") || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                props.put(name, value);
            }
        });
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "summit-topics-initializer");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, settings.partitions(), settings.replicationFactor())
                            .configs(Map.of(
                                    TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                                    String.valueOf(settings.minInsyncReplicas()),
                                    TopicConfig.UNCLEAN_LEADER_ELECTION_ENABLE_CONFIG,
                                    "false")))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info(
                        "Created Kafka topics {}",
                        missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Cannot create Summit's Kafka topics on " + bootstrapServers + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topics", e);
        }
    }
}
