package org.summit.ceremony;

import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.configuration.kafka.annotation.KafkaKey;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.messaging.annotation.MessageHeader;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The one producer outside the outbox: a tablet's strokes go straight to their topic, since a stroke that waited for
 * the outbox relay's poll would reach the big screen late. Waits for every in-sync replica ({@code acks=all}): the
 * tablet is told a batch is accepted only once the broker has it, so an accepted stroke survives a crash; and sends at
 * once ({@code linger.ms=0}): the tablet already batches its points 30 times a second, and waiting to fill a larger
 * batch would only add latency (see {@code kafka.producers.ceremony-strokes}).
 */
@KafkaClient(id = "ceremony-strokes", acks = KafkaClient.Acknowledge.ALL)
interface StrokeStream {

    CompletableFuture<RecordMetadata> send(
            @Topic String topic,
            @KafkaKey String ceremonyId,
            String envelope,
            @MessageHeader("summit-event-type") String type,
            @MessageHeader("summit-event-id") String eventId);
}
