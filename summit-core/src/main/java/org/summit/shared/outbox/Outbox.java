package org.summit.shared.outbox;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.summit.events.DomainEvent;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;

/**
 * Where a context records the events its state changes raise. Appending requires the caller's transaction, so the
 * change and its events are committed together or not at all; the {@link OutboxRelay} publishes them afterwards.
 */
@Singleton
public class Outbox {

    private final OutboxRepository messages;
    private final EventCodec codec;
    private final Clock clock;

    Outbox(OutboxRepository messages, EventCodec codec, Clock clock) {
        this.messages = messages;
        this.codec = codec;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public EventEnvelope append(DomainEvent event) {
        EventEnvelope envelope = codec.wrap(event, clock.instant());
        messages.save(new OutboxMessage(
                null,
                envelope.eventId(),
                EventCatalog.of(event.getClass()).topic(),
                envelope.aggregateId(),
                envelope.type(),
                codec.encode(envelope),
                envelope.occurredAt(),
                null));
        return envelope;
    }

    /** Appends every event of a change, in order; a change that raised none appends nothing. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void appendAll(List<DomainEvent> events) {
        events.forEach(this::append);
    }

    /** How many events were ever written, published or not. */
    public long written() {
        return messages.count();
    }

    /** How many events are written but not yet acknowledged by the broker. */
    public long pending() {
        return messages.countByPublishedAtIsNull();
    }
}
