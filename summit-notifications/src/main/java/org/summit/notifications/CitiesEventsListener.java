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
 * Hands the cities context's events to {@link ReceivedEvents}, to the {@link RecipientDirectory} and to the
 * {@link NotificationRules} (for the cities' names), delivered as {@link EventsListener} says.
 */
@EventsListener(groupId = "summit-notifications")
@Requires(property = "summit.notifications.consumers.enabled", notEquals = "false")
class CitiesEventsListener {

    private final ReceivedEvents receivedEvents;
    private final RecipientDirectory directory;
    private final NotificationRules rules;
    private final EventCodec codec;

    CitiesEventsListener(
            ReceivedEvents receivedEvents, RecipientDirectory directory, NotificationRules rules, EventCodec codec) {
        this.receivedEvents = receivedEvents;
        this.directory = directory;
        this.rules = rules;
        this.codec = codec;
    }

    @Topic(Topics.CITIES)
    void onCitiesEvent(@MessageBody String envelope) {
        EventEnvelope event = codec.decode(envelope);
        // Three transactions, each idempotent on its own: when the directory fails and the record is retried, the
        // event is not received a second time.
        receivedEvents.receive(event);
        directory.apply(event);
        rules.apply(event);
    }
}
