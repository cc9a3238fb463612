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
 * Hands the agenda's events to {@link ReceivedEvents} and to the {@link NotificationRules}, delivered as
 * {@link EventsListener} says.
 */
@EventsListener(groupId = "summit-notifications")
@Requires(property = "summit.notifications.consumers.enabled", notEquals = "false")
class AgendaEventsListener {

    private final ReceivedEvents receivedEvents;
    private final NotificationRules rules;
    private final EventCodec codec;

    AgendaEventsListener(ReceivedEvents receivedEvents, NotificationRules rules, EventCodec codec) {
        this.receivedEvents = receivedEvents;
        this.rules = rules;
        this.codec = codec;
    }

    @Topic(Topics.AGENDA)
    void onAgendaEvent(@MessageBody String envelope) {
        EventEnvelope event = codec.decode(envelope);
        // Each step in a transaction of its own, each idempotent: a retried record redoes only what failed.
        receivedEvents.receive(event);
        rules.apply(event);
    }
}
