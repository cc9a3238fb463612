package org.summit.notifications;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.shared.kafka.EventsListener;

/** Hands the agenda's events to {@link ReceivedEvents}, delivered as {@link EventsListener} says. */
@EventsListener(groupId = "summit-notifications")
class AgendaEventsListener {

    private final ReceivedEvents receivedEvents;
    private final EventCodec codec;

    AgendaEventsListener(ReceivedEvents receivedEvents, EventCodec codec) {
        this.receivedEvents = receivedEvents;
        this.codec = codec;
    }

    @Topic(Topics.AGENDA)
    void onAgendaEvent(@MessageBody String envelope) {
        receivedEvents.receive(codec.decode(envelope));
    }
}
