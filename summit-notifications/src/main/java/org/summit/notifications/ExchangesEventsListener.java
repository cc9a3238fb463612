package org.summit.notifications;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.notifications.rules.NotificationRules;
import org.summit.shared.kafka.EventsListener;

/**
 * Hands the exchanges' events to {@link ReceivedEvents} and to the {@link NotificationRules}, delivered as
 * {@link EventsListener} says: the offset is committed only after both transactions, so a consumer stopped for a
 * while resumes where it was, and a record delivered again changes nothing.
 */
@EventsListener(groupId = "summit-notifications")
@Requires(property = "summit.notifications.consumers.enabled", notEquals = "false")
class ExchangesEventsListener {

    private final ReceivedEvents receivedEvents;
    private final NotificationRules rules;
    private final EventCodec codec;

    ExchangesEventsListener(ReceivedEvents receivedEvents, NotificationRules rules, EventCodec codec) {
        this.receivedEvents = receivedEvents;
        this.rules = rules;
        this.codec = codec;
    }

    @Topic(Topics.EXCHANGES)
    void onExchangesEvent(@MessageBody String envelope) {
        EventEnvelope event = codec.decode(envelope);
        receivedEvents.receive(event);
        rules.apply(event);
    }
}
