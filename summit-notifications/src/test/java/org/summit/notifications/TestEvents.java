package org.summit.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.summit.events.DomainEvent;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;

/**
 * Publishes events on their topics as their producers' outbox relays do (keyed by aggregate, the envelope as the
 * value, its id in a header): for the rules whose producers are other contexts, and to deliver a record again.
 */
public final class TestEvents implements AutoCloseable {

    private final EventCodec codec;
    private final KafkaProducer<String, String> producer;

    public TestEvents(Properties connection, EventCodec codec) {
        this.codec = codec;
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props);
    }

    /** Publishes the event in a new envelope, and waits for the broker's acknowledgement. */
    public EventEnvelope publish(DomainEvent event) {
        EventEnvelope envelope = codec.wrap(event, Instant.now());
        send(envelope);
        return envelope;
    }

    /** Publishes an envelope (again): what a producer's retry or a replay does. */
    public void send(EventEnvelope envelope) {
        String topic = EventCatalog.named(envelope.type()).orElseThrow().topic();
        ProducerRecord<String, String> record =
                new ProducerRecord<>(topic, envelope.aggregateId(), codec.encode(envelope));
        record.headers().add("summit-event-id", envelope.eventId().toString().getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
