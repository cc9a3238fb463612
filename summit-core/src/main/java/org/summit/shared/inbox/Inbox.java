package org.summit.shared.inbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.function.Consumer;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;

/**
 * Makes a consumer idempotent: it applies an event only if this consumer has not applied it before, and records
 * that it did in the same transaction as the change, so a redelivered event changes nothing.
 */
@Singleton
public class Inbox {

    private final ProcessedEventRepository processed;
    private final EventCodec codec;
    private final Clock clock;

    Inbox(ProcessedEventRepository processed, EventCodec codec, Clock clock) {
        this.processed = processed;
        this.codec = codec;
        this.clock = clock;
    }

    /** Starts the handlers of one consumer: see {@link EventHandlers}, the one way consumers are written. */
    public EventHandlers.Builder handlers(String consumer) {
        return new EventHandlers.Builder(consumer, this, codec);
    }

    /**
     * Applies {@code change} to {@code event} once per consumer.
     *
     * @return true when the change ran, false when this consumer had already applied the event
     */
    @Transactional
    public boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> change) {
        if (processed.existsByConsumerAndEventId(consumer, event.eventId())) {
            return false;
        }
        // The unique key on (consumer, event_id) settles a race between two deliveries: the second one fails and
        // is retried, and then finds the first one's record.
        processed.save(new ProcessedEvent(null, consumer, event.eventId(), clock.instant()));
        change.accept(event);
        return true;
    }

    public long appliedCount(String consumer) {
        return processed.countByConsumer(consumer);
    }
}
