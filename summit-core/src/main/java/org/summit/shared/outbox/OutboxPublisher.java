package org.summit.shared.outbox;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.messaging.annotation.MessageHeader;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The relay's producer: waits for every in-sync replica ({@code acks=all}) and is idempotent, so a retried send
 * never writes a record twice (see {@code kafka.producers.outbox-relay} in the configuration).
 */
@KafkaClient(id = "outbox-relay", acks = KafkaClient.Acknowledge.ALL)
interface OutboxPublisher {

    CompletableFuture<RecordMetadata> publish(
            @Topic String topic,
            @KafkaKey String key,
            String envelope,
            @MessageHeader("summit-event-type") String type,
            @MessageHeader("summit-event-id") String eventId);
}
