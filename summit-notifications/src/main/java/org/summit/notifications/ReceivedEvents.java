package org.summit.notifications;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.EventCatalog;
import org.summit.events.EventEnvelope;
import org.summit.shared.inbox.EventHandlers;
import org.summit.shared.inbox.Inbox;

/**
 * Keeps the record of every event notifications received, once per event however often Kafka delivers it. Later
 * issues turn events into notifications for people; this record is the first step they all share.
 */
@Singleton
public class ReceivedEvents {

    static final String CONSUMER = "notifications";
    private static final Logger LOG = LoggerFactory.getLogger(ReceivedEvents.class);

    private final ReceivedEventRepository received;
    private final EventHandlers handlers;

    ReceivedEvents(ReceivedEventRepository received, Inbox inbox, Clock clock) {
        this.received = received;
        this.handlers = inbox.handlers(CONSUMER)
                .onEveryEnvelope(envelope -> received.save(new ReceivedEvent(
                        envelope.eventId(),
                        topicOf(envelope),
                        envelope.type(),
                        envelope.aggregateId(),
                        envelope.occurredAt(),
                        clock.instant())))
                .build();
    }

    void receive(EventEnvelope event) {
        if (handlers.apply(event)) {
            LOG.info("Received {} {} for {}", event.type(), event.eventId(), event.aggregateId());
        } else {
            LOG.debug("Skipped {} {}: already received", event.type(), event.eventId());
        }
    }

    public List<String> typesReceivedFor(String aggregateId) {
        return received.findByAggregateIdOrderByReceivedAtAsc(aggregateId).stream()
                .map(ReceivedEvent::eventType)
                .toList();
    }

    public long count() {
        return received.count();
    }

    /** The topic of an event this build knows, or {@code unknown} for a type only a newer producer knows. */
    private static String topicOf(EventEnvelope envelope) {
        return EventCatalog.named(envelope.type())
                .map(EventCatalog.Entry::topic)
                .orElse("unknown");
    }
}
