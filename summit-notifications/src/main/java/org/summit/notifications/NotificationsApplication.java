package org.summit.notifications;

import io.micronaut.runtime.Micronaut;
import org.summit.shared.kafka.KafkaClientSecurity;

/**
 * Runs summit-notifications as a process of its own, beside one or more summit-api instances, against the same
 * Kafka cluster ({@code KAFKA_BOOTSTRAP_SERVERS}) and database ({@code DATASOURCE_URL}). In the embedded default
 * the same beans run inside the summit-api process instead. The cluster's security settings come from the
 * environment too ({@link KafkaClientSecurity}).
 */
public final class NotificationsApplication {

    private NotificationsApplication() {}

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(NotificationsApplication.class)
                .properties(KafkaClientSecurity.fromEnvironment(System.getenv()))
                .environments("notifications")
                .start();
    }
}
