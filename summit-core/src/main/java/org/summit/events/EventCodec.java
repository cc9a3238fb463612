package org.summit.events;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Turns domain events into envelopes and envelopes into JSON text, and back. */
@Singleton
public class EventCodec {

    private final JsonMapper jsonMapper;

    public EventCodec(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public EventEnvelope wrap(DomainEvent event, Instant occurredAt) {
        return wrap(event, occurredAt, UUID.randomUUID());
    }

    /** An envelope with the event id given, for a producer that makes its ids itself. */
    public EventEnvelope wrap(DomainEvent event, Instant occurredAt, UUID eventId) {
        EventCatalog.Entry entry = EventCatalog.of(event.getClass());
        try {
            return new EventEnvelope(
                    eventId,
                    entry.name(),
                    entry.schemaVersion(),
                    occurredAt,
                    event.aggregateId(),
                    jsonMapper.writeValueToTree(event));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise " + entry.name(), e);
        }
    }

    public String encode(EventEnvelope envelope) {
        try {
            return jsonMapper.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise event " + envelope.eventId(), e);
        }
    }

    public EventEnvelope decode(String json) {
        try {
            return jsonMapper.readValue(json, EventEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not an event envelope: " + abbreviate(json), e);
        }
    }

    /**
     * The envelope's payload as the event type its name stands for, or empty for a type this build does not know
     * (a newer producer may publish events that an older consumer simply skips).
     */
    public Optional<DomainEvent> payload(EventEnvelope envelope) {
        return EventCatalog.named(envelope.type()).map(entry -> payload(envelope, entry.javaType()));
    }

    public <T extends DomainEvent> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return jsonMapper.readValueFromTree(envelope.payload(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Event " + envelope.eventId() + " has no valid " + type.getSimpleName(), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
